from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    ListOf,
    ModelOf,
    field_value,
)

__all__ = ["StreamResult"]


class StreamResult(APIObject):
    """Not an answer of the service: what this SDK adds a stream up to
    (`Stream.until_done()`, `IncompleteStreamError.partial`), in the shape of a
    non-streaming answer. `response` and `reasoning` join the events' text chunks;
    `usage` and `stop_reason` come from the final `usage` event; `tool_calls`,
    `artifacts` and `summary` are the `tool`, `artifact` and first `summary` events.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def response(self) -> str:
        """The `response` field. Required by the schema."""
        value = field_value(self, "response")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("response")

    @property
    def reasoning(self) -> str:
        """The `reasoning` field. Required by the schema."""
        value = field_value(self, "reasoning")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("reasoning")

    @property
    def events_received(self) -> int:
        """Events that arrived (`[DONE]` not counted). Required by the schema."""
        value = field_value(self, "events_received")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("events_received")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def model(self) -> str | None:
        """The `model` field."""
        value = field_value(self, "model")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model")

    @property
    def usage(self) -> Usage | None:
        """Token usage. The docs show nested token objects (`prompt_tokens.total_tokens`); the
        public SDK's spec shows flat integers (`prompt_tokens: 10`). Both are accepted:
        the nested objects are documented, the flat integers are a documented alternative
        (source: Fetch Hive's published SDK spec). `duration` (seconds) appears in stream
        usage. Assumption of this SDK: `prompt_tokens`, `completion_tokens` and
        `total_tokens` are in every usage object (the docs show all three in every answer
        and `usage` event; the published SDK spec's flat shape has them too)."""
        return cast("Usage | None", self._sdk_read("usage"))

    @property
    def stop_reason(self) -> str | None:
        """The `stop_reason` field."""
        value = field_value(self, "stop_reason")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("stop_reason")

    @property
    def tool_calls(self) -> list[ToolEvent] | None:
        """The `tool_calls` field."""
        return cast("list[ToolEvent] | None", self._sdk_read("tool_calls"))

    @property
    def artifacts(self) -> list[Artifact] | None:
        """The `artifacts` field."""
        return cast("list[Artifact] | None", self._sdk_read("artifacts"))

    @property
    def summary(self) -> SummaryEvent | None:
        """Agent with a persistent thread; first, before any text."""
        return cast("SummaryEvent | None", self._sdk_read("summary"))


from ..models.artifact import Artifact
from ..models.summary_event import SummaryEvent
from ..models.tool_event import ToolEvent
from ..models.usage import Usage

StreamResult._sdk_define(
    {
        "response": Field(STR, required=True),
        "reasoning": Field(STR, required=True),
        "events_received": Field(INT, required=True),
        "request_id": Field(STR),
        "model": Field(STR),
        "usage": Field(ModelOf(Usage)),
        "stop_reason": Field(STR),
        "tool_calls": Field(ListOf(ModelOf(ToolEvent))),
        "artifacts": Field(ListOf(ModelOf(Artifact))),
        "summary": Field(ModelOf(SummaryEvent)),
    },
)
