from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HiveAgentRunAccepted")


@_attrs_define
class HiveAgentRunAccepted:
    """Hive Agent run accepted (published SDK spec `InvokeHiveAgentResponse`; every field optional there).

    Attributes:
        run_id (str | Unset): Identifier of the queued Hive Agent run.
        request_id (str | Unset): Unique identifier of this invocation (`getRequest` finds it).
        status (str | Unset): Initial run status, usually `pending`. Open string.
        webhook_secret (str | Unset): Secret used to verify the signed callback.
    """

    run_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    webhook_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        request_id = self.request_id

        status = self.status

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        status = d.pop("status", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        hive_agent_run_accepted = cls(
            run_id=run_id,
            request_id=request_id,
            status=status,
            webhook_secret=webhook_secret,
        )

        hive_agent_run_accepted.additional_properties = d
        return hive_agent_run_accepted

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
