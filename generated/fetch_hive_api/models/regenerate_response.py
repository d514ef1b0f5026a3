from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["RegenerateResponse"]


class RegenerateResponse(APIObject):
    """The `RegenerateResponse` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")


RegenerateResponse._sdk_define(
    {
        "message": Field(STR),
        "request_id": Field(STR),
    },
)
