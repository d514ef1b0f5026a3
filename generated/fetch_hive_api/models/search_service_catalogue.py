from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_service_country import SearchServiceCountry


T = TypeVar("T", bound="SearchServiceCatalogue")


@_attrs_define
class SearchServiceCatalogue:
    """
    Attributes:
        service (str | Unset):
        name (str | Unset):
        country_value_field (str | Unset):
        country_value_format (str | Unset):
        countries (list[SearchServiceCountry] | Unset):
    """

    service: str | Unset = UNSET
    name: str | Unset = UNSET
    country_value_field: str | Unset = UNSET
    country_value_format: str | Unset = UNSET
    countries: list[SearchServiceCountry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        name = self.name

        country_value_field = self.country_value_field

        country_value_format = self.country_value_format

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service
        if name is not UNSET:
            field_dict["name"] = name
        if country_value_field is not UNSET:
            field_dict["country_value_field"] = country_value_field
        if country_value_format is not UNSET:
            field_dict["country_value_format"] = country_value_format
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_service_country import SearchServiceCountry  # noqa: PLC0415

        d = dict(src_dict)
        service = d.pop("service", UNSET)

        name = d.pop("name", UNSET)

        country_value_field = d.pop("country_value_field", UNSET)

        country_value_format = d.pop("country_value_format", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[SearchServiceCountry] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = SearchServiceCountry.from_dict(countries_item_data)

                countries.append(countries_item)

        search_service_catalogue = cls(
            service=service,
            name=name,
            country_value_field=country_value_field,
            country_value_format=country_value_format,
            countries=countries,
        )

        search_service_catalogue.additional_properties = d
        return search_service_catalogue

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
