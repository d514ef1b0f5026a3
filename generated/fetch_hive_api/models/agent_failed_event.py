from __future__ import annotations

from typing import Literal, cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Const,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["AgentFailedEvent"]


class AgentFailedEvent(APIObject):
    """The `AgentFailedEvent` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def event_type(self) -> Literal["agent.failed"]:
        """The `event_type` field. Required by the schema."""
        value = field_value(self, "event_type")
        if value == "agent.failed":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("event_type")

    @property
    def request_id(self) -> str:
        """The `request_id` field. Required by the schema."""
        value = field_value(self, "request_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def data(self) -> CallbackData:
        """Open payload of a completion event. Required by the schema."""
        return cast("CallbackData", self._sdk_read("data"))


from ..models.callback_data import CallbackData

AgentFailedEvent._sdk_define(
    {
        "event_type": Field(Const("agent.failed"), required=True),
        "request_id": Field(STR, required=True),
        "data": Field(ModelOf(CallbackData), required=True),
    },
)
