"""The event unions of openapi.yaml: each model by the value that tells it apart.

Generated from openapi.yaml (each `oneOf` schema with `x-fetch-hive-events`) by
scripts/generate.py (templates/sdk/events.py.jinja): do not edit. A new member of a union in
the spec is a new entry here, and the SDK parses it as its model.
"""

from __future__ import annotations

from typing import Final, TypeAlias

from fetch_hive_runtime import APIObject

from .models.agent_completed_event import AgentCompletedEvent
from .models.agent_delegation_completed_event import AgentDelegationCompletedEvent
from .models.agent_failed_event import AgentFailedEvent
from .models.artifact_event import ArtifactEvent
from .models.error_event import ErrorEvent
from .models.reasoning_event import ReasoningEvent
from .models.response_event import ResponseEvent
from .models.summary_event import SummaryEvent
from .models.tool_event import ToolEvent
from .models.usage_event import UsageEvent
from .models.workflow_completed_event import WorkflowCompletedEvent
from .models.workflow_failed_event import WorkflowFailedEvent

__all__ = [
    "CALLBACK_EVENTS",
    "CALLBACK_EVENTS_FIELD",
    "STREAM_EVENTS",
    "STREAM_EVENTS_FIELD",
    "CallbackEventModel",
    "StreamEventModel",
]

# `StreamEvent`: the models by `type`, in the spec's order.
STREAM_EVENTS_FIELD: Final = "type"
STREAM_EVENTS: Final[dict[str, type[APIObject]]] = {
    "summary": SummaryEvent,
    "reasoning": ReasoningEvent,
    "response": ResponseEvent,
    "tool": ToolEvent,
    "artifact": ArtifactEvent,
    "usage": UsageEvent,
    "error": ErrorEvent,
}
StreamEventModel: TypeAlias = (
    SummaryEvent
    | ReasoningEvent
    | ResponseEvent
    | ToolEvent
    | ArtifactEvent
    | UsageEvent
    | ErrorEvent
)

# `CallbackEvent`: the models by `event_type`, in the spec's order.
CALLBACK_EVENTS_FIELD: Final = "event_type"
CALLBACK_EVENTS: Final[dict[str, type[APIObject]]] = {
    "workflow.completed": WorkflowCompletedEvent,
    "workflow.failed": WorkflowFailedEvent,
    "agent.completed": AgentCompletedEvent,
    "agent.failed": AgentFailedEvent,
    "agent.delegation.completed": AgentDelegationCompletedEvent,
}
CallbackEventModel: TypeAlias = (
    WorkflowCompletedEvent
    | WorkflowFailedEvent
    | AgentCompletedEvent
    | AgentFailedEvent
    | AgentDelegationCompletedEvent
)
