from __future__ import annotations

from typing import Any, Literal, cast

from fetch_hive_runtime import (
    DICT,
    STR,
    APIObject,
    Const,
    Field,
    OneOf,
    field_value,
)

__all__ = ["ToolEvent"]


class ToolEvent(APIObject):
    """An agent's tool call.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def type(self) -> Literal["tool"]:
        """The `type` field. Required by the schema."""
        value = field_value(self, "type")
        if value == "tool":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("type")

    @property
    def tool_id(self) -> str | None:
        """The `tool_id` field."""
        value = field_value(self, "tool_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_id")

    @property
    def tool(self) -> str | None:
        """Tool name, e.g. `google_search`."""
        value = field_value(self, "tool")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool")

    @property
    def tool_type(self) -> str | None:
        """The `tool_type` field."""
        value = field_value(self, "tool_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_type")

    @property
    def tool_input(self) -> dict[str, Any] | str | None:
        """The tool's arguments: an object in the docs' stream examples; a string holding
        serialised JSON is accepted too, as for `ToolCall.tool_input` (assumption: the
        published SDK spec describes the field as "serialised JSON")."""
        return cast("dict[str, Any] | str | None", self._sdk_read("tool_input"))

    @property
    def observation(self) -> str | None:
        """A string holding JSON."""
        value = field_value(self, "observation")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("observation")


ToolEvent._sdk_define(
    {
        "type": Field(Const("tool"), required=True),
        "tool_id": Field(STR),
        "tool": Field(STR),
        "tool_type": Field(STR),
        "tool_input": Field(OneOf(DICT, STR)),
        "observation": Field(STR),
    },
)
