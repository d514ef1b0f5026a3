"""Waiting for a condition instead of sleeping a fixed time.

A dropped async stream is closed by a task on the event loop, some loop turns later: a
test yields to the loop until the condition it needs holds, with a generous bound that
only a real failure reaches (then it fails with a message saying what never happened).
"""

from __future__ import annotations

from collections.abc import Callable

import anyio
import pytest

BOUND_SECONDS = 30.0


async def until(condition: Callable[[], bool], failure: str) -> None:
    """Yield to the event loop until `condition()` is true; fail with `failure` if it is
    still false after `BOUND_SECONDS` (a bound, not a timing assertion)."""
    with anyio.move_on_after(BOUND_SECONDS):
        while not condition():
            await anyio.sleep(0)
        return
    pytest.fail(f"{failure} (still not after {BOUND_SECONDS:.0f} s)")
