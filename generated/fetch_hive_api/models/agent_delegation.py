from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_delegation_result_type_0 import AgentDelegationResultType0
    from ..models.agent_delegation_target import AgentDelegationTarget


T = TypeVar("T", bound="AgentDelegation")


@_attrs_define
class AgentDelegation:
    """A background workflow started by an agent (published SDK spec 0.2.9). Statuses:
    `pending`, `running`, `completed`, `failed`, `cancelled`, `expired` (open string).

        Attributes:
            id (str):
            status (str):
            kind (str):
            target (AgentDelegationTarget):
            parent_request_id (str):
            tool_call_id (str):
            result (AgentDelegationResultType0 | None | Unset):
            expected_by (datetime.datetime | None | Unset):
            delivered_at (datetime.datetime | None | Unset):
            delivery_error (None | str | Unset):
            workflow_run_id (None | str | Unset):
            created_at (datetime.datetime | Unset):
    """

    id: str
    status: str
    kind: str
    target: AgentDelegationTarget
    parent_request_id: str
    tool_call_id: str
    result: AgentDelegationResultType0 | None | Unset = UNSET
    expected_by: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    delivery_error: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_delegation_result_type_0 import AgentDelegationResultType0  # noqa: PLC0415

        id = self.id

        status = self.status

        kind = self.kind

        target = self.target.to_dict()

        parent_request_id = self.parent_request_id

        tool_call_id = self.tool_call_id

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, AgentDelegationResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        expected_by: None | str | Unset
        if isinstance(self.expected_by, Unset):
            expected_by = UNSET
        elif isinstance(self.expected_by, datetime.datetime):
            expected_by = self.expected_by.isoformat()
        else:
            expected_by = self.expected_by

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        delivery_error: None | str | Unset
        if isinstance(self.delivery_error, Unset):
            delivery_error = UNSET
        else:
            delivery_error = self.delivery_error

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "kind": kind,
                "target": target,
                "parent_request_id": parent_request_id,
                "tool_call_id": tool_call_id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if expected_by is not UNSET:
            field_dict["expected_by"] = expected_by
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if delivery_error is not UNSET:
            field_dict["delivery_error"] = delivery_error
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_delegation_result_type_0 import AgentDelegationResultType0  # noqa: PLC0415
        from ..models.agent_delegation_target import AgentDelegationTarget  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        kind = d.pop("kind")

        target = AgentDelegationTarget.from_dict(d.pop("target"))

        parent_request_id = d.pop("parent_request_id")

        tool_call_id = d.pop("tool_call_id")

        def _parse_result(data: object) -> AgentDelegationResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = AgentDelegationResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentDelegationResultType0 | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_expected_by(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_by_type_0 = datetime.datetime.fromisoformat(data)

                return expected_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_by = _parse_expected_by(d.pop("expected_by", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_delivery_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_error = _parse_delivery_error(d.pop("delivery_error", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        agent_delegation = cls(
            id=id,
            status=status,
            kind=kind,
            target=target,
            parent_request_id=parent_request_id,
            tool_call_id=tool_call_id,
            result=result,
            expected_by=expected_by,
            delivered_at=delivered_at,
            delivery_error=delivery_error,
            workflow_run_id=workflow_run_id,
            created_at=created_at,
        )

        agent_delegation.additional_properties = d
        return agent_delegation

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
