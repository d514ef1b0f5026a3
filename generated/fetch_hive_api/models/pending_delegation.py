from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_delegation_target import PendingDelegationTarget


T = TypeVar("T", bound="PendingDelegation")


@_attrs_define
class PendingDelegation:
    """Background work an agent started during this invoke (published SDK spec `PendingDelegation`).

    Attributes:
        id (str | Unset): Pass it to `getAgentDelegation` or `cancelAgentDelegation`.
        kind (str | Unset): Open string; known values `workflow`, `sub_agent`, `hive_agent_run`.
        target (PendingDelegationTarget | Unset):
        expected_by (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    target: PendingDelegationTarget | Unset = UNSET
    expected_by: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        expected_by: None | str | Unset
        if isinstance(self.expected_by, Unset):
            expected_by = UNSET
        elif isinstance(self.expected_by, datetime.datetime):
            expected_by = self.expected_by.isoformat()
        else:
            expected_by = self.expected_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if target is not UNSET:
            field_dict["target"] = target
        if expected_by is not UNSET:
            field_dict["expected_by"] = expected_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pending_delegation_target import PendingDelegationTarget  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        _target = d.pop("target", UNSET)
        target: PendingDelegationTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = PendingDelegationTarget.from_dict(_target)

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

        pending_delegation = cls(
            id=id,
            kind=kind,
            target=target,
            expected_by=expected_by,
        )

        pending_delegation.additional_properties = d
        return pending_delegation

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
