from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error envelope. Many errors carry only `error`; some plan and rate-limit errors
    carry the deprecated alias `code`; the daily-cap error also `limit` and `current`.
    Read `error_code` first, then `code`.

        Attributes:
            error (str):
            message (str | Unset):
            error_code (str | Unset):
            code (str | Unset):
            limit (int | Unset):
            current (int | Unset):
    """

    error: str
    message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    code: str | Unset = UNSET
    limit: int | Unset = UNSET
    current: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        error_code = self.error_code

        code = self.code

        limit = self.limit

        current = self.current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if code is not UNSET:
            field_dict["code"] = code
        if limit is not UNSET:
            field_dict["limit"] = limit
        if current is not UNSET:
            field_dict["current"] = current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message", UNSET)

        error_code = d.pop("error_code", UNSET)

        code = d.pop("code", UNSET)

        limit = d.pop("limit", UNSET)

        current = d.pop("current", UNSET)

        error_response = cls(
            error=error,
            message=message,
            error_code=error_code,
            code=code,
            limit=limit,
            current=current,
        )

        error_response.additional_properties = d
        return error_response

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
