"""`wait_for_run`: poll `GET /public/requests/{id}` until the run has finished.

For callers that cannot receive callbacks. The status values of that endpoint are not
documented; this SDK assumes the run statuses, and treats `running`, `queued`, `pending`,
`started` and `in_progress` as not finished yet (any other status ends the wait, so a
status added later cannot make the wait hang).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

from ._errors import FetchHiveError, InputValidationError

UNFINISHED_STATUSES = frozenset({"running", "queued", "pending", "started", "in_progress"})
MAX_POLL_INTERVAL = 10.0
BACKOFF_FACTOR = 1.5


class RunTimeoutError(FetchHiveError, TimeoutError):
    """`wait_for_run` gave up: the run had not finished within `timeout` seconds."""

    def __init__(self, request_id: str, timeout: float, last_status: str | None) -> None:
        super().__init__(
            f"run {request_id} had not finished after {timeout:g} s (last status: {last_status})"
        )
        self.request_id = request_id
        self.timeout = timeout
        self.last_status = last_status


def is_finished(status: object) -> bool:
    return isinstance(status, str) and status.lower() not in UNFINISHED_STATUSES


def check_wait_arguments(timeout: object, poll_interval: object) -> tuple[float, float]:
    for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value <= 0
        ):
            raise InputValidationError(
                f"{name}: must be a positive number of seconds, got {value!r}", argument=name
            )
    return float(timeout), float(poll_interval)  # type: ignore[arg-type]


def poll_delays(timeout: float, poll_interval: float) -> Iterator[float]:
    """The waits between polls: `poll_interval`, growing 1.5x up to 10 s, never past the
    deadline. Ends when the deadline has passed."""
    deadline = time.monotonic() + timeout
    interval = poll_interval
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        yield min(interval, left)
        interval = min(interval * BACKOFF_FACTOR, max(poll_interval, MAX_POLL_INTERVAL))
