from __future__ import annotations

from fetch_hive_runtime import (
    FLOAT,
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["SearchChunk"]


class SearchChunk(APIObject):
    """One matching chunk (assumption of this SDK, as the whole answer is: `content` and
    `score` are in every chunk).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def content(self) -> str:
        """The `content` field. Required by the schema."""
        value = field_value(self, "content")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("content")

    @property
    def score(self) -> float:
        """From 0 to 1; higher is better. Required by the schema."""
        value = field_value(self, "score")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("score")

    @property
    def knowledge_base_item_id(self) -> str | None:
        """The `knowledge_base_item_id` field."""
        value = field_value(self, "knowledge_base_item_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("knowledge_base_item_id")

    @property
    def item_name(self) -> str | None:
        """The `item_name` field."""
        value = field_value(self, "item_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("item_name")

    @property
    def chunk_index(self) -> int | None:
        """The `chunk_index` field."""
        value = field_value(self, "chunk_index")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("chunk_index")


SearchChunk._sdk_define(
    {
        "content": Field(STR, required=True),
        "score": Field(FLOAT, required=True),
        "knowledge_base_item_id": Field(STR),
        "item_name": Field(STR),
        "chunk_index": Field(INT),
    },
)
