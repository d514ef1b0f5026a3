from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_agent import WorkspaceAgent


T = TypeVar("T", bound="WorkspaceAgentEnvelope")


@_attrs_define
class WorkspaceAgentEnvelope:
    """
    Attributes:
        agent (WorkspaceAgent): An agent of the workspace. The published spec types it only as "object"; the fields
            are those of the create and update bodies plus `id`, `generated_at` and `status`
            (assumption of this SDK).
        message (str | Unset):
    """

    agent: WorkspaceAgent
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_agent import WorkspaceAgent  # noqa: PLC0415

        d = dict(src_dict)
        agent = WorkspaceAgent.from_dict(d.pop("agent"))

        message = d.pop("message", UNSET)

        workspace_agent_envelope = cls(
            agent=agent,
            message=message,
        )

        workspace_agent_envelope.additional_properties = d
        return workspace_agent_envelope

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
