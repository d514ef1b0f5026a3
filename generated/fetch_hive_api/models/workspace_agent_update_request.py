from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.workspace_agent_update import WorkspaceAgentUpdate


T = TypeVar("T", bound="WorkspaceAgentUpdateRequest")


@_attrs_define
class WorkspaceAgentUpdateRequest:
    """
    Attributes:
        agent (WorkspaceAgentUpdate):
    """

    agent: WorkspaceAgentUpdate

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent": agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_agent_update import WorkspaceAgentUpdate  # noqa: PLC0415

        d = dict(src_dict)
        agent = WorkspaceAgentUpdate.from_dict(d.pop("agent"))

        workspace_agent_update_request = cls(
            agent=agent,
        )

        return workspace_agent_update_request
