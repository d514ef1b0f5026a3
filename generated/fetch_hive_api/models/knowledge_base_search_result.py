from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ListOf,
    ModelOf,
    field_value,
)

__all__ = ["KnowledgeBaseSearchResult"]


class KnowledgeBaseSearchResult(APIObject):
    """The `response` of a search (assumption of this SDK; the published spec says only
    "object"): `chunks` is always there, empty when nothing matched.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chunks(self) -> list[SearchChunk]:
        """The `chunks` field. Required by the schema."""
        return cast("list[SearchChunk]", self._sdk_read("chunks"))

    @property
    def search_query(self) -> str | None:
        """The `search_query` field."""
        value = field_value(self, "search_query")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("search_query")

    @property
    def search_type(self) -> str | None:
        """The `search_type` field."""
        value = field_value(self, "search_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("search_type")


from ..models.search_chunk import SearchChunk

KnowledgeBaseSearchResult._sdk_define(
    {
        "chunks": Field(ListOf(ModelOf(SearchChunk)), required=True),
        "search_query": Field(STR),
        "search_type": Field(STR),
    },
)
