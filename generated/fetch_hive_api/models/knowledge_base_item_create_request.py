from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.knowledge_base_item_create import KnowledgeBaseItemCreate


T = TypeVar("T", bound="KnowledgeBaseItemCreateRequest")


@_attrs_define
class KnowledgeBaseItemCreateRequest:
    """
    Attributes:
        knowledge_base_item (KnowledgeBaseItemCreate):
    """

    knowledge_base_item: KnowledgeBaseItemCreate

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
        from ..models.knowledge_base_item_create import KnowledgeBaseItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base_item = KnowledgeBaseItemCreate.from_dict(
            d.pop("knowledge_base_item")
        )

        knowledge_base_item_create_request = cls(
            knowledge_base_item=knowledge_base_item,
        )

        return knowledge_base_item_create_request
