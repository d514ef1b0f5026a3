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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="UsageEvent")


@_attrs_define
class UsageEvent:
    """Last event of a complete stream.

    Attributes:
        type_ (Literal['usage']):
        request_id (str | Unset):
        usage (Usage | Unset): Token usage. The docs show nested token objects; the public SDK's spec shows flat
            integers. This SDK follows the docs. `duration` (seconds) appears in stream usage.
        stop_reason (str | Unset):
    """

    type_: Literal["usage"]
    request_id: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    stop_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        request_id = self.request_id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        stop_reason = self.stop_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["usage"], d.pop("type"))
        if type_ != "usage":
            raise ValueError(f"type must match const 'usage', got '{type_}'")

        request_id = d.pop("request_id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        stop_reason = d.pop("stop_reason", UNSET)

        usage_event = cls(
            type_=type_,
            request_id=request_id,
            usage=usage,
            stop_reason=stop_reason,
        )

        usage_event.additional_properties = d
        return usage_event

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
