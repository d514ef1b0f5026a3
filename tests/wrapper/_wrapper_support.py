"""Helpers for the wrapper tests: clients over `httpx.MockTransport`, sync and async alike.

`invoke(client, name, **kwargs)` calls a method on either client.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from fetch_hive_sdk import AsyncFetchHive, FetchHive

API_KEY = "fhk_test_0123456789abcdef_SECRET"
BASE_URL = "https://api.test.fetchhive.invalid/v1"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """Answers requests from a queue of handlers (the last one repeats) and keeps them."""

    handlers: list[Handler]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.handlers)) - 1
        return self.handlers[index](request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def reply(status: int = 200, body: Any = None, **headers: str) -> Handler:
    """A handler answering `status` with a JSON `body` (or raw bytes/str)."""

    def handle(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes | str):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handle


def fail_with(exc: type[httpx.TransportError]) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        raise exc("simulated", request=request)

    return handle


@dataclass
class Sleeps:
    """Records the waits of the retry loop instead of sleeping."""

    delays: list[float] = field(default_factory=list)

    def sync(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.delays.append(seconds)


def make_client(
    kind: str, recorder: Recorder, sleeps: Sleeps | None = None, **options: Any
) -> FetchHive | AsyncFetchHive:
    options.setdefault("api_key", API_KEY)
    options.setdefault("base_url", BASE_URL)
    transport = httpx.MockTransport(recorder)
    client: FetchHive | AsyncFetchHive
    if kind == "sync":
        client = FetchHive(http_client=httpx.Client(transport=transport), **options)
        if sleeps is not None:
            client._sleep = sleeps.sync  # type: ignore[method-assign]
    else:
        client = AsyncFetchHive(http_client=httpx.AsyncClient(transport=transport), **options)
        if sleeps is not None:
            client._sleep = sleeps.async_  # type: ignore[method-assign]
    return client


async def invoke(client: FetchHive | AsyncFetchHive, name: str, *args: Any, **kwargs: Any) -> Any:
    """Call `client.<name>(...)`, awaiting it on the async client."""
    result = getattr(client, name)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


class ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent in the given chunks, optionally failing after them; records
    whether the SDK closed it (the connection's release, on a real transport)."""

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.closed = False
        self.chunks_read = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.chunks_read += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.chunks_read += 1
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_body(*events: Any, done: bool = True) -> bytes:
    """`data:` lines for JSON events (dicts) or raw texts (str), then `[DONE]`."""
    lines = [
        f"data: {event if isinstance(event, str) else json.dumps(event)}\n\n" for event in events
    ]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def sse_reply(stream: ChunkStream, status: int = 200) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"content-type": "text/event-stream"}, stream=stream)

    return handle


# Resource ids of the namespace tests (UUIDs, as the API's are).
WS = "6f1f4c1e-0d7a-4b6e-9d3c-2a1b0c9d8e7f"
KB = "0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"
ITEM = "1c7e7b4f-ac0e-4d2f-9a5b-4e3d2c1b0a9f"
AGENT = "2d8f8c5a-bd1f-4e3a-8b6c-5f4e3d2c1b0a"
CHAT = "3e9a9d6b-ce2a-4f4b-9c7d-6a5f4e3d2c1b"
