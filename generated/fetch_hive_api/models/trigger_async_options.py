from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerAsyncOptions")


@_attrs_define
class TriggerAsyncOptions:
    """Callback delivery settings of a webhook trigger. Triggers always use callback
    delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
    code snippets of the docs use the invoke's `async` object).

        Attributes:
            callback_url (str):
            enabled (bool | Unset): Optional; when sent it must be `true` (a trigger cannot deliver directly).
    """

    callback_url: str
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        enabled = d.pop("enabled", UNSET)

        trigger_async_options = cls(
            callback_url=callback_url,
            enabled=enabled,
        )

        return trigger_async_options
