from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_item import KnowledgeBaseItem


T = TypeVar("T", bound="KnowledgeBaseItemEnvelope")


@_attrs_define
class KnowledgeBaseItemEnvelope:
    """
    Attributes:
        knowledge_base_item (KnowledgeBaseItem): An item of a knowledge base. Published SDK spec: `id`, `name`,
            `knowledge_base_id`,
            `item_type`, `run_status`, `status`; the other fields are assumptions of this SDK.
        message (str | Unset):
    """

    knowledge_base_item: KnowledgeBaseItem
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_item = self.knowledge_base_item.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_base_item": knowledge_base_item,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_item import KnowledgeBaseItem  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base_item = KnowledgeBaseItem.from_dict(d.pop("knowledge_base_item"))

        message = d.pop("message", UNSET)

        knowledge_base_item_envelope = cls(
            knowledge_base_item=knowledge_base_item,
            message=message,
        )

        knowledge_base_item_envelope.additional_properties = d
        return knowledge_base_item_envelope

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
