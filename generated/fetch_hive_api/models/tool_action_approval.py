from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_action_approval_tool_input import ToolActionApprovalToolInput


T = TypeVar("T", bound="ToolActionApproval")


@_attrs_define
class ToolActionApproval:
    """A tool call of an agent run that waits for (or got) a human decision. Assumption of
    this SDK (no published shape): the fields below; `status` `pending`, `approved` or
    `denied` (open string).

        Attributes:
            id (str | Unset):
            status (str | Unset):
            decision (None | str | Unset):
            tool_name (str | Unset):
            tool_input (ToolActionApprovalToolInput | Unset):
            agent_id (str | Unset):
            run_id (str | Unset):
            request_id (str | Unset):
            thread_id (None | str | Unset):
            workspace_id (str | Unset):
            created_at (datetime.datetime | Unset):
            decided_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    decision: None | str | Unset = UNSET
    tool_name: str | Unset = UNSET
    tool_input: ToolActionApprovalToolInput | Unset = UNSET
    agent_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    thread_id: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        else:
            decision = self.decision

        tool_name = self.tool_name

        tool_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_input, Unset):
            tool_input = self.tool_input.to_dict()

        agent_id = self.agent_id

        run_id = self.run_id

        request_id = self.request_id

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        workspace_id = self.workspace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if decision is not UNSET:
            field_dict["decision"] = decision
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_input is not UNSET:
            field_dict["tool_input"] = tool_input
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_action_approval_tool_input import ToolActionApprovalToolInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        def _parse_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        tool_name = d.pop("tool_name", UNSET)

        _tool_input = d.pop("tool_input", UNSET)
        tool_input: ToolActionApprovalToolInput | Unset
        if isinstance(_tool_input, Unset):
            tool_input = UNSET
        else:
            tool_input = ToolActionApprovalToolInput.from_dict(_tool_input)

        agent_id = d.pop("agent_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        def _parse_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_id = _parse_thread_id(d.pop("thread_id", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        tool_action_approval = cls(
            id=id,
            status=status,
            decision=decision,
            tool_name=tool_name,
            tool_input=tool_input,
            agent_id=agent_id,
            run_id=run_id,
            request_id=request_id,
            thread_id=thread_id,
            workspace_id=workspace_id,
            created_at=created_at,
            decided_at=decided_at,
        )

        tool_action_approval.additional_properties = d
        return tool_action_approval

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
