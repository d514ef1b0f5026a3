from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.knowledge_base_create import KnowledgeBaseCreate


T = TypeVar("T", bound="KnowledgeBaseCreateRequest")


@_attrs_define
class KnowledgeBaseCreateRequest:
    """
    Attributes:
        knowledge_base (KnowledgeBaseCreate):
    """

    knowledge_base: KnowledgeBaseCreate

    def to_dict(self) -> dict[str, Any]:
        knowledge_base = self.knowledge_base.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "knowledge_base": knowledge_base,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_create import KnowledgeBaseCreate  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base = KnowledgeBaseCreate.from_dict(d.pop("knowledge_base"))

        knowledge_base_create_request = cls(
            knowledge_base=knowledge_base,
        )

        return knowledge_base_create_request
