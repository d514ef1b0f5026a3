"""The few I/O primitives whose sync and async forms differ by more than `await`.

`scripts/unasync.py` turns `asleep` into `sleep` and `AsyncSlots` into `Slots` when it
writes the sync client from the async one.
"""

from __future__ import annotations

import sys
import threading
import time
import weakref
from collections import deque
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
        slots = self._by_loop.get(loop)
        if slots is None:
            slots = self._by_loop[loop] = HandOffSlots(self._limit, loop)
        return slots


class HandOffSlots:
    """At most `limit` holders at once on one asyncio loop; the others wait in arrival order.

    asyncio.Semaphore's job, with each freed slot handed straight to the next waiter:
    Python 3.11's semaphore leaves woken waiters in its queue until they run and looks
    through them again on every release, which costs a large share of a call when a
    hundred calls are in flight and thousands wait. A waiter cancelled before its turn is
    skipped; one cancelled after it was handed a slot passes the slot on.
    """

    __slots__ = ("_free", "_loop", "_waiters")

    def __init__(self, limit: int, loop: Any) -> None:
        self._free = limit
        self._loop = loop
        self._waiters: deque[Any] = deque()  # asyncio futures, in arrival order

    def try_acquire(self) -> bool:
        """Take a slot if one is free now. (A free slot means nobody waits: `release`
        frees one only when no live waiter is left to hand it to.)"""
        if self._free > 0:
            self._free -= 1
            return True
        return False

    async def acquire(self) -> None:
        if self.try_acquire():
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a slot, but leaving without using it
            raise

    def release(self) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():  # else cancelled while it waited: skipped
                waiter.set_result(None)
                return
        self._free += 1

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()
