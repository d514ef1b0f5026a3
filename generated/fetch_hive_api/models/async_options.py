from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncOptions")


@_attrs_define
class AsyncOptions:
    """Callback delivery settings.

    Attributes:
        enabled (bool): `true`: return at once and deliver the result by signed callback.
        callback_url (str | Unset): Required when `enabled` is true. Where Fetch Hive POSTs the completion event.
    """

    enabled: bool
    callback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        callback_url = d.pop("callback_url", UNSET)

        async_options = cls(
            enabled=enabled,
            callback_url=callback_url,
        )

        return async_options
