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

__all__ = ["PendingDelegation"]


class PendingDelegation(APIObject):
    """Background work an agent started during this invoke (published SDK spec
    `PendingDelegation`). Assumption of this SDK: `id` is always there (it is what
    `getAgentDelegation` takes; the full `AgentDelegation` requires it).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """Pass it to `getAgentDelegation` or `cancelAgentDelegation`. Required by the schema."""
        value = field_value(self, "id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def kind(self) -> str | None:
        """Open string; known values `workflow`, `sub_agent`, `hive_agent_run`."""
        value = field_value(self, "kind")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("kind")

    @property
    def target(self) -> dict[str, Any] | None:
        """The `target` field."""
        return cast("dict[str, Any] | None", self._sdk_read("target"))

    @property
    def expected_by(self) -> _dt.datetime | None:
        """The `expected_by` field."""
        return cast("_dt.datetime | None", self._sdk_read("expected_by"))


PendingDelegation._sdk_define(
    {
        "id": Field(STR, required=True),
        "kind": Field(STR),
        "target": Field(DICT),
        "expected_by": Field(OneOf(DATETIME, NULL)),
    },
)
