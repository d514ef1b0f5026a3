"""1,000 concurrent prompt calls in one event loop, in a fresh interpreter.

Usage: _concurrent_worker.py CONTESTANT BASE_URL API_KEY CALLS
Prints {"seconds": ..., "errors": ...}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any


async def _run(
    make: Callable[[], tuple[Callable[[int], Awaitable[Any]], Any]], calls: int
) -> dict[str, float]:
    call, close = make()
    await asyncio.gather(*(call(i) for i in range(20)))  # warm the pool
    start = time.perf_counter()
    results = await asyncio.gather(*(call(i) for i in range(calls)), return_exceptions=True)
    seconds = time.perf_counter() - start
    await close()
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        print(f"first error: {errors[0]!r}", file=sys.stderr)
    return {"seconds": seconds, "errors": len(errors)}


def _sdk(base_url: str, api_key: str) -> Any:
    from fetch_hive_sdk import AsyncFetchHive

    client = AsyncFetchHive(api_key=api_key, base_url=base_url)

    def call(i: int) -> Awaitable[Any]:
        return client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"})

    return call, client.close


def _raw(base_url: str, api_key: str) -> Any:
    import httpx

    client = httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=120
    )

    async def call(i: int) -> Any:
        response = await client.post(
            "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{i}"}}
        )
        response.raise_for_status()
        return response.json()

    return call, client.aclose


def main() -> None:
    name, base_url, api_key, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    factory = {"sdk-async": _sdk, "raw-httpx-async": _raw}[name]
    print(json.dumps(asyncio.run(_run(lambda: factory(base_url, api_key), calls))))


if __name__ == "__main__":
    main()
