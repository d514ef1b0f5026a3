"""Streams in bounded memory: iterating keeps nothing already handed out, unless the caller
asked for the whole answer. Measured with tracemalloc (Python's own allocations), which
does not depend on the machine's load. The RSS figures, side by side with httpx-sse, are
in `make bench`."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from _wrapper_support import Recorder, invoke, make_client
from fetch_hive_sdk import FetchHiveError, IncompleteStreamError, StreamConsumedError

pytestmark = pytest.mark.anyio

MB = 1 << 20


class GeneratedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """`events` response events of `text_size` characters each, made as they are read (so
    the test itself holds none of them), then the final usage event unless `cut`."""

    def __init__(self, events: int, text_size: int, *, cut: bool = False) -> None:
        self.events, self.text_size, self.cut = events, text_size, cut

    def _chunks(self) -> Iterator[bytes]:
        for index in range(self.events):
            text = (f"{index:08d}" * (self.text_size // 8 + 1))[: self.text_size]
            event = {"type": "response", "request_id": "req_m", "model": "m", "response": text}
            yield f"data: {json.dumps(event)}\n\n".encode()
        if not self.cut:
            yield b'data: {"type": "usage", "usage": {"total_tokens": 1}}\n\n'

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


def _answer(stream: GeneratedStream) -> Recorder:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)

    return Recorder([handle])


async def _open(kind: str, body: GeneratedStream) -> object:
    client = make_client(kind, _answer(body))
    return await invoke(client, "invoke_prompt", deployment="p", streaming=True)


async def _read_each_text(stream: object) -> int:
    """What users do: read each event's text (a typed attribute)."""
    total = 0
    if hasattr(stream, "__aiter__"):
        async for event in stream:  # type: ignore[attr-defined]
            if event.type == "response":
                total += len(event.response)
    else:
        for event in stream:  # type: ignore[attr-defined]
            if event.type == "response":
                total += len(event.response)
    return total


async def test_iterating_50_mb_keeps_nothing(kind: str) -> None:
    body = GeneratedStream(events=50_000, text_size=1000)
    tracemalloc.start()
    try:
        stream = await _open(kind, body)
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = await _read_each_text(stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 50_000 * 1000
    assert stream.completed  # type: ignore[attr-defined]
    # 50 MB went through; what the stream held on to at any time stays small.
    assert peak - before < 4 * MB, f"peak grew by {(peak - before) / MB:.1f} MB"


async def test_until_done_keeps_the_whole_answer(kind: str) -> None:
    stream = await _open(kind, GeneratedStream(events=2_000, text_size=500))
    result = stream.until_done()  # type: ignore[attr-defined]
    result = await result if kind == "async" else result
    assert len(result.response) == 2_000 * 500 and result.events_received == 2_001
    assert result["response"] == result.response and result.usage.total_tokens == 1


async def test_accumulate_before_reading_keeps_the_text_too(kind: str) -> None:
    stream = await _open(kind, GeneratedStream(events=10, text_size=4))
    total = await _read_each_text(stream.accumulate())  # type: ignore[attr-defined]
    result = stream.until_done()  # type: ignore[attr-defined]
    result = await result if kind == "async" else result
    assert len(result.response) == total == 40


async def test_asking_for_the_whole_answer_after_reading_is_refused(kind: str) -> None:
    """One of the SDK's errors, saying what to do (and a RuntimeError, as it was)."""
    stream = await _open(kind, GeneratedStream(events=3, text_size=4))
    if kind == "async":
        await stream.__anext__()  # type: ignore[attr-defined]
        with pytest.raises(StreamConsumedError) as caught:
            await stream.until_done()  # type: ignore[attr-defined]
    else:
        next(stream)  # type: ignore[call-overload]
        with pytest.raises(StreamConsumedError) as caught:
            stream.until_done()  # type: ignore[attr-defined]
    assert isinstance(caught.value, FetchHiveError) and isinstance(caught.value, RuntimeError)
    assert str(caught.value).startswith("1 event(s) were already read without keeping them")
    assert "call accumulate() (or until_done()) before reading" in str(caught.value)
    with pytest.raises(StreamConsumedError):
        stream.accumulate()  # type: ignore[attr-defined]


async def test_a_cut_stream_says_what_arrived_without_keeping_it_all(kind: str) -> None:
    stream = await _open(kind, GeneratedStream(events=1_000, text_size=10, cut=True))
    with pytest.raises(IncompleteStreamError) as caught:
        await _read_each_text(stream)
    error = caught.value
    assert error.events_received == 1_000
    assert [event.response[:8] for event in error.events] == [
        f"{index:08d}" for index in range(995, 1_000)
    ]  # the last five
    assert error.partial.response == "" and error.request_id == "req_m"


async def test_a_cut_accumulating_stream_has_its_partial_text(kind: str) -> None:
    stream = await _open(kind, GeneratedStream(events=20, text_size=10, cut=True))
    stream.accumulate()  # type: ignore[attr-defined]
    with pytest.raises(IncompleteStreamError) as caught:
        await _read_each_text(stream)
    assert len(caught.value.partial.response) == 200
    assert caught.value.partial.events_received == 20
