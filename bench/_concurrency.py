"""Contestants for the concurrency benchmarks: 1,000 prompt calls at once in one event loop,
against the reference server on loopback.

`idle=` seconds to wait before the burst (past the server's keep-alive, the pooled
connections are then dead and must be made again); without it, a few calls warm the pool
again right before each burst (not timed). Both contestants use the same pool
limits (100 connections, 20 kept alive); this SDK also bounds its requests in flight (100).
A measurement returns `seconds` (the burst's wall time), `cpu` (the process's CPU seconds
during it) and `errors`.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

LIMITS = {"max_connections": 100, "max_keepalive_connections": 20}


def _burst(
    call: Callable[[int], Awaitable[Any]], calls: int, idle: float
) -> Callable[[], dict[str, float]]:
    loop = asyncio.new_event_loop()

    async def warm() -> None:
        # Open some pooled connections. Not measured: a call that meets a connection the
        # server closed meanwhile (raw httpx does not retry it) only leaves a fresh one.
        await asyncio.gather(*(call(i) for i in range(20)), return_exceptions=True)

    loop.run_until_complete(warm())

    async def run() -> dict[str, float]:
        if idle:
            await asyncio.sleep(idle)
        else:
            # Warm again: the other contestant's round may have lasted past the server's
            # keep-alive, leaving this pool's connections dead (then it is the idle row).
            await warm()
        started, cpu = time.perf_counter(), time.process_time()
        results = await asyncio.gather(*(call(i) for i in range(calls)), return_exceptions=True)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            print(f"first error: {errors[0]!r}", file=sys.stderr)
        return {"seconds": seconds, "cpu": cpu, "errors": len(errors)}

    return lambda: loop.run_until_complete(run())


def sdk(base_url: str, api_key: str, calls: int, idle: float) -> Callable[[], dict[str, float]]:
    from fetch_hive_sdk import AsyncFetchHive

    client = AsyncFetchHive(api_key, base_url)
    return _burst(
        lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"}),
        calls,
        idle,
    )


def raw(base_url: str, api_key: str, calls: int, idle: float) -> Callable[[], dict[str, float]]:
    import httpx

    client = httpx.AsyncClient(
        base_url=base_url,
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=httpx.Timeout(120, connect=5),
        limits=httpx.Limits(**LIMITS),
    )

    async def call(index: int) -> Any:
        response = await client.post(
            "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{index}"}}
        )
        response.raise_for_status()
        return json.loads(response.content)

    return _burst(call, calls, idle)
