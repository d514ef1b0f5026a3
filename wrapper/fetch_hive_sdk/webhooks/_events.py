"""Typed completion events, parsed from a verified callback body.

Documented: `agent.completed` (`data.response`), `agent.failed` (`data.error`),
`agent.delegation.completed`. Assumption of this SDK: `workflow.completed` (`data.output`)
and `workflow.failed` (`data.error`). Any other `event_type` comes back as `GenericEvent`.
Every event reads as typed attributes and as the JSON mapping (`event["data"]["output"]`).
"""

from __future__ import annotations

import json
from typing import Any

from fetch_hive_api.models.agent_completed_event import AgentCompletedEvent
from fetch_hive_api.models.agent_delegation_completed_event import (
    AgentDelegationCompletedEvent,
)
from fetch_hive_api.models.agent_failed_event import AgentFailedEvent
from fetch_hive_api.models.workflow_completed_event import WorkflowCompletedEvent
from fetch_hive_api.models.workflow_failed_event import WorkflowFailedEvent

from .._mapping import WireMapping
from ._signature import WebhookVerificationError


class WorkflowCompleted(WireMapping, WorkflowCompletedEvent):
    """`workflow.completed`: `data.output` holds the workflow's output (any JSON value)."""

    __slots__ = ()


class WorkflowFailed(WireMapping, WorkflowFailedEvent):
    """`workflow.failed`: `data.error` says why."""

    __slots__ = ()


class AgentCompleted(WireMapping, AgentCompletedEvent):
    """`agent.completed`: `data.response` holds the agent's answer."""

    __slots__ = ()


class AgentFailed(WireMapping, AgentFailedEvent):
    """`agent.failed`: `data.error` says why."""

    __slots__ = ()


class AgentDelegationCompleted(WireMapping, AgentDelegationCompletedEvent):
    """`agent.delegation.completed`: background work of an agent finished."""

    __slots__ = ()


class GenericEvent(WireMapping):
    """An event this SDK has no type for (a new `event_type`, or a known one whose body
    does not have the documented shape). Nothing is dropped: `to_dict()` is the body."""

    __slots__ = ("_body",)

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    @property
    def event_type(self) -> str | None:
        value = self._body.get("event_type")
        return value if isinstance(value, str) else None

    @property
    def request_id(self) -> str | None:
        value = self._body.get("request_id")
        return value if isinstance(value, str) else None

    @property
    def data(self) -> Any:
        return self._body.get("data")

    def to_dict(self) -> dict[str, Any]:
        copy: dict[str, Any] = json.loads(json.dumps(self._body))  # the caller may change it
        return copy

    def _wire(self) -> dict[str, Any]:
        return self._body

    def __repr__(self) -> str:
        return f"GenericEvent(event_type={self.event_type!r}, request_id={self.request_id!r})"


WebhookEvent = (
    WorkflowCompleted
    | WorkflowFailed
    | AgentCompleted
    | AgentFailed
    | AgentDelegationCompleted
    | GenericEvent
)

EVENT_TYPES: dict[str, Any] = {
    "workflow.completed": WorkflowCompleted,
    "workflow.failed": WorkflowFailed,
    "agent.completed": AgentCompleted,
    "agent.failed": AgentFailed,
    "agent.delegation.completed": AgentDelegationCompleted,
}


def parse_event(payload: bytes) -> WebhookEvent:
    """Parse a callback body that was already verified."""
    try:
        body = json.loads(bytes(payload))
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise WebhookVerificationError("the callback body is not UTF-8 JSON") from None
    if not isinstance(body, dict):
        raise WebhookVerificationError("the callback body is not a JSON object")
    event_class = EVENT_TYPES.get(str(body.get("event_type")))
    if event_class is not None:
        try:
            event: WebhookEvent = event_class.from_dict(body)
            return event
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a known name with an unexpected shape: keep it whole rather than fail
    return GenericEvent(body)
