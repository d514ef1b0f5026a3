from __future__ import annotations

from typing import Literal, Required, TypedDict

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

__all__ = ["KnowledgeBaseSearchRequest", "KnowledgeBaseSearchRequestDict"]


class KnowledgeBaseSearchRequest(APIObject):
    """The `KnowledgeBaseSearchRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def search_query(self) -> str:
        """The `search_query` field. Required by the schema."""
        value = field_value(self, "search_query")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("search_query")

    @property
    def search_type(self) -> str:
        """Hybrid, Vector or Full Text search (product docs). Assumption of this SDK: the wire
        values `hybrid`, `vector`, `full_text`. Required by the schema."""
        value = field_value(self, "search_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("search_type")

    @property
    def search_chunk_limit(self) -> int:
        """The `search_chunk_limit` field. Required by the schema."""
        value = field_value(self, "search_chunk_limit")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("search_chunk_limit")

    @property
    def search_score_threshold(self) -> float:
        """The `search_score_threshold` field. Required by the schema."""
        value = field_value(self, "search_score_threshold")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("search_score_threshold")


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseSearchRequestDict]`).
class KnowledgeBaseSearchRequestDict(TypedDict, total=False):
    search_query: Required[str]
    search_type: Required[Literal["full_text", "hybrid", "vector"]]
    search_chunk_limit: Required[int]
    search_score_threshold: Required[float]


KnowledgeBaseSearchRequest._sdk_define(
    {
        "search_query": Field(Limits(STR, min_length=1), required=True),
        "search_type": Field(Choice("hybrid", "vector", "full_text"), required=True),
        "search_chunk_limit": Field(
            Limits(INT, minimum=1.0, maximum=100.0), required=True
        ),
        "search_score_threshold": Field(
            Limits(FLOAT, minimum=0.0, maximum=1.0), required=True
        ),
    },
    closed=True,
)
