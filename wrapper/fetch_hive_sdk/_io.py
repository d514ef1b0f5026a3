"""The few I/O primitives whose sync and async forms differ by more than `await`.

`scripts/unasync.py` turns `asleep` in the async sources into `sleep`.
"""

from __future__ import annotations

import time


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    import anyio  # works under asyncio and trio; imported on the first wait only

    await anyio.sleep(seconds)
