from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent:
    """The model provider failed after the stream opened; ends the stream.

    Attributes:
        type_ (Literal['error']):
        request_id (str | Unset):
        error (str | Unset):
        message (str | Unset):
        provider (str | Unset):
        error_type (str | Unset):
        status_code (int | Unset):
        error_code (str | Unset):
    """

    type_: Literal["error"]
    request_id: str | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    provider: str | Unset = UNSET
    error_type: str | Unset = UNSET
    status_code: int | Unset = UNSET
    error_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        request_id = self.request_id

        error = self.error

        message = self.message

        provider = self.provider

        error_type = self.error_type

        status_code = self.status_code

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if provider is not UNSET:
            field_dict["provider"] = provider
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        request_id = d.pop("request_id", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        provider = d.pop("provider", UNSET)

        error_type = d.pop("error_type", UNSET)

        status_code = d.pop("status_code", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_event = cls(
            type_=type_,
            request_id=request_id,
            error=error,
            message=message,
            provider=provider,
            error_type=error_type,
            status_code=status_code,
            error_code=error_code,
        )

        error_event.additional_properties = d
        return error_event

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
