from __future__ import annotations

from typing import Literal

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Const,
    Field,
    field_value,
)

__all__ = ["ErrorEvent"]


class ErrorEvent(APIObject):
    """The model provider failed after the stream opened; ends the stream.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def type(self) -> Literal["error"]:
        """The `type` field. Required by the schema."""
        value = field_value(self, "type")
        if value == "error":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("type")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def error(self) -> str | None:
        """The `error` field."""
        value = field_value(self, "error")
        if value is None or isinstance(value, str):
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
    def provider(self) -> str | None:
        """The `provider` field."""
        value = field_value(self, "provider")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("provider")

    @property
    def error_type(self) -> str | None:
        """The `error_type` field."""
        value = field_value(self, "error_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("error_type")

    @property
    def status_code(self) -> int | None:
        """The `status_code` field."""
        value = field_value(self, "status_code")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("status_code")

    @property
    def error_code(self) -> str | None:
        """The `error_code` field."""
        value = field_value(self, "error_code")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("error_code")


ErrorEvent._sdk_define(
    {
        "type": Field(Const("error"), required=True),
        "request_id": Field(STR),
        "error": Field(STR),
        "message": Field(STR),
        "provider": Field(STR),
        "error_type": Field(STR),
        "status_code": Field(INT),
        "error_code": Field(STR),
    },
)
