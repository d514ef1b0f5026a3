from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ListOf,
    ModelOf,
    field_value,
)

__all__ = ["SearchServiceCatalogue"]


class SearchServiceCatalogue(APIObject):
    """The `SearchServiceCatalogue` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def service(self) -> str | None:
        """The `service` field."""
        value = field_value(self, "service")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("service")

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def country_value_field(self) -> str | None:
        """The `country_value_field` field."""
        value = field_value(self, "country_value_field")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("country_value_field")

    @property
    def country_value_format(self) -> str | None:
        """The `country_value_format` field."""
        value = field_value(self, "country_value_format")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("country_value_format")

    @property
    def countries(self) -> list[SearchServiceCountry] | None:
        """The `countries` field."""
        return cast("list[SearchServiceCountry] | None", self._sdk_read("countries"))


from ..models.search_service_country import SearchServiceCountry

SearchServiceCatalogue._sdk_define(
    {
        "service": Field(STR),
        "name": Field(STR),
        "country_value_field": Field(STR),
        "country_value_format": Field(STR),
        "countries": Field(ListOf(ModelOf(SearchServiceCountry))),
    },
)
