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

__all__ = ["ErrorCodeCatalogue"]


class ErrorCodeCatalogue(APIObject):
    """The `ErrorCodeCatalogue` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def codes(self) -> list[ErrorCode]:
        """The `codes` field. Required by the schema."""
        return cast("list[ErrorCode]", self._sdk_read("codes"))

    @property
    def locale(self) -> str | None:
        """The `locale` field."""
        value = field_value(self, "locale")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("locale")

    @property
    def default_field(self) -> str | None:
        """The `default_field` field."""
        value = field_value(self, "default_field")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("default_field")

    @property
    def compatibility_aliases(self) -> list[str] | None:
        """The `compatibility_aliases` field."""
        return cast("list[str] | None", self._sdk_read("compatibility_aliases"))


from ..models.error_code import ErrorCode

ErrorCodeCatalogue._sdk_define(
    {
        "codes": Field(ListOf(ModelOf(ErrorCode)), required=True),
        "locale": Field(STR),
        "default_field": Field(STR),
        "compatibility_aliases": Field(ListOf(STR)),
    },
)
