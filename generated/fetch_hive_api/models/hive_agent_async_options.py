from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HiveAgentAsyncOptions")


@_attrs_define
class HiveAgentAsyncOptions:
    """Required callback delivery of a Hive Agent run (published SDK spec `HiveAgentAsyncConfig`).

    Attributes:
        enabled (bool): Must be `true`.
        callback_url (str): HTTPS URL that receives the signed terminal callback.
    """

    enabled: bool
    callback_url: str

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
                "callback_url": callback_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        callback_url = d.pop("callback_url")

        hive_agent_async_options = cls(
            enabled=enabled,
            callback_url=callback_url,
        )

        return hive_agent_async_options
