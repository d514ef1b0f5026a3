"""`AioHttpClient` (httpx over aiohttp) keeps every guarantee of the SDK, side by side with
httpx's own transport: timeouts of each kind, typed connection errors and the retry rules
they drive, a body cut short surfacing as an error, cancellation releasing the connection,
bounded memory on a large stream. Real sockets on 127.0.0.1, each server stopped by its test.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
from _local_server import base_url, json_responder, local_server
from fetch_hive_sdk import (
    AioHttpClient,
    APIConnectionError,
    APITimeoutError,
    AsyncFetchHive,
    IncompleteStreamError,
    InputValidationError,
    _aiohttp_client,
    _base_client,
)

pytestmark = pytest.mark.anyio

MB = 1 << 20
PROMPT_ANSWER = {"request_id": "req_t", "response": "hi", "usage": {"total_tokens": 3}}
USAGE_EVENT = b'data: {"type": "usage", "usage": {"total_tokens": 1}}\n\n'


# A raw TCP server: each connection handled by a function, in a thread of its own ----------


class RawServer:
    """Listens on 127.0.0.1; `handle(server, conn)` serves each connection. Counts the
    requests read and notes when a client closed its connection."""

    def __init__(self, handle: Callable[[RawServer, socket.socket], None]) -> None:
        self.handle = handle
        self.requests = 0
        self.heads: list[bytes] = []  # each request's line and headers
        self.got_request = threading.Event()
        self.client_closed = threading.Event()
        self.stopping = False
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.05)  # accept() wakes up to see `stopping`
        self.port: int = self.listener.getsockname()[1]
        self.threads: list[threading.Thread] = []

    def serve(self) -> None:
        while not self.stopping:
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            thread = threading.Thread(target=self._connection, args=(conn,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def _connection(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # a client that went away: expected here
            self.handle(self, conn)

    def read_request(self, conn: socket.socket) -> bool:
        """Read one request (head and body); False when the client closed instead."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                self.client_closed.set()
                return False
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        self.heads.append(head)
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            body += conn.recv(65536)
        self.requests += 1
        self.got_request.set()
        return True

    def wait_for_close(self, conn: socket.socket) -> None:
        """Hold the connection without answering until the client closes it."""
        conn.settimeout(10)
        while True:
            try:
                if not conn.recv(65536):
                    break
            except TimeoutError:
                if self.stopping:
                    return
        self.client_closed.set()


@contextmanager
def raw_server(handle: Callable[[RawServer, socket.socket], None]) -> Iterator[RawServer]:
    server = RawServer(handle)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping = True
        thread.join(timeout=5)
        server.listener.close()


def answer_json(conn: socket.socket, body: dict[str, Any] = PROMPT_ANSWER) -> None:
    data = json.dumps(body).encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: req_t\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(data), data)
    )


def stream_head(conn: socket.socket) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    )


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def event(text: str) -> bytes:
    body = {"type": "response", "request_id": "req_t", "model": "m", "response": text}
    return f"data: {json.dumps(body)}\n\n".encode()


# Clients over either transport ------------------------------------------------------------


@pytest.fixture(params=["httpx", "aiohttp"])
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@asynccontextmanager
async def client_on(
    transport: str, port: int, *, limits: httpx.Limits | None = None, **settings: Any
) -> AsyncIterator[AsyncFetchHive]:
    pool = {"limits": limits} if limits is not None else {}
    http = AioHttpClient(**pool) if transport == "aiohttp" else httpx.AsyncClient(**pool)
    settings.setdefault("max_retries", 0)
    async with (
        http,
        AsyncFetchHive("fhk_test", f"http://127.0.0.1:{port}/v1", http_client=http, **settings) as client,
    ):  # fmt: skip
        yield client


async def wait(event: threading.Event) -> bool:
    return await asyncio.to_thread(event.wait, 10)


# Timeouts ------------------------------------------------------------------------------------


def stall(server: RawServer, conn: socket.socket) -> None:
    if server.read_request(conn):
        server.wait_for_close(conn)


async def test_a_read_timeout_is_an_api_timeout_error(transport: str) -> None:
    with raw_server(stall) as server:
        async with client_on(transport, server.port) as client:
            with pytest.raises(APITimeoutError) as caught:
                await client.invoke_prompt(deployment="p", timeout=0.3)
    assert "to answer (ReadTimeout)" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


async def test_a_stream_that_stalls_times_out_while_read(transport: str) -> None:
    def first_event_then_stall(server: RawServer, conn: socket.socket) -> None:
        if server.read_request(conn):
            stream_head(conn)
            conn.sendall(chunk(event("one")))
            server.wait_for_close(conn)

    with raw_server(first_event_then_stall) as server:
        async with client_on(transport, server.port) as client:
            stream = await client.invoke_prompt(deployment="p", streaming=True, timeout=0.3)
            texts = []
            with pytest.raises(APITimeoutError):
                async for text in stream.text_deltas():
                    texts.append(text)
    assert texts == ["one"]


async def test_a_connect_timeout_is_never_a_read_timeout(
    transport: str, unanswered_port: int
) -> None:
    async with client_on(transport, unanswered_port) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.get_request("req_1", timeout=httpx.Timeout(10, connect=0.3))
    assert "Timed out connecting to 127.0.0.1" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)


async def test_waiting_for_a_free_connection_has_the_pool_timeout(transport: str) -> None:
    def answer_streams(server: RawServer, conn: socket.socket) -> None:
        while server.read_request(conn):
            stream_head(conn)
            conn.sendall(chunk(event("held")))
            server.wait_for_close(conn)

    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with raw_server(answer_streams) as server:
        async with client_on(
            transport, server.port, limits=one, max_concurrent_requests=None
        ) as client:
            held = await client.invoke_prompt(deployment="p", streaming=True)  # holds it
            with pytest.raises(APITimeoutError) as caught:
                await client.get_request("req_1", timeout=httpx.Timeout(10, pool=0.3))
            await held.close()
    assert "waiting for a free connection" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)


# Connection errors and the retry rules they drive -------------------------------------------


async def test_a_refused_connection_is_a_connect_error_and_is_retried(
    transport: str, closed_port: int
) -> None:
    delays: list[float] = []

    async def no_sleep(seconds: float) -> None:
        delays.append(seconds)

    async with client_on(transport, closed_port, max_retries=1) as client:
        client._sleep = no_sleep  # type: ignore[method-assign]
        with pytest.raises(APIConnectionError) as caught:
            # An invoke: retried only because nothing was sent.
            await client.invoke_workflow(deployment="w")
    assert not isinstance(caught.value, APITimeoutError)
    assert "Could not connect to 127.0.0.1" in str(caught.value)
    assert "refused" in str(caught.value).lower()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(delays) == 1 and caught.value.retries_taken == 1


async def test_a_disconnect_after_sending_an_invoke_is_not_retried(transport: str) -> None:
    # The request may have started the run: the invoke must not be sent twice.
    def read_then_close(server: RawServer, conn: socket.socket) -> None:
        server.read_request(conn)

    with raw_server(read_then_close) as server:
        async with client_on(transport, server.port, max_retries=2) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.invoke_workflow(deployment="w")
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError | httpx.ReadError)
    assert server.requests == 1 and caught.value.retries_taken == 0


async def test_a_json_answer_cut_short_is_an_error(transport: str) -> None:
    def cut(server: RawServer, conn: socket.socket) -> None:
        if server.read_request(conn):
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b'Content-Length: 100\r\n\r\n{"request_id": "req_t"'
            )

    with raw_server(cut) as server:
        async with client_on(transport, server.port) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.invoke_prompt(deployment="p")
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize("framing", ["chunked", "close-delimited"])
async def test_a_stream_whose_connection_drops_is_an_error(transport: str, framing: str) -> None:
    def two_events_then_drop(server: RawServer, conn: socket.socket) -> None:
        if not server.read_request(conn):
            return
        if framing == "chunked":
            stream_head(conn)
            conn.sendall(chunk(event("a")) + chunk(event("b")))
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n")
            conn.sendall(event("a") + event("b"))
        conn.shutdown(socket.SHUT_RDWR)

    with raw_server(two_events_then_drop) as server:
        async with client_on(transport, server.port) as client:
            stream = await client.invoke_prompt(deployment="p", streaming=True)
            texts = []
            # Chunked framing: the transport sees the cut; close-delimited: only the missing
            # final event tells. Either way an error, never a quiet end.
            expected = APIConnectionError if framing == "chunked" else IncompleteStreamError
            with pytest.raises(expected):
                async for text in stream.text_deltas():
                    texts.append(text)
    assert texts == ["a", "b"]


# Cancellation ------------------------------------------------------------------------------


async def test_a_cancelled_call_releases_its_connection(transport: str) -> None:
    def stall_first_then_answer(server: RawServer, conn: socket.socket) -> None:
        if server.requests == 0:
            stall(server, conn)
            return
        while server.read_request(conn):
            answer_json(conn)

    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with raw_server(stall_first_then_answer) as server:
        async with client_on(
            transport, server.port, limits=one, max_concurrent_requests=None
        ) as client:
            call = asyncio.ensure_future(client.invoke_prompt(deployment="p"))
            assert await wait(server.got_request)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            assert await wait(server.client_closed)  # the half-used connection is closed
            # ...and the only connection of the pool is free again, and again after each
            # answer.
            free_soon = httpx.Timeout(5, pool=2)
            results = [await client.invoke_prompt(deployment="p", timeout=free_soon) for _ in "abc"]
    assert [result["response"] for result in results] == ["hi"] * 3


async def test_a_stream_cancelled_mid_way_releases_its_connection(transport: str) -> None:
    def endless(server: RawServer, conn: socket.socket) -> None:
        if server.read_request(conn):
            stream_head(conn)
            conn.sendall(chunk(event("first")))
            server.wait_for_close(conn)

    with raw_server(endless) as server:
        async with client_on(transport, server.port) as client:

            async def read_all() -> None:
                stream = await client.invoke_prompt(deployment="p", streaming=True)
                async with stream:
                    async for _ in stream:
                        pass

            task = asyncio.ensure_future(read_all())
            assert await wait(server.got_request)
            await asyncio.sleep(0.05)  # let the first event arrive
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await wait(server.client_closed)


# Memory, answers ------------------------------------------------------------------------------


async def test_a_large_stream_is_read_in_bounded_memory(transport: str) -> None:
    text = "x" * 1000
    size = 32 * MB

    def big_stream(server: RawServer, conn: socket.socket) -> None:
        if not server.read_request(conn):
            return
        stream_head(conn)
        piece = chunk(event(text) * 16)
        for _ in range(size // len(piece)):
            conn.sendall(piece)
        conn.sendall(chunk(USAGE_EVENT) + b"0\r\n\r\n")

    with raw_server(big_stream) as server:
        async with client_on(transport, server.port) as client:
            tracemalloc.start()
            try:
                stream = await client.invoke_prompt(deployment="p", streaming=True)
                read = 0
                async for delta in stream.text_deltas():
                    read += len(delta)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
    assert read >= size * 0.9
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB while reading {read / MB:.0f} MB"


async def test_results_carry_the_http_response(transport: str) -> None:
    with local_server(json_responder(json.dumps(PROMPT_ANSWER).encode())) as server:
        port = int(base_url(server).split(":")[2].split("/")[0])
        async with client_on(transport, port) as client:
            result = await client.invoke_prompt(deployment="p")
            again = await client.invoke_prompt(deployment="p")
    response = result.http_response
    assert response.status_code == 200 and response.http_version == "HTTP/1.1"
    assert response.headers["content-type"] == "application/json"
    assert response.request.url.path == "/v1/prompt/invoke"
    assert result["response"] == again["response"] == "hi"
    assert server.connections == 1  # the connection was kept alive and reused


async def test_a_request_goes_out_with_its_own_headers_only() -> None:
    seen: list[bytes] = []

    def record(server: RawServer, conn: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        seen.append(data.split(b"\r\n\r\n")[0].lower())
        answer_json(conn)

    with raw_server(record) as server:
        async with AioHttpClient() as http:
            request = http.build_request("POST", f"http://127.0.0.1:{server.port}/", content=b"{}")
            for name in ("user-agent", "accept", "accept-encoding"):
                del request.headers[name]
            response = await http.send(request)
    names = [line.split(b":")[0] for line in seen[0].split(b"\r\n")[1:]]
    # aiohttp adds none of its own (User-Agent, Accept, Accept-Encoding, Content-Type).
    assert sorted(names) == [b"connection", b"content-length", b"host"]
    assert response.json() == PROMPT_ANSWER


CHUNKED_ANSWER = (
    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Request-Id: r1\r\n"
    b'Transfer-Encoding: chunked\r\n\r\n7\r\n{"a":1}\r\n0\r\n\r\n'
)


def answer_chunked(server: RawServer, conn: socket.socket) -> None:
    while server.read_request(conn):
        conn.sendall(CHUNKED_ANSWER)


async def test_a_plain_send_gives_the_answer_httpx_gives(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with raw_server(answer_chunked) as server:
        url = f"http://127.0.0.1:{server.port}/v1/x"
        async with httpx.AsyncClient() as plain, AioHttpClient() as ours:
            expected = await plain.post(url, json={"x": 1})
            # The short path: httpx's own send steps are not taken.
            monkeypatch.setattr(httpx.AsyncClient, "_send_handling_auth", None)
            with caplog.at_level("INFO", logger="httpx"):
                got = await ours.post(url, json={"x": 1})
    assert (got.status_code, got.reason_phrase, got.http_version) == (201, "Created", "HTTP/1.1")
    assert got.headers.raw == expected.headers.raw
    assert got.content == expected.content and got.json() == {"a": 1}
    assert got.request.url == expected.request.url and got.request.content == b'{"x":1}'
    assert got.is_closed and got.is_stream_consumed and got.elapsed.total_seconds() > 0
    assert got.default_encoding == expected.default_encoding
    assert [r.getMessage() for r in caplog.records] == [
        f'HTTP Request: POST {url} "HTTP/1.1 201 Created"'
    ]


async def test_a_compressed_answer_on_the_short_path_is_decoded_as_httpx_decodes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = gzip.compress(json.dumps(PROMPT_ANSWER).encode())

    def answer_gzip(server: RawServer, conn: socket.socket) -> None:
        while server.read_request(conn):
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )

    with raw_server(answer_gzip) as server:
        url = f"http://127.0.0.1:{server.port}/v1/x"
        async with httpx.AsyncClient() as plain, AioHttpClient() as ours:
            expected = await plain.get(url)
            monkeypatch.setattr(httpx.AsyncClient, "_send_handling_auth", None)
            got = await ours.get(url)
    assert got.json() == expected.json() == PROMPT_ANSWER
    assert got.num_bytes_downloaded == expected.num_bytes_downloaded == len(body)
    assert got.headers.raw == expected.headers.raw


async def test_a_failure_on_the_short_path_names_its_request(closed_port: int) -> None:
    async with AioHttpClient() as http:
        request = http.build_request("GET", f"http://127.0.0.1:{closed_port}/v1/x")
        with pytest.raises(httpx.ConnectError) as caught:
            await http.send(request)
    assert caught.value.request is request


async def test_hooks_auth_redirects_and_streams_take_httpx_s_path() -> None:
    def redirect_first(server: RawServer, conn: socket.socket) -> None:
        while server.read_request(conn):
            if server.requests == 1:
                conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /there\r\nContent-Length: 0\r\n\r\n")
            else:
                conn.sendall(CHUNKED_ANSWER)

    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    with raw_server(redirect_first) as server:
        url = f"http://127.0.0.1:{server.port}/here"
        hooks = {"request": [on_request], "response": [on_response]}
        async with AioHttpClient(event_hooks=hooks, follow_redirects=True) as http:
            followed = await http.get(url, auth=("user", "secret"))
            async with http.stream("GET", url) as streamed:
                body = await streamed.aread()
    assert followed.status_code == 201 and [r.status_code for r in followed.history] == [302]
    assert seen[:4] == ["request /here", "response 302", "request /there", "response 201"]
    assert b"authorization: basic" in server.heads[0].lower()
    assert body == b'{"a":1}'


# The helper itself ---------------------------------------------------------------------------


def test_the_async_tests_run_on_the_transport_asked_for() -> None:
    asked = os.environ.get("FETCH_HIVE_TEST_TRANSPORT") or "httpx"
    client = AsyncFetchHive("fhk_test")
    assert isinstance(client._http, AioHttpClient) == (asked == "aiohttp")


@pytest.mark.parametrize("option", ["transport", "mounts", "http2"])
def test_options_aiohttp_cannot_honour_are_refused(option: str) -> None:
    value: Any = True if option == "http2" else httpx.AsyncHTTPTransport()
    if option == "mounts":
        value = {"all://": value}
    with pytest.raises(InputValidationError, match=option):
        AioHttpClient(**{option: value})


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_the_sdk_does_not_import_aiohttp() -> None:
    code = (
        "import sys, fetch_hive_sdk; from fetch_hive_sdk import AsyncFetchHive, AioHttpClient; "
        "AsyncFetchHive('fhk_test'); print('aiohttp' in sys.modules)"
    )
    assert _python(code) == "False"


def test_without_aiohttp_the_client_names_the_extra_and_the_sdk_works() -> None:
    code = """
import sys
sys.modules["aiohttp"] = None  # as if it were not installed
from fetch_hive_sdk import AsyncFetchHive, AioHttpClient
from fetch_hive_sdk._aiohttp_client import aiohttp_usable
AsyncFetchHive("fhk_test")
try:
    AioHttpClient()
except ImportError as exc:
    print(exc)
print(aiohttp_usable())
"""
    out = _python(code).splitlines()
    assert "pip install 'fetch-hive-sdk-python[aiohttp]'" in out[0]
    assert out[1] == "False"


# Batch runs ------------------------------------------------------------------------------------


@pytest.fixture
def made_clients(monkeypatch: pytest.MonkeyPatch) -> list[AioHttpClient]:
    """The AioHttpClients made from now on; aiohttp usable, and clients made on httpx's
    transport, whatever the test mode."""
    made: list[AioHttpClient] = []
    monkeypatch.setattr(
        _base_client,
        "new_http_client",
        lambda cls: cls(limits=_base_client.DEFAULT_LIMITS, follow_redirects=False),
    )

    class Recorded(AioHttpClient):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            made.append(self)

    monkeypatch.setattr(_aiohttp_client, "AioHttpClient", Recorded)
    monkeypatch.setattr(_aiohttp_client, "aiohttp_usable", lambda: True)
    return made


async def test_a_batch_runs_over_aiohttp_and_closes_it(made_clients: list[AioHttpClient]) -> None:
    with local_server(json_responder(json.dumps(PROMPT_ANSWER).encode())) as server:
        async with AsyncFetchHive("fhk_test", base_url(server)) as client:
            outcomes = [o async for o in client.batch("prompt", "p", [{"n": i} for i in range(6)])]
    assert [o.ok for o in outcomes] == [True] * 6
    assert len(made_clients) == 1 and made_clients[0].is_closed
    # Not httpcore's answer (which carries its network stream).
    assert "network_stream" not in outcomes[0].result.http_response.extensions


async def test_a_batch_keeps_the_http_client_it_was_given(
    made_clients: list[AioHttpClient],
) -> None:
    with local_server(json_responder(json.dumps(PROMPT_ANSWER).encode())) as server:
        async with (
            httpx.AsyncClient() as http,
            AsyncFetchHive("fhk_test", base_url(server), http_client=http) as client,
        ):
            outcomes = [o async for o in client.batch("prompt", "p", [{"n": 1}, {"n": 2}])]
            assert not http.is_closed
    assert [o.ok for o in outcomes] == [True, True] and made_clients == []


async def test_a_batch_left_early_closes_its_aiohttp_client(
    made_clients: list[AioHttpClient],
) -> None:
    with local_server(json_responder(json.dumps(PROMPT_ANSWER).encode())) as server:
        async with AsyncFetchHive("fhk_test", base_url(server)) as client:
            runner = client.batch("prompt", "p", [{"n": i} for i in range(20)], concurrency=2)
            results = runner.__aiter__()
            first = await results.__anext__()
            await results.aclose()  # type: ignore[attr-defined]
            # The client itself is untouched and still works over its own pool.
            after = await client.invoke_prompt(deployment="p")
    assert first.ok and after["response"] == "hi"
    assert len(made_clients) == 1 and made_clients[0].is_closed
    assert not isinstance(client._http, AioHttpClient)


async def test_a_batch_left_early_over_aiohttp_cancels_the_calls_in_flight(
    made_clients: list[AioHttpClient],
) -> None:
    answered, release = threading.Event(), threading.Event()

    def first_answered_then_held(handler: Any) -> None:
        if answered.is_set():
            release.wait(timeout=30)  # held until the test ends
        answered.set()
        json_responder(json.dumps(PROMPT_ANSWER).encode())(handler)

    with local_server(first_answered_then_held) as server:
        try:
            async with AsyncFetchHive("fhk_test", base_url(server)) as client:
                runner = client.batch("prompt", "p", [{"n": i} for i in range(5)], concurrency=3)
                results = runner.__aiter__()
                first = await results.__anext__()
                calls = asyncio.all_tasks() - {asyncio.current_task()}
                await results.aclose()  # type: ignore[attr-defined]
                held = [task for task in calls if "_one" in repr(task.get_coro())]
                assert first.ok
                assert len(held) == 2 and all(task.cancelled() for task in held)
                assert runner.in_flight == 0
        finally:
            release.set()
    assert len(made_clients) == 1 and made_clients[0].is_closed


def test_a_client_serves_one_event_loop_after_another() -> None:
    # asyncio.run() twice with the same client: each loop gets its own aiohttp session.
    with local_server(json_responder(json.dumps(PROMPT_ANSWER).encode())) as server:
        http = AioHttpClient()
        client = AsyncFetchHive("fhk_test", base_url(server), http_client=http)

        async def call() -> str:
            return str((await client.invoke_prompt(deployment="p"))["response"])

        answers = [asyncio.run(call()), asyncio.run(call())]
        asyncio.run(http.aclose())
    assert answers == ["hi", "hi"] and http.is_closed


async def test_cookies_an_answer_sets_are_kept_and_sent_back() -> None:
    def set_a_cookie_first(server: RawServer, conn: socket.socket) -> None:
        while server.read_request(conn):
            cookie = b"Set-Cookie: session=abc; Path=/\r\n" if server.requests == 1 else b""
            conn.sendall(b"HTTP/1.1 200 OK\r\n%sContent-Length: 2\r\n\r\n{}" % cookie)

    with raw_server(set_a_cookie_first) as server:
        async with AioHttpClient() as http:
            url = f"http://127.0.0.1:{server.port}/"
            await http.get(url)
            await http.get(url)
            http.cookies = {"other": "1"}  # replaced as on httpx, and still read from answers
            await http.get(url)
    cookies = [
        [line for line in head.split(b"\r\n") if line.lower().startswith(b"cookie:")]
        for head in server.heads
    ]
    assert cookies == [[], [b"Cookie: session=abc"], [b"Cookie: other=1"]]
