from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["HiveAgentRunEvent"]


class HiveAgentRunEvent(APIObject):
    """The signed terminal callback of a Hive Agent run. Assumption of this SDK: the
    envelope of the other callbacks (`event_type`, `request_id`, `data`) with the event
    names `hive_agent.completed`, `hive_agent.failed` and `hive_agent.cancelled`.
    Receivers must accept unknown event types.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def event_type(self) -> str:
        """Open string; known values `hive_agent.completed`, `hive_agent.failed`,
        `hive_agent.cancelled`. Required by the schema."""
        value = field_value(self, "event_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("event_type")

    @property
    def request_id(self) -> str:
        """The `request_id` field. Required by the schema."""
        value = field_value(self, "request_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def data(self) -> HiveAgentRunData:
        """Payload of a Hive Agent callback. Assumption of this SDK (not documented): `run_id`,
        `hive_agent`, `status` (`completed`, `failed`, `cancelled`), `output` (the report,
        when completed), `error` (when failed), `sources_used`. Required by the schema."""
        return cast("HiveAgentRunData", self._sdk_read("data"))


from ..models.hive_agent_run_data import HiveAgentRunData

HiveAgentRunEvent._sdk_define(
    {
        "event_type": Field(STR, required=True),
        "request_id": Field(STR, required=True),
        "data": Field(ModelOf(HiveAgentRunData), required=True),
    },
)
