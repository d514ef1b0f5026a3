from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.callback_data import CallbackData


T = TypeVar("T", bound="AgentDelegationCompletedEvent")


@_attrs_define
class AgentDelegationCompletedEvent:
    """
    Attributes:
        event_type (Literal['agent.delegation.completed']):
        request_id (str):
        data (CallbackData): Open payload of a completion event.
    """

    event_type: Literal["agent.delegation.completed"]
    request_id: str
    data: CallbackData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        request_id = self.request_id

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "request_id": request_id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_data import CallbackData  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["agent.delegation.completed"], d.pop("event_type"))
        if event_type != "agent.delegation.completed":
            raise ValueError(
                f"event_type must match const 'agent.delegation.completed', got '{event_type}'"
            )

        request_id = d.pop("request_id")

        data = CallbackData.from_dict(d.pop("data"))

        agent_delegation_completed_event = cls(
            event_type=event_type,
            request_id=request_id,
            data=data,
        )

        agent_delegation_completed_event.additional_properties = d
        return agent_delegation_completed_event

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
