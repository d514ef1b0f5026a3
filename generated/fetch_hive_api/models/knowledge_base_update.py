from __future__ import annotations

from typing import Literal, TypedDict

from fetch_hive_runtime import (
    FLOAT,
    INT,
    STR,
    APIObject,
    Choice,
    Field,
    Limits,
    field_value,
)

__all__ = ["KnowledgeBaseUpdate", "KnowledgeBaseUpdateDict"]


class KnowledgeBaseUpdate(APIObject):
    """The `KnowledgeBaseUpdate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        value = field_value(self, "description")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("description")

    @property
    def search_type(self) -> str | None:
        """Hybrid, Vector or Full Text search (product docs). Assumption of this SDK: the wire
        values `hybrid`, `vector`, `full_text`."""
        value = field_value(self, "search_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("search_type")

    @property
    def search_score_threshold(self) -> float | None:
        """The `search_score_threshold` field."""
        value = field_value(self, "search_score_threshold")
        if value is None or (
            isinstance(value, int | float) and not isinstance(value, bool)
        ):
            return value
        raise self._sdk_misfit("search_score_threshold")

    @property
    def search_chunk_limit(self) -> int | None:
        """The `search_chunk_limit` field."""
        value = field_value(self, "search_chunk_limit")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("search_chunk_limit")


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseUpdateDict]`).
class KnowledgeBaseUpdateDict(TypedDict, total=False):
    name: str
    description: str
    search_type: Literal["full_text", "hybrid", "vector"]
    search_score_threshold: float
    search_chunk_limit: int


KnowledgeBaseUpdate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1)),
        "description": Field(STR),
        "search_type": Field(Choice("hybrid", "vector", "full_text")),
        "search_score_threshold": Field(Limits(FLOAT, minimum=0.0, maximum=1.0)),
        "search_chunk_limit": Field(Limits(INT, minimum=1.0, maximum=100.0)),
    },
    closed=True,
)
