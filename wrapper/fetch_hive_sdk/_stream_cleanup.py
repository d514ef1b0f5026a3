"""Closing a stream that was dropped without being read to its end.

The two forms differ by more than `await` (a dropped async stream can only be closed on its
event loop), so they are written here by hand instead of by `scripts/unasync.py`.
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

_CLOSING: set[Any] = set()  # tasks closing dropped async streams (kept alive until done)


class DropCleanup:
    """Frees the pooled connection of a dropped `Stream` at once."""

    response: httpx.Response

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            response.close()


class AsyncDropCleanup:
    """Schedules the close of a dropped `AsyncStream` on its event loop (asyncio).

    A stream that was being iterated is also closed by the loop's async-generator
    finalizer; closing twice is harmless.
    """

    response: httpx.Response

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        asyncio = sys.modules.get("asyncio")
        if asyncio is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(response.aclose())
        _CLOSING.add(task)
        task.add_done_callback(_CLOSING.discard)
