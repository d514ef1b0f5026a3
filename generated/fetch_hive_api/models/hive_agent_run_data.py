from __future__ import annotations

from typing import Any, cast

from fetch_hive_runtime import (
    DICT,
    STR,
    APIObject,
    Field,
    ListOf,
    field_value,
)

__all__ = ["HiveAgentRunData"]


class HiveAgentRunData(APIObject):
    """Payload of a Hive Agent callback. Assumption of this SDK (not documented): `run_id`,
    `hive_agent`, `status` (`completed`, `failed`, `cancelled`), `output` (the report,
    when completed), `error` (when failed), `sources_used`.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def run_id(self) -> str | None:
        """The `run_id` field."""
        value = field_value(self, "run_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_id")

    @property
    def hive_agent(self) -> str | None:
        """The `hive_agent` field."""
        value = field_value(self, "hive_agent")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("hive_agent")

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def output(self) -> str | None:
        """The `output` field."""
        value = field_value(self, "output")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("output")

    @property
    def error(self) -> str | None:
        """The `error` field."""
        value = field_value(self, "error")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("error")

    @property
    def sources_used(self) -> list[dict[str, Any]] | None:
        """The `sources_used` field."""
        return cast("list[dict[str, Any]] | None", self._sdk_read("sources_used"))


HiveAgentRunData._sdk_define(
    {
        "run_id": Field(STR),
        "hive_agent": Field(STR),
        "status": Field(STR),
        "output": Field(STR),
        "error": Field(STR),
        "sources_used": Field(ListOf(DICT)),
    },
)
