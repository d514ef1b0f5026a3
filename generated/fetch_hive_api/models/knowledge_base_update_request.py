from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.knowledge_base_update import KnowledgeBaseUpdate


T = TypeVar("T", bound="KnowledgeBaseUpdateRequest")


@_attrs_define
class KnowledgeBaseUpdateRequest:
    """
    Attributes:
        knowledge_base (KnowledgeBaseUpdate):
    """

    knowledge_base: KnowledgeBaseUpdate

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
        from ..models.knowledge_base_update import KnowledgeBaseUpdate  # noqa: PLC0415

        d = dict(src_dict)
        knowledge_base = KnowledgeBaseUpdate.from_dict(d.pop("knowledge_base"))

        knowledge_base_update_request = cls(
            knowledge_base=knowledge_base,
        )

        return knowledge_base_update_request
