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
    """The answer of a search; `response` holds the result (assumption of this SDK).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def response(self) -> KnowledgeBaseSearchResult:
        """The `response` of a search (assumption of this SDK; the published spec says only
        "object"): `chunks` is always there, empty when nothing matched. Required by the schema."""
        return cast("KnowledgeBaseSearchResult", self._sdk_read("response"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.knowledge_base_search_result import KnowledgeBaseSearchResult

KnowledgeBaseSearchResponse._sdk_define(
    {
        "response": Field(ModelOf(KnowledgeBaseSearchResult), required=True),
        "message": Field(STR),
    },
)
