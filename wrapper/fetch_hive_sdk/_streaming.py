"""`Stream` and `AsyncStream`: the typed events of one streamed answer.

A stream never ends quietly when something went wrong:
- an `error` event raises `StreamError` (with the provider's details, not HTTP 200);
- an answer that ends before its final `usage` event (or `data: [DONE]`) raises
  `IncompleteStreamError` holding what arrived;
- a transport failure while reading raises `APIConnectionError` (`APITimeoutError`).
Errors before the stream opened are the client's usual typed errors, after its retries;
once bytes have arrived nothing is retried.

The connection goes back to the pool when the stream ends, fails, is closed (`close()`,
`with`), or is dropped.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import connection_error, safe_cause
from ._errors import IncompleteStreamError, StreamError
from ._events import EVENT_TYPES, EventParser, GenericEvent, event_class, scan_once
from ._retry import RateLimitInfo
from ._sse import SSEDecoder

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from fetch_hive_api.models.artifact import Artifact
    from fetch_hive_api.models.summary_event import SummaryEvent
    from fetch_hive_api.models.tool_event import ToolEvent
    from fetch_hive_api.models.usage import Usage
    from fetch_hive_api.models.usage_event import UsageEvent

    from ._events import StreamEvent

__all__ = ["AsyncStream", "Stream", "StreamResult"]

DONE = "[DONE]"
_new = object.__new__
_set = object.__setattr__


@dataclass
class StreamResult:
    """The answer a stream added up to (`until_done()`, or `IncompleteStreamError.partial`)."""

    response: str
    """The answer text: every `response` chunk joined."""
    reasoning: str
    """The model's reasoning: every `reasoning` chunk joined ("" when none)."""
    usage: Usage | None
    stop_reason: str | None
    request_id: str | None
    model: str | None
    tool_calls: list[ToolEvent] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    summary: SummaryEvent | None = None
    events_received: int = 0


class _StreamState:
    """What the events of one stream add up to; shared by `Stream` and `AsyncStream`.

    Events are summed up as they pass, not kept: a long stream then costs no memory and
    no garbage-collector time per event it already delivered.
    """

    __slots__ = (
        "_answer",
        "_artifacts",
        "_classes",
        "_parse",
        "_reasoning",
        "_response_cls",
        "_summary",
        "_tool_calls",
        "complete",
        "model",
        "raw",
        "request_id",
        "usage_event",
    )

    def __init__(self) -> None:
        self._parse = EventParser()
        self._classes = {name: event_class(name) for name in EVENT_TYPES}
        self._response_cls = self._classes["response"]
        self._answer: list[str] = []
        self._reasoning: list[str] = []
        self._tool_calls: list[Any] = []
        self._artifacts: list[Any] = []
        self._summary: Any = None
        self.usage_event: StreamEvent | None = None
        self.complete = False  # the final usage event or [DONE] arrived
        # The `data:` texts, kept for IncompleteStreamError.events: strings cost the garbage
        # collector nothing, unlike 100,000 event objects.
        self.raw: list[str] = []
        self.request_id: str | None = None
        self.model: str | None = None

    def on_data(self, data: str) -> StreamEvent | None:
        """The event for one `data:` text; None for `[DONE]`. Raises on an `error` event."""
        if data == DONE:
            self.complete = True
            return None
        self.raw.append(data)
        # The hot path, inlined: a compact JSON `response` event.
        try:
            payload, end = scan_once(data, 0)
        except (StopIteration, ValueError):
            payload, end = None, -1
        if end == len(data) and type(payload) is dict and payload.get("type") == "response":
            event = _new(self._response_cls)
            _set(event, "_sdk_payload", payload)
            text = payload.get("response")
            if type(text) is str:
                self._answer.append(text)
            if self.request_id is None or self.model is None:
                self._note(payload)
            return event  # type: ignore[no-any-return]
        other: Any = self._parse(data)
        self._other(other)
        return other  # type: ignore[no-any-return]

    @property
    def count(self) -> int:
        return len(self.raw)

    def _other(self, event: Any) -> None:
        classes = self._classes
        kind = type(event)
        wire = event._wire()
        self._note(wire)
        if kind is classes["reasoning"]:
            text = wire.get("response")
            if type(text) is str:
                self._reasoning.append(text)
        elif kind is classes["usage"]:
            self.usage_event = event
            self.complete = True
        elif kind is classes["error"]:
            raise StreamError(event)
        elif kind is classes["tool"]:
            self._tool_calls.append(event)
        elif kind is classes["artifact"]:
            if not _unset(event.artifact):
                self._artifacts.append(event.artifact)
        elif kind is classes["summary"]:
            if self._summary is None:
                self._summary = event
        elif isinstance(event, GenericEvent):
            # A known type whose fields did not parse still counts.
            if event.type == "error":
                raise StreamError(event)
            if event.type == "usage":
                self.usage_event = event
                self.complete = True

    def _note(self, wire: dict[str, Any]) -> None:
        if self.request_id is None:
            value = wire.get("request_id")
            if type(value) is str:
                self.request_id = value
        if self.model is None:
            value = wire.get("model")
            if type(value) is str:
                self.model = value

    def incomplete(self) -> IncompleteStreamError:
        return IncompleteStreamError(self.result(), self.raw, request_id=self.request_id)

    def finished(self) -> StreamResult:
        """The result of a stream read to its end; raises if it never completed (closed
        early, or failed before)."""
        if not self.complete:
            raise self.incomplete()
        return self.result()

    def result(self) -> StreamResult:
        return StreamResult(
            response="".join(self._answer),
            reasoning="".join(self._reasoning),
            usage=self.usage(),
            stop_reason=self.stop_reason(),
            request_id=self.request_id,
            model=self.model,
            tool_calls=list(self._tool_calls),
            artifacts=list(self._artifacts),
            summary=self._summary,
            events_received=self.count,
        )

    def usage(self) -> Usage | None:
        event: Any = self.usage_event
        if type(event) is self._classes["usage"] and not _unset(event.usage):
            usage: Usage = event.usage
            return usage
        return None

    def stop_reason(self) -> str | None:
        event = self.usage_event
        value = event.to_dict().get("stop_reason") if event is not None else None
        return value if isinstance(value, str) else None


def _unset(value: object) -> bool:
    from fetch_hive_api.types import Unset

    return value is None or isinstance(value, Unset)


def _iterate(response: httpx.Response, state: _StreamState) -> Generator[StreamEvent, None, None]:
    # A function, not a method: the generator must not reference its Stream, so that
    # dropping the Stream frees both at once (no reference cycle waiting for the GC).
    decoder = SSEDecoder()
    on_data = state.on_data
    try:
        try:
            for chunk in response.iter_bytes():
                for sse in decoder.feed(chunk):
                    event = on_data(sse.data)
                    if event is None:
                        return
                    yield event
            for sse in decoder.flush():
                event = on_data(sse.data)
                if event is None:
                    return
                yield event
        except httpx.RequestError as exc:
            raise connection_error(exc, response.request) from safe_cause(exc)
        if not state.complete:
            raise state.incomplete()
    finally:
        response.close()


async def _aiterate(
    response: httpx.Response, state: _StreamState
) -> AsyncGenerator[StreamEvent, None]:
    decoder = SSEDecoder()
    on_data = state.on_data
    try:
        try:
            async for chunk in response.aiter_bytes():
                for sse in decoder.feed(chunk):
                    event = on_data(sse.data)
                    if event is None:
                        return
                    yield event
            for sse in decoder.flush():
                event = on_data(sse.data)
                if event is None:
                    return
                yield event
        except httpx.RequestError as exc:
            raise connection_error(exc, response.request) from safe_cause(exc)
        if not state.complete:
            raise state.incomplete()
    finally:
        await response.aclose()


class _StreamBase:
    response: httpx.Response
    _state: _StreamState

    def _init(self, response: httpx.Response, retries_taken: int) -> None:
        self.response = response
        self.retries_taken = retries_taken
        self._state = _StreamState()

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """Rate-limit headers of the answer, when sent."""
        return RateLimitInfo.from_headers(self.response.headers)

    @property
    def events_received(self) -> int:
        """How many events arrived so far (`[DONE]` not counted)."""
        return self._state.count

    @property
    def completed(self) -> bool:
        """True once the final `usage` event or `[DONE]` arrived."""
        return self._state.complete

    @property
    def usage(self) -> Usage | None:
        """Token usage from the final `usage` event; None until it arrived."""
        return self._state.usage()

    @property
    def usage_event(self) -> UsageEvent | None:
        event = self._state.usage_event
        return event if type(event) is event_class("usage") else None

    @property
    def stop_reason(self) -> str | None:
        return self._state.stop_reason()

    @property
    def request_id(self) -> str | None:
        return self._state.request_id or self.response.headers.get("x-request-id")


class Stream(_StreamBase):
    """The events of a streamed prompt or agent answer, as they arrive.

    ```python
    with client.invoke_prompt(deployment="greeter", streaming=True) as stream:
        for text in stream.text_deltas():
            print(text, end="", flush=True)
    print(stream.usage)
    ```
    """

    def __init__(self, response: httpx.Response, *, retries_taken: int = 0) -> None:
        self._init(response, retries_taken)
        self._iterator: Generator[StreamEvent, None, None] = _iterate(response, self._state)

    # The stream is its own iterator, so that `for event in client.invoke_prompt(...)`
    # keeps it alive while the loop runs, and dropping it afterwards closes it.
    def __iter__(self) -> Self:
        return self

    def __next__(self) -> StreamEvent:
        return self._iterator.__next__()

    def text_deltas(self) -> Iterator[str]:
        """The answer's text chunks only (no reasoning, tools or usage)."""
        response_cls = event_class("response")
        for event in self._iterator:
            if type(event) is response_cls and isinstance(event.response, str):
                yield event.response

    def until_done(self) -> StreamResult:
        """Read the rest of the stream; return the whole answer.

        Raises `IncompleteStreamError` when the stream cannot complete any more (it was
        closed early, or already failed)."""
        for _ in self._iterator:
            pass
        return self._state.finished()

    def close(self) -> None:
        """Stop reading and give the connection back. Safe to call twice."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # Dropped without being read to the end: free the pooled connection now.
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            response.close()

    def __repr__(self) -> str:
        return f"<Stream events_received={self._state.count} completed={self.completed}>"


_CLOSING: set[Any] = set()  # tasks closing dropped async streams (kept alive until done)


class AsyncStream(_StreamBase):
    """`Stream` for `AsyncFetchHive`: `async for`, `async with`, `await stream.close()`."""

    def __init__(self, response: httpx.Response, *, retries_taken: int = 0) -> None:
        self._init(response, retries_taken)
        self._iterator: AsyncGenerator[StreamEvent, None] = _aiterate(response, self._state)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> StreamEvent:
        return await self._iterator.__anext__()

    async def text_deltas(self) -> AsyncIterator[str]:
        """The answer's text chunks only (no reasoning, tools or usage)."""
        response_cls = event_class("response")
        async for event in self._iterator:
            if type(event) is response_cls and isinstance(event.response, str):
                yield event.response

    async def until_done(self) -> StreamResult:
        """Read the rest of the stream; return the whole answer.

        Raises `IncompleteStreamError` when the stream cannot complete any more (it was
        closed early, or already failed)."""
        async for _ in self._iterator:
            pass
        return self._state.finished()

    async def close(self) -> None:
        """Stop reading and give the connection back. Safe to call twice."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __del__(self) -> None:
        # Dropped unread: closing needs the event loop, so schedule it there (asyncio).
        # A stream that was being iterated is also closed by the loop's async-generator
        # finalizer; closing twice is harmless.
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        asyncio = sys.modules.get("asyncio")
        if asyncio is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(response.aclose())
        _CLOSING.add(task)
        task.add_done_callback(_CLOSING.discard)

    def __repr__(self) -> str:
        return f"<AsyncStream events_received={self._state.count} completed={self.completed}>"
