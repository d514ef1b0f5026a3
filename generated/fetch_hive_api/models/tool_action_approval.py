from __future__ import annotations

import datetime as _dt
from typing import Any, cast

from fetch_hive_runtime import (
    DATETIME,
    DICT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["ToolActionApproval"]


class ToolActionApproval(APIObject):
    """A tool call of an agent run that waits for (or got) a human decision. Assumption of
    this SDK (no published shape): the fields below, `id` and `status` in every one;
    `status` `pending`, `approved` or `denied` (open string).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """The `id` field. Required by the schema."""
        value = field_value(self, "id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def status(self) -> str:
        """The `status` field. Required by the schema."""
        value = field_value(self, "status")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def decision(self) -> str | None:
        """The `decision` field."""
        return cast("str | None", self._sdk_read("decision"))

    @property
    def tool_name(self) -> str | None:
        """The `tool_name` field."""
        value = field_value(self, "tool_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_name")

    @property
    def tool_input(self) -> dict[str, Any] | None:
        """The `tool_input` field."""
        return cast("dict[str, Any] | None", self._sdk_read("tool_input"))

    @property
    def agent_id(self) -> str | None:
        """The `agent_id` field."""
        value = field_value(self, "agent_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("agent_id")

    @property
    def run_id(self) -> str | None:
        """The `run_id` field."""
        value = field_value(self, "run_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_id")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def thread_id(self) -> str | None:
        """The `thread_id` field."""
        return cast("str | None", self._sdk_read("thread_id"))

    @property
    def workspace_id(self) -> str | None:
        """The `workspace_id` field."""
        value = field_value(self, "workspace_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("workspace_id")

    @property
    def created_at(self) -> _dt.datetime | None:
        """The `created_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("created_at"))

    @property
    def decided_at(self) -> _dt.datetime | None:
        """The `decided_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("decided_at"))


ToolActionApproval._sdk_define(
    {
        "id": Field(STR, required=True),
        "status": Field(STR, required=True),
        "decision": Field(OneOf(STR, NULL)),
        "tool_name": Field(STR),
        "tool_input": Field(DICT),
        "agent_id": Field(STR),
        "run_id": Field(STR),
        "request_id": Field(STR),
        "thread_id": Field(OneOf(STR, NULL)),
        "workspace_id": Field(STR),
        "created_at": Field(DATETIME),
        "decided_at": Field(OneOf(DATETIME, NULL)),
    },
)
