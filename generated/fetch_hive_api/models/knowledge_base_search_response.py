from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["KnowledgeBaseSearchResponse"]


class KnowledgeBaseSearchResponse(APIObject):
    """The `KnowledgeBaseSearchResponse` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def response(self) -> KnowledgeBaseSearchResult | None:
        """The `response` of a search (assumption of this SDK; the published spec says only
        "object")."""
        return cast("KnowledgeBaseSearchResult | None", self._sdk_read("response"))


from ..models.knowledge_base_search_result import KnowledgeBaseSearchResult

KnowledgeBaseSearchResponse._sdk_define(
    {
        "message": Field(STR),
        "response": Field(ModelOf(KnowledgeBaseSearchResult)),
    },
)
