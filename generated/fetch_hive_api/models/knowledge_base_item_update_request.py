from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.knowledge_base_item_update import KnowledgeBaseItemUpdate


T = TypeVar("T", bound="KnowledgeBaseItemUpdateRequest")


@_attrs_define
class KnowledgeBaseItemUpdateRequest:
    """
    Attributes:
        knowledge_base_item (KnowledgeBaseItemUpdate):
    """

    knowledge_base_item: KnowledgeBaseItemUpdate

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_item = self.knowledge_base_item.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "knowledge_base_item": knowledge_base_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_item_update import KnowledgeBaseItemUpdate  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base_item = KnowledgeBaseItemUpdate.from_dict(
            d.pop("knowledge_base_item")
        )

        knowledge_base_item_update_request = cls(
            knowledge_base_item=knowledge_base_item,
        )

        return knowledge_base_item_update_request
