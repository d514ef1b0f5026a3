"""No connection leaks, proven on real sockets: a pool of ONE connection survives many
streams that are abandoned early in every way. After each way, the pool is checked
directly: no connection may still be held by a response (the async client closes a
dropped stream on the event loop, so the test waits for that, bounded); the next request
then needs the one connection."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from _conditions import until
from _local_server import base_url, local_server
from fetch_hive_sdk import AsyncFetchHive, FetchHive, IncompleteStreamError, StreamError

pytestmark = pytest.mark.anyio

EVENTS = 3000  # several socket reads' worth: the client stops long before the end
ROUNDS = 4
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
# A leak is caught by `held()` below; the pool timeout is only a backstop (a leaked
# connection would make the next request fail with a pool timeout), not a time window.
TIMEOUT = httpx.Timeout(10.0)


def held(http: httpx.Client | httpx.AsyncClient) -> int:
    """Connections of the client's pool that a response still holds: neither idle (back
    in the pool) nor closed (dropped from it)."""
    pool = http._transport._pool  # type: ignore[union-attr]  # httpcore's pool: public `connections`
    return sum(
        1 for connection in pool.connections if not (connection.is_idle() or connection.is_closed())
    )


def assert_released(http: httpx.Client, after: str) -> None:
    assert held(http) == 0, f"{after}: the stream's connection was not released"


async def released(http: httpx.AsyncClient, after: str) -> None:
    """A dropped async stream is closed by a task on the event loop: wait for it (bounded)."""
    await until(lambda: held(http) == 0, f"{after}: the stream's connection was not released")


def sse_responder(tail: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    event = json.dumps({"type": "response", "response": "word "}).encode()
    body = b"".join(b"data: " + event + b"\n\n" for _ in range(EVENTS)) + tail

    def respond(handler: BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/workflow/invoke"):
            answer = json.dumps(
                {"request_id": "r", "run_status": "completed", "output": "ok"}
            ).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(answer)))
            handler.end_headers()
            handler.wfile.write(answer)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return respond


USAGE_TAIL = b'data: {"type": "usage", "usage": {"total_tokens": 1}}\n\n'
ERROR_TAIL = b'data: {"type": "error", "message": "provider failed", "status_code": 502}\n\n'


def test_sync_streams_abandoned_in_every_way_leak_nothing() -> None:
    with local_server(sse_responder(USAGE_TAIL)) as server:
        http = httpx.Client(limits=ONE_CONNECTION)
        client = FetchHive("fhk_pool", base_url=base_url(server), http_client=http, timeout=TIMEOUT)
        for _ in range(ROUNDS):
            with client.invoke_prompt(deployment="p", streaming=True) as stream:
                for _ in stream:
                    break  # leave the loop early inside `with`
            assert_released(http, "a loop left early inside `with`")
            for _ in client.invoke_prompt(deployment="p", streaming=True):
                break  # leave the loop early, stream dropped
            assert_released(http, "a loop left early, the stream dropped")
            stream = client.invoke_agent(agent="a", message="m", streaming=True)
            del stream  # never iterated
            assert_released(http, "a stream dropped unread")
            stream = client.invoke_prompt(deployment="p", streaming=True)
            next(stream)
            stream.close()
            assert_released(http, "close() after one event")
            with pytest.raises(RuntimeError):
                for _ in client.invoke_prompt(deployment="p", streaming=True):
                    raise RuntimeError("the caller's own error inside the loop")
            assert_released(http, "the caller's error inside the loop")
            assert client.invoke_prompt(deployment="p", streaming=True).until_done().usage
            assert_released(http, "until_done()")
        gc.collect()
        # Still one usable connection: a normal call goes through.
        assert client.invoke_workflow(deployment="w")["output"] == "ok"
        http.close()


def test_sync_failed_streams_leak_nothing() -> None:
    for tail, error in ((ERROR_TAIL, StreamError), (b"", IncompleteStreamError)):
        with local_server(sse_responder(tail)) as server:
            http = httpx.Client(limits=ONE_CONNECTION)
            client = FetchHive(
                "fhk_pool", base_url=base_url(server), http_client=http, timeout=TIMEOUT
            )
            for _ in range(ROUNDS):
                with pytest.raises(error):
                    client.invoke_prompt(deployment="p", streaming=True).until_done()
                assert_released(http, f"a stream that failed with {error.__name__}")
            assert client.invoke_workflow(deployment="w")["output"] == "ok"
            http.close()


async def test_async_streams_abandoned_in_every_way_leak_nothing() -> None:
    with local_server(sse_responder(USAGE_TAIL)) as server:
        http = httpx.AsyncClient(limits=ONE_CONNECTION)
        client = AsyncFetchHive(
            "fhk_pool", base_url=base_url(server), http_client=http, timeout=TIMEOUT
        )
        for _ in range(ROUNDS):
            async with await client.invoke_prompt(deployment="p", streaming=True) as stream:
                async for _ in stream:
                    break
            await released(http, "a loop left early inside `async with`")
            async for _ in await client.invoke_prompt(deployment="p", streaming=True):
                break
            await released(http, "a loop left early, the stream dropped")
            stream = await client.invoke_agent(agent="a", message="m", streaming=True)
            del stream
            gc.collect()
            await released(http, "a stream dropped unread")
            stream = await client.invoke_prompt(deployment="p", streaming=True)
            await stream.__anext__()
            await stream.close()
            await released(http, "close() after one event")
            assert (
                await (await client.invoke_prompt(deployment="p", streaming=True)).until_done()
            ).usage
            await released(http, "until_done()")
        assert (await client.invoke_workflow(deployment="w"))["output"] == "ok"
        await http.aclose()


async def test_async_failed_streams_leak_nothing() -> None:
    for tail, error in ((ERROR_TAIL, StreamError), (b"", IncompleteStreamError)):
        with local_server(sse_responder(tail)) as server:
            http = httpx.AsyncClient(limits=ONE_CONNECTION)
            client = AsyncFetchHive(
                "fhk_pool", base_url=base_url(server), http_client=http, timeout=TIMEOUT
            )
            for _ in range(ROUNDS):
                with pytest.raises(error):
                    await (await client.invoke_prompt(deployment="p", streaming=True)).until_done()
                await released(http, f"a stream that failed with {error.__name__}")
            assert (await client.invoke_workflow(deployment="w"))["output"] == "ok"
            await http.aclose()
