"""OpenTelemetry spans for every call and every stream (the `otel` extra).

```python
from fetch_hive_sdk import FetchHive
from fetch_hive_sdk.telemetry import OpenTelemetryHooks

client = FetchHive(hooks=[OpenTelemetryHooks()])  # the global tracer provider
```

One span per call, from the first attempt to the answer read (a stream's span lasts until
the stream ends, fails or is closed), of kind CLIENT, named `<operation> <deployment or
agent>` (`invoke_prompt welcome-email`). Attributes use the GenAI semantic conventions
where they fit (`gen_ai.provider.name`, `gen_ai.operation.name`, `gen_ai.agent.id`,
`gen_ai.response.model`, `gen_ai.usage.input_tokens`, `gen_ai.usage.output_tokens`,
`error.type`, `http.response.status_code`) and `fetch_hive.*` for the rest (`operation`,
`deployment`, `request_id`, `retries`, `stream.first_event_seconds`, `stream.events`,
`stream.completed`). A retry is a span event (`fetch_hive.retry`: its reason and delay); a
stream's first event too. A failed call has the status ERROR described by the error's type
only.

No inputs, outputs or credentials are recorded unless `capture_content=True`, which adds
the request's JSON body with secret fields redacted (`fetch_hive.request.body`). Without
hooks the SDK pays nothing, and it never imports OpenTelemetry itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fetch_hive_runtime import redact

from ._hooks import CallHooks, CallInfo
from ._version import __version__

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["OpenTelemetryHooks"]

# The GenAI convention's operation names, for the operations they describe.
_GEN_AI_OPERATIONS = {"invoke_prompt": "chat", "invoke_agent": "invoke_agent"}


class OpenTelemetryHooks(CallHooks):
    """Call hooks that record an OpenTelemetry span per call and per stream."""

    def __init__(
        self, tracer_provider: TracerProvider | None = None, *, capture_content: bool = False
    ) -> None:
        try:
            from opentelemetry import trace
        except ImportError:
            raise ImportError(
                "OpenTelemetryHooks needs OpenTelemetry: pip install 'fetch-hive-sdk-python[otel]'"
            ) from None
        self._trace = trace
        self._tracer = trace.get_tracer(
            "fetch_hive_sdk", __version__, tracer_provider=tracer_provider
        )
        self._capture_content = capture_content

    def on_call_start(self, call: CallInfo) -> None:
        subject = call.deployment or call.agent
        attributes: dict[str, Any] = {
            "gen_ai.provider.name": "fetch_hive",
            "fetch_hive.operation": call.operation,
            "http.request.method": call.method,
        }
        if call.operation in _GEN_AI_OPERATIONS:
            attributes["gen_ai.operation.name"] = _GEN_AI_OPERATIONS[call.operation]
        if call.deployment:
            attributes["fetch_hive.deployment"] = call.deployment
        if call.agent:
            attributes["gen_ai.agent.id"] = call.agent
        if call.streaming:
            attributes["fetch_hive.stream"] = True
        if self._capture_content and call.body is not None:
            attributes["fetch_hive.request.body"] = json.dumps(redact(call.body), default=str)
        call.data[self] = self._tracer.start_span(
            f"{call.operation} {subject}" if subject else call.operation,
            kind=self._trace.SpanKind.CLIENT,
            attributes=attributes,
        )

    def on_retry(self, call: CallInfo, reason: str, delay: float) -> None:
        span: Span = call.data[self]
        span.add_event(
            "fetch_hive.retry",
            {"fetch_hive.retry.reason": reason, "fetch_hive.retry.delay_seconds": delay},
        )

    def on_first_event(self, call: CallInfo) -> None:
        span: Span = call.data[self]
        seconds = call.first_event_seconds or 0.0
        span.add_event("fetch_hive.first_event")
        span.set_attribute("fetch_hive.stream.first_event_seconds", seconds)

    def on_call_end(self, call: CallInfo) -> None:
        span: Span = call.data.pop(self)
        attributes: dict[str, Any] = {"fetch_hive.retries": call.retries_taken}
        if call.status_code is not None:
            attributes["http.response.status_code"] = call.status_code
        if call.request_id:
            attributes["fetch_hive.request_id"] = call.request_id
        if call.model:
            attributes["gen_ai.response.model"] = call.model
        attributes.update(_tokens(call.usage))
        if call.streaming:
            attributes["fetch_hive.stream.events"] = call.events_received
            attributes["fetch_hive.stream.completed"] = call.error is None and bool(call.usage)
        span.set_attributes(attributes)
        if call.error is not None:
            kind = type(call.error).__name__
            span.set_attribute("error.type", kind)
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, kind))
        span.end()


def _tokens(usage: Any) -> dict[str, int]:
    """The token counts of a `usage` object: nested (`prompt_tokens.total_tokens`, as the
    docs show) or flat integers (the published spec)."""
    if not isinstance(usage, dict):
        return {}
    found = {}
    for key, name in (("prompt_tokens", "input_tokens"), ("completion_tokens", "output_tokens")):
        value = usage.get(key)
        if isinstance(value, dict):
            value = value.get("total_tokens")
        if isinstance(value, int) and not isinstance(value, bool):
            found[f"gen_ai.usage.{name}"] = value
    return found
