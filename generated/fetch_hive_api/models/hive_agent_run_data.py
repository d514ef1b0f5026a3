from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hive_agent_run_data_sources_used_item import (
        HiveAgentRunDataSourcesUsedItem,
    )


T = TypeVar("T", bound="HiveAgentRunData")


@_attrs_define
class HiveAgentRunData:
    """Payload of a Hive Agent callback. Assumption of this SDK (not documented): `run_id`,
    `hive_agent`, `status` (`completed`, `failed`, `cancelled`), `output` (the report,
    when completed), `error` (when failed), `sources_used`.

        Attributes:
            run_id (str | Unset):
            hive_agent (str | Unset):
            status (str | Unset):
            output (str | Unset):
            error (str | Unset):
            sources_used (list[HiveAgentRunDataSourcesUsedItem] | Unset):
    """

    run_id: str | Unset = UNSET
    hive_agent: str | Unset = UNSET
    status: str | Unset = UNSET
    output: str | Unset = UNSET
    error: str | Unset = UNSET
    sources_used: list[HiveAgentRunDataSourcesUsedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        hive_agent = self.hive_agent

        status = self.status

        output = self.output

        error = self.error

        sources_used: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources_used, Unset):
            sources_used = []
            for sources_used_item_data in self.sources_used:
                sources_used_item = sources_used_item_data.to_dict()
                sources_used.append(sources_used_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if hive_agent is not UNSET:
            field_dict["hive_agent"] = hive_agent
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if sources_used is not UNSET:
            field_dict["sources_used"] = sources_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hive_agent_run_data_sources_used_item import (
            HiveAgentRunDataSourcesUsedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        hive_agent = d.pop("hive_agent", UNSET)

        status = d.pop("status", UNSET)

        output = d.pop("output", UNSET)

        error = d.pop("error", UNSET)

        _sources_used = d.pop("sources_used", UNSET)
        sources_used: list[HiveAgentRunDataSourcesUsedItem] | Unset = UNSET
        if _sources_used is not UNSET:
            sources_used = []
            for sources_used_item_data in _sources_used:
                sources_used_item = HiveAgentRunDataSourcesUsedItem.from_dict(
                    sources_used_item_data
                )

                sources_used.append(sources_used_item)

        hive_agent_run_data = cls(
            run_id=run_id,
            hive_agent=hive_agent,
            status=status,
            output=output,
            error=error,
            sources_used=sources_used,
        )

        hive_agent_run_data.additional_properties = d
        return hive_agent_run_data

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
