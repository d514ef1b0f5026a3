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
    """The countries of one search service. Assumption of this SDK: `service` and
    `countries` are in every one.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def service(self) -> str:
        """The `service` field. Required by the schema."""
        value = field_value(self, "service")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("service")

    @property
    def countries(self) -> list[SearchServiceCountry]:
        """The `countries` field. Required by the schema."""
        return cast("list[SearchServiceCountry]", self._sdk_read("countries"))

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


from ..models.search_service_country import SearchServiceCountry

SearchServiceCatalogue._sdk_define(
    {
        "service": Field(STR, required=True),
        "countries": Field(ListOf(ModelOf(SearchServiceCountry)), required=True),
        "name": Field(STR),
        "country_value_field": Field(STR),
        "country_value_format": Field(STR),
    },
)
