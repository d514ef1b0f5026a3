"""No connection leaks, proven on real sockets: a pool of ONE connection survives many
streams that are abandoned early in every way; a leaked connection would make the next
request wait for the pool and fail with a pool timeout."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import anyio
import httpx
import pytest
from _local_server import base_url, local_server
from fetch_hive_sdk import AsyncFetchHive, FetchHive, IncompleteStreamError, StreamError

pytestmark = pytest.mark.anyio

EVENTS = 3000  # several socket reads' worth: the client stops long before the end
ROUNDS = 4
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
# A leaked connection shows up as a pool timeout (an APITimeoutError) within a second.
TIMEOUT = httpx.Timeout(10.0, pool=1.0)


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
            for _ in client.invoke_prompt(deployment="p", streaming=True):
                break  # leave the loop early, stream dropped
            stream = client.invoke_agent(agent="a", message="m", streaming=True)
            del stream  # never iterated
            stream = client.invoke_prompt(deployment="p", streaming=True)
            next(stream)
            stream.close()
            with pytest.raises(RuntimeError):
                for _ in client.invoke_prompt(deployment="p", streaming=True):
                    raise RuntimeError("the caller's own error inside the loop")
            assert client.invoke_prompt(deployment="p", streaming=True).until_done().usage
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
            async for _ in await client.invoke_prompt(deployment="p", streaming=True):
                break
            stream = await client.invoke_agent(agent="a", message="m", streaming=True)
            del stream
            gc.collect()
            await anyio.sleep(0.01)  # a dropped async stream is closed on the event loop
            stream = await client.invoke_prompt(deployment="p", streaming=True)
            await stream.__anext__()
            await stream.close()
            assert (
                await (await client.invoke_prompt(deployment="p", streaming=True)).until_done()
            ).usage
        gc.collect()
        await anyio.sleep(0.01)
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
            assert (await client.invoke_workflow(deployment="w"))["output"] == "ok"
            await http.aclose()
