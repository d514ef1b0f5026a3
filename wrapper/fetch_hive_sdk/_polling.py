"""`wait_for_run`'s rules: poll `GET /public/requests/{id}` until the run has finished.

For callers that cannot receive callbacks. The status values of that endpoint are not
documented; this SDK assumes the run statuses, and treats `running`, `queued`, `pending`,
`started` and `in_progress` as not finished yet (any other status ends the wait, so a
status added later cannot make the wait hang).

The deadline starts when the wait starts and bounds everything: the waits between polls
and each poll itself (its timeout is what is left; a poll is not retried by the client,
the next poll is the retry). A poll that fails transiently (no answer, 429, 5xx) is
followed by the next one; any other error (404 for an unknown id) ends the wait.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator

import httpx

from ._errors import APIConnectionError, APIStatusError, InputValidationError
from ._retry import READ, is_retryable_status

UNFINISHED_STATUSES = frozenset({"running", "queued", "pending", "started", "in_progress"})
MAX_POLL_INTERVAL = 10.0
BACKOFF_FACTOR = 1.5
# A poll needs at least this long to have a chance; less is left: the wait is over.
MIN_POLL_SECONDS = 0.05


def is_finished(status: object) -> bool:
    return isinstance(status, str) and status.lower() not in UNFINISHED_STATUSES


def is_transient(error: Exception) -> bool:
    """A poll error after which polling goes on."""
    if isinstance(error, APIStatusError):
        return is_retryable_status(READ, error.status_code, error.error_code)
    return isinstance(error, APIConnectionError)


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


class Deadline:
    """The end of one wait, on the monotonic clock (or the given one, in tests)."""

    def __init__(self, seconds: float, clock: Callable[[], float] | None = None) -> None:
        self._clock = clock or time.monotonic
        self._end = self._clock() + seconds

    def left(self) -> float:
        return max(self._end - self._clock(), 0.0)


def bounded_timeout(client_timeout: float | httpx.Timeout | None, seconds: float) -> httpx.Timeout:
    """The client's timeout, no part of it longer than `seconds`."""
    if isinstance(client_timeout, httpx.Timeout):
        parts = {
            name: seconds if value is None else min(value, seconds)
            for name, value in client_timeout.as_dict().items()
        }
        return httpx.Timeout(**parts)
    if client_timeout is None:
        return httpx.Timeout(seconds)
    return httpx.Timeout(min(client_timeout, seconds))


def polls(deadline: Deadline, poll_interval: float) -> Iterator[tuple[float, float]]:
    """(wait before the poll, timeout of the poll) for each poll: the first poll at once,
    then `poll_interval` growing 1.5x up to 10 s, never past the deadline."""
    wait = 0.0
    interval = poll_interval
    while True:
        left = deadline.left()
        if left - wait < MIN_POLL_SECONDS:
            return
        yield wait, left - wait
        wait = min(interval, max(deadline.left() - MIN_POLL_SECONDS, 0.0))
        interval = min(interval * BACKOFF_FACTOR, max(poll_interval, MAX_POLL_INTERVAL))
