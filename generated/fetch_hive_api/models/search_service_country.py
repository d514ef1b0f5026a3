from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["SearchServiceCountry"]


class SearchServiceCountry(APIObject):
    """One country of a search service. `value` is always there: the published spec says
    to "use each country object's `value` field".

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def value(self) -> str:
        """The value to send as the service's country setting. Required by the schema."""
        value = field_value(self, "value")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("value")

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


SearchServiceCountry._sdk_define(
    {
        "value": Field(STR, required=True),
        "country_name": Field(STR),
        "alpha2": Field(STR),
    },
)
