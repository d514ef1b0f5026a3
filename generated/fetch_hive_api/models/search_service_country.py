from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchServiceCountry")


@_attrs_define
class SearchServiceCountry:
    """
    Attributes:
        country_name (str | Unset):
        alpha2 (str | Unset):
        value (str | Unset): The value to send as the service's country setting.
    """

    country_name: str | Unset = UNSET
    alpha2: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_name = self.country_name

        alpha2 = self.alpha2

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if alpha2 is not UNSET:
            field_dict["alpha2"] = alpha2
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_name = d.pop("country_name", UNSET)

        alpha2 = d.pop("alpha2", UNSET)

        value = d.pop("value", UNSET)

        search_service_country = cls(
            country_name=country_name,
            alpha2=alpha2,
            value=value,
        )

        search_service_country.additional_properties = d
        return search_service_country

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
