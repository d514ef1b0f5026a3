from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_code import ErrorCode


T = TypeVar("T", bound="ErrorCodeCatalogue")


@_attrs_define
class ErrorCodeCatalogue:
    """
    Attributes:
        codes (list[ErrorCode]):
        locale (str | Unset):
        default_field (str | Unset):
        compatibility_aliases (list[str] | Unset):
    """

    codes: list[ErrorCode]
    locale: str | Unset = UNSET
    default_field: str | Unset = UNSET
    compatibility_aliases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        locale = self.locale

        default_field = self.default_field

        compatibility_aliases: list[str] | Unset = UNSET
        if not isinstance(self.compatibility_aliases, Unset):
            compatibility_aliases = self.compatibility_aliases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes": codes,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if default_field is not UNSET:
            field_dict["default_field"] = default_field
        if compatibility_aliases is not UNSET:
            field_dict["compatibility_aliases"] = compatibility_aliases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_code import ErrorCode  # noqa: PLC0415

        d = dict(src_dict)
        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = ErrorCode.from_dict(codes_item_data)

            codes.append(codes_item)

        locale = d.pop("locale", UNSET)

        default_field = d.pop("default_field", UNSET)

        compatibility_aliases = cast(list[str], d.pop("compatibility_aliases", UNSET))

        error_code_catalogue = cls(
            codes=codes,
            locale=locale,
            default_field=default_field,
            compatibility_aliases=compatibility_aliases,
        )

        error_code_catalogue.additional_properties = d
        return error_code_catalogue

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
