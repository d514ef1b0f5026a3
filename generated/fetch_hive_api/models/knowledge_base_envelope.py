from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["KnowledgeBaseEnvelope"]


class KnowledgeBaseEnvelope(APIObject):
    """The `KnowledgeBaseEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base(self) -> KnowledgeBase:
        """A knowledge base (published SDK spec `KnowledgeBaseObject`). Assumption of this SDK:
        `id`, `name` and the search settings (`search_type`, `search_chunk_limit`,
        `search_score_threshold`) are in every one (a knowledge base is created with a name,
        and the settings not given get defaults); the other fields may be left out. Required by the schema."""
        return cast("KnowledgeBase", self._sdk_read("knowledge_base"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.knowledge_base import KnowledgeBase

KnowledgeBaseEnvelope._sdk_define(
    {
        "knowledge_base": Field(ModelOf(KnowledgeBase), required=True),
        "message": Field(STR),
    },
)
