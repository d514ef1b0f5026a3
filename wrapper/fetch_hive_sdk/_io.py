"""The few I/O primitives whose sync and async forms differ by more than `await`.

`scripts/unasync.py` turns `asleep` into `sleep` and `AsyncSlots` into `Slots` when it
writes the sync client from the async one.
"""

from __future__ import annotations

import sys
import threading
import time
import weakref
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from typing import Any


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    import anyio  # works under asyncio and trio; imported on the first wait only

    await anyio.sleep(seconds)


class Slots:
    """At most `limit` requests of one client in flight at once (threads wait for a slot)."""

    def __init__(self, limit: int | None) -> None:
        self._semaphore = threading.BoundedSemaphore(limit) if limit else None

    def __call__(self) -> AbstractContextManager[Any]:
        return self._semaphore if self._semaphore is not None else nullcontext()


class AsyncSlots:
    """At most `limit` requests of one client in flight at once, per asyncio event loop.

    A burst of a thousand calls then waits here, in order, instead of crowding httpcore's
    connection pool (whose waiting list costs time for every waiter, and whose pool timeout
    a long queue can reach). One semaphore per loop: a client may serve several loops in
    turn (`asyncio.run` twice). Under trio there is no bound.
    """

    def __init__(self, limit: int | None) -> None:
        self._limit = limit
        self._by_loop: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    def __call__(self) -> AbstractAsyncContextManager[Any]:
        asyncio = sys.modules.get("asyncio")
        if not self._limit or asyncio is None:
            return nullcontext()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio)
            return nullcontext()
        semaphore = self._by_loop.get(loop)
        if semaphore is None:
            semaphore = self._by_loop[loop] = asyncio.Semaphore(self._limit)
        return semaphore  # type: ignore[no-any-return]
