from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hive_agent_run_data import HiveAgentRunData


T = TypeVar("T", bound="HiveAgentRunEvent")


@_attrs_define
class HiveAgentRunEvent:
    """The signed terminal callback of a Hive Agent run. Assumption of this SDK: the
    envelope of the other callbacks (`event_type`, `request_id`, `data`) with the event
    names `hive_agent.completed`, `hive_agent.failed` and `hive_agent.cancelled`.
    Receivers must accept unknown event types.

        Attributes:
            event_type (str): Open string; known values `hive_agent.completed`, `hive_agent.failed`, `hive_agent.cancelled`.
            request_id (str):
            data (HiveAgentRunData): Payload of a Hive Agent callback. Assumption of this SDK (not documented): `run_id`,
                `hive_agent`, `status` (`completed`, `failed`, `cancelled`), `output` (the report,
                when completed), `error` (when failed), `sources_used`.
    """

    event_type: str
    request_id: str
    data: HiveAgentRunData
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
        from ..models.hive_agent_run_data import HiveAgentRunData  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type")

        request_id = d.pop("request_id")

        data = HiveAgentRunData.from_dict(d.pop("data"))

        hive_agent_run_event = cls(
            event_type=event_type,
            request_id=request_id,
            data=data,
        )

        hive_agent_run_event.additional_properties = d
        return hive_agent_run_event

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
