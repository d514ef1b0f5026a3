from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchChunk")


@_attrs_define
class SearchChunk:
    """One matching chunk (assumption of this SDK).

    Attributes:
        knowledge_base_item_id (str | Unset):
        item_name (str | Unset):
        chunk_index (int | Unset):
        content (str | Unset):
        score (float | Unset): From 0 to 1; higher is better.
    """

    knowledge_base_item_id: str | Unset = UNSET
    item_name: str | Unset = UNSET
    chunk_index: int | Unset = UNSET
    content: str | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_item_id = self.knowledge_base_item_id

        item_name = self.item_name

        chunk_index = self.chunk_index

        content = self.content

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if knowledge_base_item_id is not UNSET:
            field_dict["knowledge_base_item_id"] = knowledge_base_item_id
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if chunk_index is not UNSET:
            field_dict["chunk_index"] = chunk_index
        if content is not UNSET:
            field_dict["content"] = content
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        knowledge_base_item_id = d.pop("knowledge_base_item_id", UNSET)

        item_name = d.pop("item_name", UNSET)

        chunk_index = d.pop("chunk_index", UNSET)

        content = d.pop("content", UNSET)

        score = d.pop("score", UNSET)

        search_chunk = cls(
            knowledge_base_item_id=knowledge_base_item_id,
            item_name=item_name,
            chunk_index=chunk_index,
            content=content,
            score=score,
        )

        search_chunk.additional_properties = d
        return search_chunk

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
