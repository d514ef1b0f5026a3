"""Typed completion events, parsed from a verified callback body.

Documented: `agent.completed` (`data.response`), `agent.failed` (`data.error`),
`agent.delegation.completed`. Assumption of this SDK: `workflow.completed` (`data.output`)
and `workflow.failed` (`data.error`). Each is the generated model of its schema: a dict
holding the body's JSON (`event["data"]["output"]`), with typed attributes
(`event.data.output`). Any other `event_type` comes back as a `GenericWebhookEvent`;
nothing is dropped.
"""

from __future__ import annotations

import json
from typing import Any, Final, TypeAlias

from fetch_hive_api.events import CALLBACK_EVENTS, CALLBACK_EVENTS_FIELD, CallbackEventModel
from fetch_hive_api.models.agent_completed_event import AgentCompletedEvent
from fetch_hive_api.models.agent_delegation_completed_event import (
    AgentDelegationCompletedEvent,
)
from fetch_hive_api.models.agent_failed_event import AgentFailedEvent
from fetch_hive_api.models.workflow_completed_event import WorkflowCompletedEvent
from fetch_hive_api.models.workflow_failed_event import WorkflowFailedEvent
from fetch_hive_runtime import APIObject

from .._errors import WebhookVerificationError

__all__ = [
    "WEBHOOK_EVENT_TYPES",
    "AgentCompletedEvent",
    "AgentDelegationCompletedEvent",
    "AgentFailedEvent",
    "GenericWebhookEvent",
    "WebhookEvent",
    "WorkflowCompletedEvent",
    "WorkflowFailedEvent",
    "parse_webhook_event",
]


class GenericWebhookEvent(APIObject):
    """An event this SDK has no model for (a new `event_type`): its body, whole."""

    __slots__ = ()

    @property
    def event_type(self) -> str | None:
        value = self.get("event_type")
        return value if isinstance(value, str) else None

    @property
    def request_id(self) -> str | None:
        value = self.get("request_id")
        return value if isinstance(value, str) else None

    @property
    def data(self) -> Any:
        return self.get("data")


WebhookEvent: TypeAlias = CallbackEventModel | GenericWebhookEvent

# The models by `event_type`: openapi.yaml's `CallbackEvent` union (generated).
WEBHOOK_EVENT_TYPES: Final[dict[str, type[APIObject]]] = CALLBACK_EVENTS


def parse_webhook_event(payload: bytes) -> WebhookEvent:
    """Parse a callback body that was already verified (`construct_event` does both).

    A known `event_type` gives its model even when a field does not fit (reading that
    field typed raises `ResponseFieldError`); a body that is not a JSON object raises
    `WebhookVerificationError`.
    """
    try:
        body = json.loads(bytes(payload))
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise WebhookVerificationError("the callback body is not UTF-8 JSON") from None
    except RecursionError:
        raise WebhookVerificationError("the callback body is nested too deeply") from None
    if not isinstance(body, dict):
        raise WebhookVerificationError("the callback body is not a JSON object")
    event_type = body.get(CALLBACK_EVENTS_FIELD)
    model = WEBHOOK_EVENT_TYPES.get(event_type) if isinstance(event_type, str) else None
    event: WebhookEvent = (model or GenericWebhookEvent).from_dict(body)  # type: ignore[assignment]
    return event
