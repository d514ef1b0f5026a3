from __future__ import annotations

from typing import Any

from fetch_hive_runtime import (
    ANY,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["CallbackData"]


class CallbackData(APIObject):
    """Open payload of a completion event.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def run_status(self) -> str | None:
        """The `run_status` field."""
        value = field_value(self, "run_status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_status")

    @property
    def output(self) -> Any:
        """The workflow's output (any JSON value)."""
        return field_value(self, "output")

    @property
    def response(self) -> str | None:
        """The `response` field."""
        value = field_value(self, "response")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("response")

    @property
    def error(self) -> str | None:
        """The `error` field."""
        value = field_value(self, "error")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("error")


CallbackData._sdk_define(
    {
        "run_status": Field(STR),
        "output": Field(ANY),
        "response": Field(STR),
        "error": Field(STR),
    },
)
