from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["SearchServiceCountry"]


class SearchServiceCountry(APIObject):
    """The `SearchServiceCountry` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def country_name(self) -> str | None:
        """The `country_name` field."""
        value = field_value(self, "country_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("country_name")

    @property
    def alpha2(self) -> str | None:
        """The `alpha2` field."""
        value = field_value(self, "alpha2")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("alpha2")

    @property
    def value(self) -> str | None:
        """The value to send as the service's country setting."""
        value = field_value(self, "value")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("value")


SearchServiceCountry._sdk_define(
    {
        "country_name": Field(STR),
        "alpha2": Field(STR),
        "value": Field(STR),
    },
)
