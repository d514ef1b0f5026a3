from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tool_action_approval import ToolActionApproval


T = TypeVar("T", bound="ToolActionApprovalEnvelope")


@_attrs_define
class ToolActionApprovalEnvelope:
    """
    Attributes:
        tool_action_approval (ToolActionApproval): A tool call of an agent run that waits for (or got) a human decision.
            Assumption of
            this SDK (no published shape): the fields below; `status` `pending`, `approved` or
            `denied` (open string).
    """

    tool_action_approval: ToolActionApproval
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_action_approval = self.tool_action_approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_action_approval": tool_action_approval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_action_approval import ToolActionApproval  # noqa: PLC0415

        d = dict(src_dict)
        tool_action_approval = ToolActionApproval.from_dict(
            d.pop("tool_action_approval")
        )

        tool_action_approval_envelope = cls(
            tool_action_approval=tool_action_approval,
        )

        tool_action_approval_envelope.additional_properties = d
        return tool_action_approval_envelope

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
