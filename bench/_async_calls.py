"""Async calls' client CPU: this SDK on httpx (its default) and on aiohttp (`AioHttpClient`)
beside raw `httpx.AsyncClient` and raw `aiohttp.ClientSession`.

- In flight: `calls` prompt calls gathered at once, `in_flight` at a time (this SDK's
  `max_concurrent_requests`, the raw clients' connection limit), against a canned
  keep-alive HTTP server in a process of its own (`_async_calls.py serve PORT_FILE`), so
  that the worker's CPU is the client's alone;
- sequential: one call after another against the reference server (in the bench process).

A measurement returns `cpu` (the worker process's CPU seconds per call), `seconds` (wall
time per call) and `errors`. `async_calls_sections()` runs both and writes their sections.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from _calls import PROMPT_ANSWER

API_KEY = "fhk_bench"
PROMPT = {"deployment": "bench-prompt"}
SDK_HTTPX = "this SDK on httpx (default)"
SDK_AIOHTTP = "this SDK on aiohttp (AioHttpClient)"
RAW_HTTPX = "raw httpx.AsyncClient"
RAW_AIOHTTP = "raw aiohttp.ClientSession"
HTTPX_ON_AIOHTTP = "httpx.AsyncClient on AioHttpClient's transport, no SDK (information)"


# The contestants (each in a worker process) ---------------------------------------------------


def _measured(
    call: Callable[[int], Awaitable[Any]],
    calls: int,
    in_flight: int | None,
    close: Callable[[], Awaitable[Any]],
) -> Callable[[], dict[str, float]]:
    """`in_flight` None: one call after another; else all `calls` gathered at once.
    `close()` closes the contestant's client when the worker exits."""
    loop = asyncio.new_event_loop()
    atexit.register(lambda: loop.run_until_complete(close()))

    warm = True  # the harness's first measurement only warms up: a short one does

    async def run() -> dict[str, float]:
        nonlocal warm
        count, warm = (min(calls, 200) if warm else calls), False
        # Warm the pool again (not timed): the other contestants' turns may have outlasted
        # its keep-alive, and making 100 connections while 3,000 calls wait is another row.
        await asyncio.gather(*(call(index) for index in range(in_flight or 1)))
        started, cpu = time.perf_counter(), time.process_time()
        if in_flight is None:
            results: list[Any] = []
            for index in range(count):
                try:
                    results.append(await call(index))
                except Exception as exc:
                    results.append(exc)
        else:
            results = await asyncio.gather(
                *(call(index) for index in range(count)), return_exceptions=True
            )
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            print(f"first error: {errors[0]!r}", file=sys.stderr)
        return {"cpu": cpu / count, "seconds": seconds / count, "errors": len(errors)}

    return lambda: loop.run_until_complete(run())


def sdk(
    base_url: str, api_key: str, calls: int, in_flight: int | None, transport: str
) -> Callable[[], dict[str, float]]:
    from fetch_hive_sdk import AsyncFetchHive

    http = None
    if transport == "aiohttp":
        from fetch_hive_sdk import AioHttpClient

        http = AioHttpClient()
    client = AsyncFetchHive(
        api_key, base_url, http_client=http, max_concurrent_requests=in_flight or 1
    )

    async def close() -> None:
        await client.close()
        if http is not None:
            await http.aclose()

    return _measured(
        lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"}),
        calls,
        in_flight,
        close,
    )


def raw_httpx(
    base_url: str, api_key: str, calls: int, in_flight: int | None, transport: str = "httpx"
) -> Callable[[], dict[str, float]]:
    """Raw httpx; `transport="aiohttp"`: the same calls through AioHttpClient (an
    httpx.AsyncClient over the SDK's aiohttp transport), which splits the cost of this SDK
    on aiohttp into the httpx layer's and the SDK's own."""
    import httpx

    limit = in_flight or 1
    options: dict[str, Any] = {
        "base_url": base_url,
        "headers": {"Authorization": f"Bearer {api_key}"},
        "timeout": httpx.Timeout(120, connect=5),
        "limits": httpx.Limits(max_connections=limit, max_keepalive_connections=limit),
    }
    if transport == "aiohttp":
        from fetch_hive_sdk import AioHttpClient

        client: httpx.AsyncClient = AioHttpClient(**options)
    else:
        client = httpx.AsyncClient(**options)

    async def call(index: int) -> Any:
        response = await client.post(
            "/prompt/invoke", json={**PROMPT, "inputs": {"name": f"u{index}"}}
        )
        response.raise_for_status()
        return json.loads(response.content)

    return _measured(call, calls, in_flight, client.aclose)


def raw_aiohttp(
    base_url: str, api_key: str, calls: int, in_flight: int | None
) -> Callable[[], dict[str, float]]:
    import aiohttp

    url = base_url + "/prompt/invoke"
    headers = {"Authorization": f"Bearer {api_key}"}
    session: aiohttp.ClientSession | None = None

    async def call(index: int) -> Any:
        nonlocal session
        if session is None:  # made on the worker's event loop
            session = aiohttp.ClientSession(
                # Idle connections expire after 5 s, as httpx's and AioHttpClient's do
                # (aiohttp's own 15 s outlives the reference server's keep-alive: a
                # sequential round would reuse a connection the server already closed).
                connector=aiohttp.TCPConnector(limit=in_flight or 1, keepalive_timeout=5.0),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=5, sock_read=120),
            )
        async with session.post(
            url, json={**PROMPT, "inputs": {"name": f"u{index}"}}, headers=headers
        ) as response:
            response.raise_for_status()
            return json.loads(await response.read())

    async def close() -> None:
        if session is not None:
            await session.close()

    return _measured(call, calls, in_flight, close)


# The canned server ------------------------------------------------------------------------------

CANNED_BODY = json.dumps(PROMPT_ANSWER).encode()  # what bench/_calls.py answers too
CANNED_ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"X-Request-Id: req_019d52846ea37682b03522fd0695cc43\r\n"
    b"Content-Length: " + str(len(CANNED_BODY)).encode() + b"\r\n\r\n" + CANNED_BODY
)


class _Canned(asyncio.Protocol):
    """Answers every request of a keep-alive connection with the same bytes."""

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.buffer = b""
        transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            at = head.find(b"content-length:")
            length = int(head[at + 15 :].split(b"\r\n", 1)[0]) if at >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(CANNED_ANSWER)


def serve(port_file: str) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Canned, "127.0.0.1", 0, backlog=1024)
        Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))
        await server.serve_forever()

    asyncio.run(main())


@contextlib.contextmanager
def canned_server() -> Iterator[str]:
    """The canned server in a process of its own; yields its base URL."""
    with tempfile.TemporaryDirectory() as folder:
        port_file = Path(folder) / "port"
        process = subprocess.Popen([sys.executable, __file__, "serve", str(port_file)])
        try:
            for _ in range(500):
                if port_file.exists() and port_file.read_text():
                    break
                time.sleep(0.02)
            else:
                raise RuntimeError("the canned server did not start")
            yield f"http://127.0.0.1:{port_file.read_text()}/v1"
        finally:
            process.terminate()
            process.wait(timeout=10)


# The sections of RESULTS.md ---------------------------------------------------------------------


def _contestants(arguments: dict[str, Any]) -> list[Any]:
    from _harness import Contestant

    return [
        Contestant(SDK_HTTPX, "_async_calls", "sdk", {**arguments, "transport": "httpx"}),
        Contestant(SDK_AIOHTTP, "_async_calls", "sdk", {**arguments, "transport": "aiohttp"}),
        Contestant(RAW_HTTPX, "_async_calls", "raw_httpx", arguments),
        Contestant(RAW_AIOHTTP, "_async_calls", "raw_aiohttp", arguments),
        Contestant(
            HTTPX_ON_AIOHTTP, "_async_calls", "raw_httpx", {**arguments, "transport": "aiohttp"}
        ),
    ]


def _rows_and_targets(measured: Any) -> tuple[list[list[object]], list[str]]:
    from _harness import median, ratio_text, spread, target_line

    rows: list[list[object]] = [
        [
            name,
            spread(measured.values(name, "cpu"), 1e3, 3),
            spread(measured.values(name, "seconds"), 1e3, 3),
            int(measured.total(name, "errors")),
        ]
        for name in measured.names
    ]
    aiohttp_ratio = measured.ratios(SDK_AIOHTTP, RAW_AIOHTTP, "cpu")
    httpx_ratio = measured.ratios(SDK_HTTPX, RAW_HTTPX, "cpu")
    errors = sum(int(measured.total(name, "errors")) for name in (SDK_HTTPX, SDK_AIOHTTP))
    targets = [
        target_line("this SDK on aiohttp's CPU per call over raw aiohttp's", median(aiohttp_ratio), 1.5),
        f"  Per round: {ratio_text(aiohttp_ratio)}.",
        target_line("this SDK on httpx's CPU per call over raw httpx's", median(httpx_ratio), 1.0),
        f"  Per round: {ratio_text(httpx_ratio)}.",
        f"- Target: 0 errors for this SDK: {errors}, {'met' if errors == 0 else 'NOT met'}.",
        f"- Information: this SDK on aiohttp over this SDK on httpx, CPU per round: "
        f"{ratio_text(measured.ratios(SDK_AIOHTTP, SDK_HTTPX, 'cpu'))}.",
        f"- Information: where this SDK on aiohttp spends more than raw aiohttp: httpx's client "
        f"over the same transport, no SDK, over raw aiohttp, per round: "
        f"{ratio_text(measured.ratios(HTTPX_ON_AIOHTTP, RAW_AIOHTTP, 'cpu'))}; this SDK on "
        f"aiohttp over it: {ratio_text(measured.ratios(SDK_AIOHTTP, HTTPX_ON_AIOHTTP, 'cpu'))}.",
    ]  # fmt: skip
    return rows, targets


def _section(title: str, measured: Any, body: list[str]) -> str:
    from _harness import load_text

    return "\n".join(
        [f"## {title}", "", f"{len(measured.rounds)} rounds; {load_text(measured)}.", "", *body]
    )


HEADER = ["client", "client CPU ms per call, median (min-max)", "wall ms per call", "errors (all rounds)"]  # fmt: skip


def in_flight_section(base_url: str, calls: int, in_flight: int, rounds: int) -> str:
    from _harness import interleaved, table

    arguments = {"base_url": base_url, "api_key": API_KEY, "calls": calls, "in_flight": in_flight}
    measured = interleaved(_contestants(arguments), rounds)
    rows, targets = _rows_and_targets(measured)
    return _section(
        f"Async calls, {in_flight} in flight: {calls:,} calls gathered at once against a canned "
        "loopback server",
        measured,
        [
            table(HEADER, rows),
            "",
            *targets,
            "",
            f"Each contestant sends {calls:,} prompt calls at once with `asyncio.gather` and reads "
            f"each JSON answer; at most {in_flight} are in flight (this SDK's "
            "`max_concurrent_requests`; the raw clients' connection limit). The server, in a "
            "process of its own, answers every request with the same bytes, so that the "
            "figure is the client process's CPU time (`time.process_time()`) per call.",
        ],
    )


def sequential_section(base_url: str, api_key: str, calls: int, rounds: int) -> str:
    from _harness import interleaved, table

    arguments = {"base_url": base_url, "api_key": api_key, "calls": calls, "in_flight": None}
    measured = interleaved(_contestants(arguments), rounds)
    rows, targets = _rows_and_targets(measured)
    return _section(
        f"Sequential async calls against the reference server (loopback, {calls} calls a round)",
        measured,
        [
            table(HEADER, rows),
            "",
            *targets,
            "",
            "One call after another on one connection; the client's CPU per call is its worker "
            "process's; the wall time includes the reference server's work (in the bench "
            "process).",
        ],
    )


def async_calls_sections(quick: bool, only: set[str] | None = None) -> str:
    """The rows' sections: in flight at 10 and at 100 against the canned server, and
    sequential against the reference server (`only`: some of "10", "100", "sequential")."""
    from fetch_hive_reference.testing import running_server

    calls, sequential_calls = (200, 50) if quick else (3000, 500)
    # Raw httpx with 3,000 calls waiting on 100 connections takes minutes of CPU per round
    # (httpcore's pool scans every waiting request on each assignment): fewer rounds there.
    rounds = {"10": 2, "100": 2, "sequential": 2} if quick else {"10": 5, "100": 3, "sequential": 5}
    wanted = only or set(rounds)
    sections = []
    with canned_server() as base_url:
        for in_flight in (10, 100):
            if str(in_flight) in wanted:
                sections.append(
                    in_flight_section(base_url, calls, in_flight, rounds[str(in_flight)])
                )
    if "sequential" in wanted:
        with running_server(stream_pace=0.0) as server:
            sections.append(
                sequential_section(
                    server.base_url, server.api_key, sequential_calls, rounds["sequential"]
                )
            )
    return "\n\n".join(sections)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2])
    else:  # `python bench/_async_calls.py [--quick] [10] [100] [sequential]`: printed
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        parts = {arg for arg in sys.argv[1:] if not arg.startswith("--")}
        print(async_calls_sections("--quick" in sys.argv, parts or None))
