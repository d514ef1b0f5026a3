from __future__ import annotations

from typing import Any, cast

from fetch_hive_runtime import (
    DICT,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["ToolCall"]


class ToolCall(APIObject):
    """The `ToolCall` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def tool_name(self) -> str | None:
        """The `tool_name` field."""
        value = field_value(self, "tool_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_name")

    @property
    def tool_input(self) -> dict[str, Any] | str | None:
        """The tool's arguments: an object in the docs' examples, or a string holding
        serialised JSON (the published SDK spec, the only source that describes this
        field, says "serialised JSON"). Both are accepted."""
        return cast("dict[str, Any] | str | None", self._sdk_read("tool_input"))

    @property
    def observation(self) -> str | None:
        """The `observation` field."""
        value = field_value(self, "observation")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("observation")


ToolCall._sdk_define(
    {
        "tool_name": Field(STR),
        "tool_input": Field(OneOf(DICT, STR)),
        "observation": Field(STR),
    },
)
