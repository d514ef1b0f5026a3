from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.search_type import SearchType

T = TypeVar("T", bound="KnowledgeBaseSearchRequest")


@_attrs_define
class KnowledgeBaseSearchRequest:
    """
    Attributes:
        search_query (str):
        search_type (SearchType): Hybrid, Vector or Full Text search (product docs). Assumption of this SDK: the wire
            values `hybrid`, `vector`, `full_text`.
        search_chunk_limit (int):
        search_score_threshold (float):
    """

    search_query: str
    search_type: SearchType
    search_chunk_limit: int
    search_score_threshold: float

    def to_dict(self) -> dict[str, Any]:
        search_query = self.search_query

        search_type = self.search_type.value

        search_chunk_limit = self.search_chunk_limit

        search_score_threshold = self.search_score_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "search_query": search_query,
                "search_type": search_type,
                "search_chunk_limit": search_chunk_limit,
                "search_score_threshold": search_score_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_query = d.pop("search_query")

        search_type = SearchType(d.pop("search_type"))

        search_chunk_limit = d.pop("search_chunk_limit")

        search_score_threshold = d.pop("search_score_threshold")

        knowledge_base_search_request = cls(
            search_query=search_query,
            search_type=search_type,
            search_chunk_limit=search_chunk_limit,
            search_score_threshold=search_score_threshold,
        )

        return knowledge_base_search_request
