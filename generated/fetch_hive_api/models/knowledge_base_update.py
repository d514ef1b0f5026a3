from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.search_type import SearchType
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseUpdate")


@_attrs_define
class KnowledgeBaseUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        search_type (SearchType | Unset): Hybrid, Vector or Full Text search (product docs). Assumption of this SDK: the
            wire
            values `hybrid`, `vector`, `full_text`.
        search_score_threshold (float | Unset):
        search_chunk_limit (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    search_type: SearchType | Unset = UNSET
    search_score_threshold: float | Unset = UNSET
    search_chunk_limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        search_type: str | Unset = UNSET
        if not isinstance(self.search_type, Unset):
            search_type = self.search_type.value

        search_score_threshold = self.search_score_threshold

        search_chunk_limit = self.search_chunk_limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if search_type is not UNSET:
            field_dict["search_type"] = search_type
        if search_score_threshold is not UNSET:
            field_dict["search_score_threshold"] = search_score_threshold
        if search_chunk_limit is not UNSET:
            field_dict["search_chunk_limit"] = search_chunk_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _search_type = d.pop("search_type", UNSET)
        search_type: SearchType | Unset
        if isinstance(_search_type, Unset):
            search_type = UNSET
        else:
            search_type = SearchType(_search_type)

        search_score_threshold = d.pop("search_score_threshold", UNSET)

        search_chunk_limit = d.pop("search_chunk_limit", UNSET)

        knowledge_base_update = cls(
            name=name,
            description=description,
            search_type=search_type,
            search_score_threshold=search_score_threshold,
            search_chunk_limit=search_chunk_limit,
        )

        return knowledge_base_update
