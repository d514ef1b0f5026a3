from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["ErrorResponse"]


class ErrorResponse(APIObject):
    """The error envelope. Many errors carry only `error`; some plan and rate-limit errors
    carry the deprecated alias `code`; the daily-cap error also `limit` and `current`.
    Read `error_code` first, then `code`.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def error(self) -> str:
        """The `error` field. Required by the schema."""
        value = field_value(self, "error")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("error")

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def error_code(self) -> str | None:
        """The `error_code` field."""
        value = field_value(self, "error_code")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("error_code")

    @property
    def code(self) -> str | None:
        """The `code` field."""
        value = field_value(self, "code")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("code")

    @property
    def limit(self) -> int | None:
        """The `limit` field."""
        value = field_value(self, "limit")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("limit")

    @property
    def current(self) -> int | None:
        """The `current` field."""
        value = field_value(self, "current")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("current")


ErrorResponse._sdk_define(
    {
        "error": Field(STR, required=True),
        "message": Field(STR),
        "error_code": Field(STR),
        "code": Field(STR),
        "limit": Field(INT),
        "current": Field(INT),
    },
)
