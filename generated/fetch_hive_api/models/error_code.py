from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorCode")


@_attrs_define
class ErrorCode:
    """
    Attributes:
        code (str | Unset):
        status (int | Unset):
        field (str | Unset):
        message_key (str | Unset):
        message (str | Unset): A template with `%{name}` placeholders.
        field_aliases (list[str] | Unset):
        category (str | Unset):
        client_action_key (str | Unset):
        client_action (str | Unset):
    """

    code: str | Unset = UNSET
    status: int | Unset = UNSET
    field: str | Unset = UNSET
    message_key: str | Unset = UNSET
    message: str | Unset = UNSET
    field_aliases: list[str] | Unset = UNSET
    category: str | Unset = UNSET
    client_action_key: str | Unset = UNSET
    client_action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status

        field = self.field

        message_key = self.message_key

        message = self.message

        field_aliases: list[str] | Unset = UNSET
        if not isinstance(self.field_aliases, Unset):
            field_aliases = self.field_aliases

        category = self.category

        client_action_key = self.client_action_key

        client_action = self.client_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if field is not UNSET:
            field_dict["field"] = field
        if message_key is not UNSET:
            field_dict["message_key"] = message_key
        if message is not UNSET:
            field_dict["message"] = message
        if field_aliases is not UNSET:
            field_dict["field_aliases"] = field_aliases
        if category is not UNSET:
            field_dict["category"] = category
        if client_action_key is not UNSET:
            field_dict["client_action_key"] = client_action_key
        if client_action is not UNSET:
            field_dict["client_action"] = client_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        status = d.pop("status", UNSET)

        field = d.pop("field", UNSET)

        message_key = d.pop("message_key", UNSET)

        message = d.pop("message", UNSET)

        field_aliases = cast(list[str], d.pop("field_aliases", UNSET))

        category = d.pop("category", UNSET)

        client_action_key = d.pop("client_action_key", UNSET)

        client_action = d.pop("client_action", UNSET)

        error_code = cls(
            code=code,
            status=status,
            field=field,
            message_key=message_key,
            message=message,
            field_aliases=field_aliases,
            category=category,
            client_action_key=client_action_key,
            client_action=client_action,
        )

        error_code.additional_properties = d
        return error_code

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
