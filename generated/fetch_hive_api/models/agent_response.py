from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ListOf,
    ModelOf,
    field_value,
)

__all__ = ["AgentResponse"]


class AgentResponse(APIObject):
    """All fields optional; the object stays open.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def response(self) -> str | None:
        """The `response` field."""
        value = field_value(self, "response")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("response")

    @property
    def thread_id(self) -> str | None:
        """The `thread_id` field."""
        value = field_value(self, "thread_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("thread_id")

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
    def tool_calls(self) -> list[ToolCall] | None:
        """The `tool_calls` field."""
        return cast("list[ToolCall] | None", self._sdk_read("tool_calls"))

    @property
    def artifacts(self) -> list[Artifact] | None:
        """The `artifacts` field."""
        return cast("list[Artifact] | None", self._sdk_read("artifacts"))

    @property
    def pending_delegations(self) -> list[PendingDelegation] | None:
        """Background work this invoke started (published SDK spec `PendingDelegation`)."""
        return cast(
            "list[PendingDelegation] | None", self._sdk_read("pending_delegations")
        )


from ..models.artifact import Artifact
from ..models.pending_delegation import PendingDelegation
from ..models.tool_call import ToolCall
from ..models.usage import Usage

AgentResponse._sdk_define(
    {
        "request_id": Field(STR),
        "response": Field(STR),
        "thread_id": Field(STR),
        "model": Field(STR),
        "usage": Field(ModelOf(Usage)),
        "tool_calls": Field(ListOf(ModelOf(ToolCall))),
        "artifacts": Field(ListOf(ModelOf(Artifact))),
        "pending_delegations": Field(ListOf(ModelOf(PendingDelegation))),
    },
)
