from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackData")


@_attrs_define
class CallbackData:
    """Open payload of a completion event.

    Attributes:
        run_status (str | Unset):
        output (Any | Unset): The workflow's output (any JSON value).
        response (str | Unset):
        error (str | Unset):
    """

    run_status: str | Unset = UNSET
    output: Any | Unset = UNSET
    response: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_status = self.run_status

        output = self.output

        response = self.response

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if output is not UNSET:
            field_dict["output"] = output
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_status = d.pop("run_status", UNSET)

        output = d.pop("output", UNSET)

        response = d.pop("response", UNSET)

        error = d.pop("error", UNSET)

        callback_data = cls(
            run_status=run_status,
            output=output,
            response=response,
            error=error,
        )

        callback_data.additional_properties = d
        return callback_data

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
