"""Closing the connection of a stream that was dropped without being read to its end.

A stream's generator owns its connection: reading it to the end, a failure or `close()`
runs the generator's `finally`, which closes the response. A generator that is dropped
unfinished is closed by Python (sync) or by the event loop's async-generator finalizer;
one that never started has no `finally` to run, so a `weakref.finalize` on the generator
closes the response then. The stream object itself may be dropped at any time (`for event
in client.invoke_prompt(...)` iterates the generator directly).

The two forms differ by more than `await` (a dropped async response can only be closed on
its event loop), so they are written here by hand instead of by `scripts/unasync.py`.
"""

from __future__ import annotations

import sys
import weakref
from typing import Any

import httpx

_CLOSING: set[Any] = set()  # tasks closing dropped async responses (kept alive until done)


def close_when_dropped(generator: object, response: httpx.Response) -> None:
    weakref.finalize(generator, _close, response)


def aclose_when_dropped(generator: object, response: httpx.Response) -> None:
    weakref.finalize(generator, _schedule_aclose, response)


def _close(response: httpx.Response) -> None:
    if not response.is_closed:
        response.close()


def _schedule_aclose(response: httpx.Response) -> None:
    # Closing needs the event loop: schedule it there (asyncio). Under trio, or with no
    # running loop, the caller must close the stream themselves (`async with`).
    if response.is_closed:
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
