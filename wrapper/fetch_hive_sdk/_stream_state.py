"""What the events of one stream add up to; shared by `Stream` and `AsyncStream`.

Bounded memory: an event is handed to the caller and forgotten. What stays is small and
fixed: the count, the last few events (for `IncompleteStreamError`), the final `usage`
event, the request id and model. The answer's text, tool calls and artifacts are kept only
when the caller asked for the whole answer (`until_done()`, or `accumulate()` before
reading): a plain `for event in stream` over a 200 MB answer holds on to none of it.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any, Final

from ._errors import IncompleteStreamError, StreamConsumedError, StreamError
from ._events import parse_stream_event, stream_event_classes
from ._response_info import ResponseInfo

if TYPE_CHECKING:
    import httpx
    from fetch_hive_api.models.stream_result import StreamResult
    from fetch_hive_api.models.usage import Usage
    from fetch_hive_api.models.usage_event import UsageEvent

    from ._events import StreamEvent
    from ._rate_limit import RateLimitInfo

DONE: Final = "[DONE]"
# Events kept for `IncompleteStreamError.events`: enough to see where a stream broke off.
RECENT_EVENTS: Final = 5


class StreamState:
    """Fed each `data:` text of one stream; knows whether it completed and what it held."""

    __slots__ = (
        "_answer",
        "_artifacts",
        "_on",
        "_reasoning",
        "_summary",
        "_tool_calls",
        "accumulating",
        "complete",
        "count",
        "model",
        "recent",
        "request_id",
        "response_type",
        "usage_event",
    )

    def __init__(self) -> None:
        classes = stream_event_classes()
        self.response_type = classes["response"]
        # What the other event types do, by their model (found by identity): step 3 of the
        # stream's fast path (docs/streaming.md, "The fast path"). A type of the spec with
        # no entry here is only counted and handed on.
        self._on = {
            classes[kind]: handler
            for kind, handler in (
                ("usage", self._on_usage),
                ("error", self._on_error),
                ("reasoning", self._on_reasoning),
                ("tool", self._on_tool),
                ("artifact", self._on_artifact),
                ("summary", self._on_summary),
            )
        }
        self.count = 0
        self.complete = False  # the final usage event or [DONE] arrived
        self.recent: deque[StreamEvent] = deque(maxlen=RECENT_EVENTS)
        self.request_id: str | None = None
        self.model: str | None = None
        self.usage_event: StreamEvent | None = None
        self.accumulating = False
        self._answer: list[str] = []
        self._reasoning: list[str] = []
        self._tool_calls: list[StreamEvent] = []
        self._artifacts: list[Any] = []
        self._summary: StreamEvent | None = None

    def accumulate(self) -> None:
        """Keep the answer from now on (the caller will ask for all of it)."""
        if not self.accumulating and self.count:
            raise StreamConsumedError(
                f"{self.count} event(s) were already read without keeping them, so the "
                "whole answer is gone: call accumulate() (or until_done()) before reading "
                "the stream, or add up the events yourself as you read them"
            )
        self.accumulating = True

    def on_data(self, data: str) -> StreamEvent | None:
        """The event for one `data:` text; None for `[DONE]`. Raises on an `error` event."""
        if data == DONE:
            self.complete = True
            return None
        event = parse_stream_event(data)
        self.count += 1
        self.recent.append(event)
        if self.request_id is None or self.model is None:
            self._note(event)
        kind = type(event)
        if kind is self.response_type:  # nearly every event: decided first
            if self.accumulating:
                _append_text(self._answer, event)
            return event
        handler = self._on.get(kind)
        if handler is not None:
            handler(event)
        return event

    def _on_usage(self, event: StreamEvent) -> None:
        self.usage_event = event
        self.complete = True

    def _on_error(self, event: StreamEvent) -> None:
        raise StreamError(event)

    def _on_reasoning(self, event: StreamEvent) -> None:
        if self.accumulating:
            _append_text(self._reasoning, event)

    def _on_tool(self, event: StreamEvent) -> None:
        if self.accumulating:
            self._tool_calls.append(event)

    def _on_artifact(self, event: StreamEvent) -> None:
        value = event.get("artifact")
        if self.accumulating and isinstance(value, dict):
            self._artifacts.append(value)

    def _on_summary(self, event: StreamEvent) -> None:
        if self.accumulating and self._summary is None:
            self._summary = event

    def _note(self, event: StreamEvent) -> None:
        if self.request_id is None:
            value = event.get("request_id")
            if isinstance(value, str):
                self.request_id = value
        if self.model is None:
            value = event.get("model")
            if isinstance(value, str):
                self.model = value

    def incomplete(self) -> IncompleteStreamError:
        return IncompleteStreamError(
            self.result(),
            list(self.recent),
            events_received=self.count,
            request_id=self.request_id,
        )

    def finished(self) -> StreamResult:
        """The result of a stream read to its end; raises if it never completed."""
        if not self.complete:
            raise self.incomplete()
        return self.result()

    def result(self) -> StreamResult:
        """What arrived so far (the text only when accumulating)."""
        from fetch_hive_api.models.stream_result import StreamResult

        wire: dict[str, Any] = {
            "response": "".join(self._answer),
            "reasoning": "".join(self._reasoning),
            "events_received": self.count,
        }
        for key, value in (
            ("request_id", self.request_id),
            ("model", self.model),
            ("usage", self.usage_event.get("usage") if self.usage_event is not None else None),
            ("stop_reason", self.stop_reason()),
            ("summary", self._summary),
        ):
            if value is not None:
                wire[key] = value
        if self.accumulating:
            wire["tool_calls"] = list(self._tool_calls)
            wire["artifacts"] = list(self._artifacts)
        return StreamResult.from_dict(wire)

    def stop_reason(self) -> str | None:
        event = self.usage_event
        value = event.get("stop_reason") if event is not None else None
        return value if isinstance(value, str) else None


def _append_text(texts: list[str], event: StreamEvent) -> None:
    text = event.get("response")
    if isinstance(text, str):
        texts.append(text)


class StreamBase:
    """The read-only view of a stream shared by `Stream` and `AsyncStream`."""

    response: httpx.Response
    retries_taken: int
    _state: StreamState

    def _init(self, response: httpx.Response, retries_taken: int) -> None:
        self.response = response
        self.retries_taken = retries_taken
        self._state = StreamState()

    @property
    def http_response(self) -> httpx.Response:
        """The streaming `httpx.Response` (status, headers); as `response`."""
        return self.response

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """Rate-limit headers of the answer, when sent."""
        from ._rate_limit import RateLimitInfo

        return RateLimitInfo.from_headers(self.response.headers)

    def _whole_answer(self) -> StreamResult:
        """The `StreamResult` of a stream read to its end, with the stream's
        `http_response`, `retries_taken` and `rate_limit`."""
        result = self._state.finished()
        result._sdk_attach(ResponseInfo(self.response, self.retries_taken))
        return result

    @property
    def events_received(self) -> int:
        """How many events arrived so far (`[DONE]` not counted)."""
        return self._state.count

    @property
    def completed(self) -> bool:
        """True once the final `usage` event or `[DONE]` arrived."""
        return self._state.complete

    @property
    def usage_event(self) -> UsageEvent | None:
        """The final `usage` event; None until it arrived."""
        return self._state.usage_event  # type: ignore[return-value]

    @property
    def usage(self) -> Usage | None:
        """Token usage from the final `usage` event; None until it arrived."""
        event = self.usage_event
        return event.usage if event is not None else None

    @property
    def stop_reason(self) -> str | None:
        return self._state.stop_reason()

    @property
    def request_id(self) -> str | None:
        return self._state.request_id or self.response.headers.get("x-request-id")
