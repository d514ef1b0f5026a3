"""The contestant of the batch benchmark: `client.batch()` over `rows` prompt rows against
the reference server, every call made `latency` seconds slow by the server
(`X-Reference-Fault: slow_first_byte`), `concurrency` calls in flight. A measurement
returns `seconds` for the whole batch and `failed` rows."""

from __future__ import annotations

import time
from collections.abc import Callable


def sdk_batch(
    base_url: str, api_key: str, concurrency: int, rows: int, latency: float
) -> Callable[[], dict[str, float]]:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(api_key, base_url)
    slow = {"X-Reference-Fault": f"slow_first_byte; seconds={latency}"}

    def measure() -> dict[str, float]:
        data = [{"name": f"user {index}"} for index in range(rows)]
        started = time.perf_counter()
        runner = client.batch(
            "prompt", "bench-prompt", data, concurrency=concurrency, extra_headers=slow
        )
        for _outcome in runner:
            pass
        return {"seconds": time.perf_counter() - started, "failed": runner.summary.failed}

    return measure
