from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_chunk import SearchChunk


T = TypeVar("T", bound="KnowledgeBaseSearchResult")


@_attrs_define
class KnowledgeBaseSearchResult:
    """The `response` of a search (assumption of this SDK; the published spec says only "object").

    Attributes:
        search_query (str | Unset):
        search_type (str | Unset):
        chunks (list[SearchChunk] | Unset):
    """

    search_query: str | Unset = UNSET
    search_type: str | Unset = UNSET
    chunks: list[SearchChunk] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_query = self.search_query

        search_type = self.search_type

        chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_query is not UNSET:
            field_dict["search_query"] = search_query
        if search_type is not UNSET:
            field_dict["search_type"] = search_type
        if chunks is not UNSET:
            field_dict["chunks"] = chunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_chunk import SearchChunk  # noqa: PLC0415

        d = dict(src_dict)
        search_query = d.pop("search_query", UNSET)

        search_type = d.pop("search_type", UNSET)

        _chunks = d.pop("chunks", UNSET)
        chunks: list[SearchChunk] | Unset = UNSET
        if _chunks is not UNSET:
            chunks = []
            for chunks_item_data in _chunks:
                chunks_item = SearchChunk.from_dict(chunks_item_data)

                chunks.append(chunks_item)

        knowledge_base_search_result = cls(
            search_query=search_query,
            search_type=search_type,
            chunks=chunks,
        )

        knowledge_base_search_result.additional_properties = d
        return knowledge_base_search_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
