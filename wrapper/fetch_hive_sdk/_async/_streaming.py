"""`AsyncStream`: the typed events of one streamed answer, as they arrive.

The one source of the streaming loop: `scripts/unasync.py` writes the sync one from it.

A stream never ends quietly when something went wrong:
- an `error` event raises `StreamError` (with the provider's details, not HTTP 200);
- an answer that ends before its final `usage` event (or `data: [DONE]`) raises
  `IncompleteStreamError`, saying what arrived;
- a transport failure while reading raises `APIConnectionError` (`APITimeoutError`).
Errors before the stream opened are the client's usual typed errors, after its retries;
once bytes have arrived nothing is retried.

Memory stays bounded: events are not kept once handed out, unless the whole answer was
asked for (`until_done()`, or `accumulate()` before reading).

The connection goes back to the pool when the stream ends, fails, is closed (`close()`,
`with`), or is dropped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

from .._base_client import connection_error, make_status_error, safe_cause
from .._events import parse_stream_event
from .._sse import SSEDecoder
from .._stream_cleanup import aclose_when_dropped
from .._stream_state import DONE, StreamBase, StreamState

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from fetch_hive_api.models.stream_result import StreamResult

    from .._events import StreamEvent
    from .._hooks import Observed

__all__ = ["AsyncStream", "aiter_sse"]


async def aiter_sse(response: httpx.Response) -> AsyncIterator[StreamEvent]:
    """The events of a streaming `httpx.Response` you opened yourself, up to `data: [DONE]`
    (fetch-hive-sdk 0.4.1's helper, see `fetch_hive_sdk.streaming`)."""
    if not response.is_success:
        await response.aread()
        raise make_status_error(response, 0)
    decoder = SSEDecoder()
    async for chunk in response.aiter_bytes():
        for data in decoder.feed_data(chunk):
            if data == DONE:
                return
            yield parse_stream_event(data)
    for sse in decoder.flush():
        if sse.data == DONE:
            return
        yield parse_stream_event(sse.data)


async def _aiterate(response: httpx.Response, state: StreamState) -> AsyncIterator[StreamEvent]:
    # A function, not a method: the generator must not reference its stream, so that
    # dropping the stream frees both at once (no reference cycle waiting for the GC).
    decoder = SSEDecoder()
    on_data = state.on_data
    try:
        try:
            async for chunk in response.aiter_bytes():
                for data in decoder.feed_data(chunk):
                    event = on_data(data)
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


async def _aobserved(
    events: AsyncIterator[StreamEvent], state: StreamState, observed: Observed
) -> AsyncIterator[StreamEvent]:
    """`events`, told to the call's hooks: the first event, and the end (completed, failed,
    or closed early). Only for a client with hooks: the plain loop above pays nothing."""
    error: BaseException | None = None
    try:
        async for event in events:
            if observed.call.first_event_seconds is None:
                observed.first_event()
            yield event
    except GeneratorExit:  # closed early by the caller: not a failure
        raise
    except BaseException as exc:
        error = exc
        raise
    finally:
        await events.aclose()  # type: ignore[attr-defined]
        observed.call.events_received = state.count
        usage = state.usage_event.get("usage") if state.usage_event is not None else None
        result = {"usage": usage, "request_id": state.request_id, "model": state.model}
        observed.end(result=result, error=error)


class AsyncStream(StreamBase):
    """The events of a streamed prompt or agent answer, as they arrive.

    ```python
    async with await client.invoke_prompt(deployment="greeter", streaming=True) as stream:
        async for text in stream.text_deltas():
            print(text, end="", flush=True)
    print(stream.usage)
    ```
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        retries_taken: int = 0,
        observed: Observed | None = None,
    ) -> None:
        self._init(response, retries_taken)
        self._iterator = _aiterate(response, self._state)
        if observed is not None:
            self._iterator = _aobserved(self._iterator, self._state, observed)
        aclose_when_dropped(self._iterator, response)

    # A loop iterates the generator itself (no extra call per event). The generator owns
    # the connection (see _stream_cleanup.py), so the stream object may be dropped
    # meanwhile (`for event in client.invoke_prompt(...)`).
    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self._iterator

    async def __anext__(self) -> StreamEvent:
        return await self._iterator.__anext__()

    async def text_deltas(self) -> AsyncIterator[str]:
        """The answer's text chunks only (no reasoning, tools or usage)."""
        response_type = self._state.response_type
        async for event in self._iterator:
            if type(event) is response_type:
                text = event.get("response")
                if isinstance(text, str):
                    yield text

    def accumulate(self) -> Self:
        """Keep the answer's text, tool calls and artifacts while reading, for
        `until_done()` and `IncompleteStreamError.partial`. Call it before reading."""
        self._state.accumulate()
        return self

    async def until_done(self) -> StreamResult:
        """Read the rest of the stream; return the whole answer (a `StreamResult`).

        Call it before reading events, or call `accumulate()` first: a stream does not
        keep the events it already handed out. Raises `IncompleteStreamError` when the
        stream cannot complete any more (it was closed early, or already failed).
        """
        self._state.accumulate()
        async for _ in self._iterator:
            pass
        return self._whole_answer()

    async def close(self) -> None:
        """Stop reading and give the connection back. Safe to call twice."""
        await self._iterator.aclose()  # type: ignore[attr-defined]
        await self.response.aclose()

    # unasync: async-only
    async def aclose(self) -> None:
        """`close()`, under the name async libraries expect."""
        await self.close()

    # unasync: end
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} events_received={self._state.count} "
            f"completed={self.completed}>"
        )
