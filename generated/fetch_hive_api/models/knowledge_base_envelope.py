from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base import KnowledgeBase


T = TypeVar("T", bound="KnowledgeBaseEnvelope")


@_attrs_define
class KnowledgeBaseEnvelope:
    """
    Attributes:
        knowledge_base (KnowledgeBase): A knowledge base (published SDK spec `KnowledgeBaseObject`).
        message (str | Unset):
    """

    knowledge_base: KnowledgeBase
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base = self.knowledge_base.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_base": knowledge_base,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base import KnowledgeBase  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base = KnowledgeBase.from_dict(d.pop("knowledge_base"))

        message = d.pop("message", UNSET)

        knowledge_base_envelope = cls(
            knowledge_base=knowledge_base,
            message=message,
        )

        knowledge_base_envelope.additional_properties = d
        return knowledge_base_envelope

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
