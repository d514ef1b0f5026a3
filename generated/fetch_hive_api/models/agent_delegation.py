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

__all__ = ["AgentDelegation"]


class AgentDelegation(APIObject):
    """A background workflow started by an agent (published SDK spec 0.2.9). Statuses:
    `pending`, `running`, `completed`, `failed`, `cancelled`, `expired` (open string).

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
    def kind(self) -> str:
        """The `kind` field. Required by the schema."""
        value = field_value(self, "kind")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("kind")

    @property
    def target(self) -> dict[str, Any]:
        """The `target` field. Required by the schema."""
        return cast("dict[str, Any]", self._sdk_read("target"))

    @property
    def parent_request_id(self) -> str:
        """The `parent_request_id` field. Required by the schema."""
        value = field_value(self, "parent_request_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("parent_request_id")

    @property
    def tool_call_id(self) -> str:
        """The `tool_call_id` field. Required by the schema."""
        value = field_value(self, "tool_call_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_call_id")

    @property
    def result(self) -> dict[str, Any] | None:
        """The `result` field."""
        return cast("dict[str, Any] | None", self._sdk_read("result"))

    @property
    def expected_by(self) -> _dt.datetime | None:
        """The `expected_by` field."""
        return cast("_dt.datetime | None", self._sdk_read("expected_by"))

    @property
    def delivered_at(self) -> _dt.datetime | None:
        """The `delivered_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("delivered_at"))

    @property
    def delivery_error(self) -> str | None:
        """The `delivery_error` field."""
        return cast("str | None", self._sdk_read("delivery_error"))

    @property
    def workflow_run_id(self) -> str | None:
        """The `workflow_run_id` field."""
        return cast("str | None", self._sdk_read("workflow_run_id"))

    @property
    def created_at(self) -> _dt.datetime | None:
        """The `created_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("created_at"))


AgentDelegation._sdk_define(
    {
        "id": Field(STR, required=True),
        "status": Field(STR, required=True),
        "kind": Field(STR, required=True),
        "target": Field(DICT, required=True),
        "parent_request_id": Field(STR, required=True),
        "tool_call_id": Field(STR, required=True),
        "result": Field(OneOf(DICT, NULL)),
        "expected_by": Field(OneOf(DATETIME, NULL)),
        "delivered_at": Field(OneOf(DATETIME, NULL)),
        "delivery_error": Field(OneOf(STR, NULL)),
        "workflow_run_id": Field(OneOf(STR, NULL)),
        "created_at": Field(DATETIME),
    },
)
