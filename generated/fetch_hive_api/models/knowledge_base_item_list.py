from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_base_item import KnowledgeBaseItem


T = TypeVar("T", bound="KnowledgeBaseItemList")


@_attrs_define
class KnowledgeBaseItemList:
    """
    Attributes:
        knowledge_base_items (list[KnowledgeBaseItem]):
    """

    knowledge_base_items: list[KnowledgeBaseItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_items = []
        for knowledge_base_items_item_data in self.knowledge_base_items:
            knowledge_base_items_item = knowledge_base_items_item_data.to_dict()
            knowledge_base_items.append(knowledge_base_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_base_items": knowledge_base_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_item import KnowledgeBaseItem  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base_items = []
        _knowledge_base_items = d.pop("knowledge_base_items")
        for knowledge_base_items_item_data in _knowledge_base_items:
            knowledge_base_items_item = KnowledgeBaseItem.from_dict(
                knowledge_base_items_item_data
            )

            knowledge_base_items.append(knowledge_base_items_item)

        knowledge_base_item_list = cls(
            knowledge_base_items=knowledge_base_items,
        )

        knowledge_base_item_list.additional_properties = d
        return knowledge_base_item_list

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
