"""Contestants for the streaming benchmarks: the same SSE bytes, each contestant doing the
work users do with them (reading each event's text).

Workloads (`workload=`), delivered to an `httpx.Response` in 64 KiB chunks (what a socket
read gives):
- `small`: 100,000 `response` events of about 130 bytes, then `usage` and `[DONE]`;
- `big`: one 8 MiB `response` event, then `usage` and `[DONE]`;
- `huge`: 200 MB of 1 KiB `response` events, made while they are read (nothing holds the
  whole stream), for the memory figures.

`read=` says what each event costs the reader:
- `typed`: `if event.type == "response": event.response` (this SDK's typed attributes);
- `mapping`: `if event["type"] == "response": event["response"]` (the documented dicts);
- `text_deltas`: this SDK's `stream.text_deltas()`;
- `none`: iterate only (extra information, not a target).
Other contestants read each event's JSON the same way (`data.get("type")`, then
`data["response"]`).

A measurement returns `seconds` (time to consume the stream), `events`, and `rss_growth`
(the peak resident memory above what the process held before the stream, in bytes).
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

CHUNK = 64 * 1024
# `run_all.py --quick` (checking the harness) sets FETCH_HIVE_BENCH_QUICK: tiny workloads.
QUICK = bool(os.environ.get("FETCH_HIVE_BENCH_QUICK"))
SMALL_EVENTS = 2_000 if QUICK else 100_000
BIG_EVENT_BYTES = (256 if QUICK else 8 * 1024) * 1024
HUGE_BYTES = (4 if QUICK else 200) * 1024 * 1024
HUGE_TEXT = 1024
WORDS = ("Fetch", "Hive", "streams", "answers", "token", "by", "token.")


def _event(text: str) -> bytes:
    event = {
        "type": "response",
        "request_id": "req_019d52846ea37682b03522fd0695cc43",
        "model": "gpt-5-nano-2025-08-07",
        "response": text,
    }
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


def _tail() -> bytes:
    usage = {
        "type": "usage",
        "request_id": "req_019d52846ea37682b03522fd0695cc43",
        "usage": {
            "duration": 1.5,
            "prompt_tokens": {"total_tokens": 10, "cached_tokens": 0},
            "completion_tokens": {"total_tokens": SMALL_EVENTS, "reasoning_tokens": 0},
            "total_tokens": SMALL_EVENTS + 10,
        },
        "stop_reason": "completed",
    }
    return b"data: " + json.dumps(usage).encode() + b"\n\ndata: [DONE]\n\n"


def _rechunk(pieces: Iterable[bytes]) -> Iterator[bytes]:
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)


def _small() -> list[bytes]:
    events = (_event(WORDS[i % len(WORDS)] + " ") for i in range(SMALL_EVENTS))
    return list(_rechunk([*events, _tail()]))


def _big() -> list[bytes]:
    return list(_rechunk([_event("x" * BIG_EVENT_BYTES), _tail()]))


def _huge() -> Iterator[bytes]:
    one = _event("y" * HUGE_TEXT)
    return _rechunk([*([one] * (HUGE_BYTES // len(one))), _tail()])


def _chunks(workload: str) -> Callable[[], Iterable[bytes]]:
    """A function giving the workload's chunks anew for each measurement."""
    if workload == "huge":
        return _huge  # made while read
    made = _small() if workload == "small" else _big()
    return lambda: made


def _response(chunks: Iterable[bytes]) -> Any:
    import httpx

    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        content=iter(chunks),
        request=httpx.Request("POST", "https://api.fetchhive.com/v1/prompt/invoke"),
    )


def _rss_now() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def _measured(consume: Callable[[], int]) -> dict[str, float]:
    before = _rss_now()
    started = time.perf_counter()
    events = consume()
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
    return {"seconds": seconds, "events": events, "rss_growth": max(peak - before, 0)}


def sdk(workload: str, read: str) -> Callable[[], dict[str, float]]:
    """This SDK: `FetchHive.invoke_prompt(streaming=True)` over `httpx.MockTransport`: SSE
    decoding, JSON, typed events and the stream's checks (error events, completeness)."""
    import httpx
    from fetch_hive_sdk import FetchHive

    chunks = _chunks(workload)
    transport = httpx.MockTransport(lambda request: _response(chunks()))
    client = FetchHive("fhk_bench", http_client=httpx.Client(transport=transport))

    def consume() -> int:
        count = 0
        with client.invoke_prompt(deployment="bench", streaming=True) as stream:
            if read == "text_deltas":
                for _text in stream.text_deltas():
                    count += 1
                return count + 1  # and the usage event
            for event in stream:
                count += 1
                if read == "typed":
                    if event.type == "response":
                        event.response  # noqa: B018
                elif read == "mapping" and event["type"] == "response":
                    event["response"]
        return count

    return lambda: _measured(consume)


def httpx_sse(workload: str, read: str = "mapping") -> Callable[[], dict[str, float]]:
    """httpx-sse: `EventSource(response).iter_sse()`, `json.loads(event.data)`."""
    from httpx_sse import EventSource

    chunks = _chunks(workload)

    def consume() -> int:
        count = 0
        for sse in EventSource(_response(chunks())).iter_sse():
            if sse.data == "[DONE]":
                break
            data = json.loads(sse.data)
            count += 1
            if read != "none" and data.get("type") == "response":
                data["response"]
        return count

    return lambda: _measured(consume)


def old_sdk(workload: str, read: str = "mapping") -> Callable[[], dict[str, float]]:
    """fetch-hive-sdk 0.4.1: `fetch_hive_sdk.streaming.iter_sse(response)` (dicts)."""
    import fetch_hive_sdk
    from fetch_hive_sdk.streaming import iter_sse  # 0.4.1, first on the path

    assert ".vendor" in fetch_hive_sdk.__file__, fetch_hive_sdk.__file__
    chunks = _chunks(workload)

    def consume() -> int:
        count = 0
        for chunk in iter_sse(_response(chunks())):
            count += 1
            if read != "none" and chunk.get("type") == "response":
                chunk.get("response")
        return count

    return lambda: _measured(consume)
