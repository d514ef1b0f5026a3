"""When to retry and how long to wait: the rules of each kind of operation.

Pure functions of the answer (status, headers, error code) and of the kind of operation
(`RetryRule`): the sync and async clients share them and only differ in how they sleep.
The rate-limit figures of an answer are in `_rate_limit` (loaded when first needed).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping
from typing import NamedTuple

import httpx

# The daily API cap resets at midnight UTC: retrying the same day cannot succeed.
NEVER_RETRY_ERROR_CODES = frozenset({"api_rate_limit_exceeded"})


class RetryRule(NamedTuple):
    """Which failures of one kind of operation are retried.

    A read can be repeated at no cost. An invoke must not run twice by surprise (a workflow
    may send emails), so it is retried only when the service certainly did not start it.
    """

    name: str
    statuses: frozenset[int]
    any_5xx: bool
    # Transport failures after the request was (perhaps) sent: a read timeout, a reset.
    after_sending: bool


READ = RetryRule("read", statuses=frozenset({408, 409, 429}), any_5xx=True, after_sending=True)
# 429: refused before starting; 503: the service is not taking work.
INVOKE = RetryRule("invoke", statuses=frozenset({429, 503}), any_5xx=False, after_sending=False)
# A prompt's or agent's 502 means its model provider failed: that run is over.
PROVIDER_INVOKE = RetryRule(
    "invoke", statuses=frozenset({429, 502, 503}), any_5xx=False, after_sending=False
)

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# Each computed delay is scaled by a random factor in [1 - JITTER, 1] so that clients that
# failed together do not retry together.
JITTER = 0.25


def is_retryable_status(rule: RetryRule, status_code: int, error_code: str | None) -> bool:
    if error_code in NEVER_RETRY_ERROR_CODES:
        return False
    return status_code in rule.statuses or (rule.any_5xx and status_code >= 500)


# Transport errors that a retry cannot fix: the request itself is wrong.
NOT_RETRIED_TRANSPORT_ERRORS = (
    httpx.LocalProtocolError,
    httpx.UnsupportedProtocol,
    httpx.DecodingError,
    httpx.TooManyRedirects,
)
# The request never left this machine: safe to send again, whatever it was.
NOT_SENT_TRANSPORT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable_transport_error(rule: RetryRule, exc: Exception) -> bool:
    """Connection failures before sending are always retried; the rest only by reads."""
    if isinstance(exc, NOT_RETRIED_TRANSPORT_ERRORS):
        return False
    return isinstance(exc, NOT_SENT_TRANSPORT_ERRORS) or rule.after_sending


def backoff_delay(retries_taken: int, *, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s ... capped at 8 s, minus up to 25 %."""
    base = min(INITIAL_DELAY * (2.0**retries_taken), MAX_DELAY)
    factor = 1.0 - JITTER * (rng or random).random()
    return base * factor


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait the service asked for, in seconds: `retry-after-ms`, else `Retry-After`
    (seconds or an HTTP date). Always a finite number >= 0, or None when absent or
    unreadable (`nan`, `inf`, negative, exponents, too many digits, garbage): an answer
    can never make the retry loop crash or retry at once."""
    milliseconds = _seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _seconds(raw)
    if seconds is not None:
        return seconds
    return _seconds_until(raw, time.time() if now is None else now)


# RFC 9110 `delay-seconds` is 1*DIGIT; a decimal fraction is accepted as well (some
# services send one). No sign, no exponent, no `nan`/`inf`, which float() would take.
def _digits(text: str) -> bool:
    return 0 < len(text) <= 20 and text.isascii() and text.isdigit()


def _seconds(raw: str | None) -> float | None:
    """A plain decimal (`12`, `1.5`: no sign, exponent, nan or inf), else None."""
    if raw is None:
        return None
    text = raw.strip()
    whole, dot, fraction = text.partition(".")
    if not _digits(whole) or (dot and not _digits(fraction)):
        return None
    return float(text)


def _seconds_until(raw: str, now: float) -> float | None:
    """Seconds from `now` to an HTTP date (0 when it has passed); None when unreadable."""
    import email.utils  # only for the rare HTTP-date form; keeps `import` fast

    try:
        when = email.utils.parsedate_to_datetime(raw).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None
    if not math.isfinite(when):
        return None
    return max(when - now, 0.0)


def retry_delay(
    retries_taken: int,
    headers: Mapping[str, str] | None,
    *,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds to wait before the next attempt, or None when the service asked for a wait
    longer than `MAX_RETRY_AFTER` (retrying sooner would be futile, so the error is raised)."""
    asked = parse_retry_after(headers) if headers is not None else None
    if asked is None:
        return backoff_delay(retries_taken, rng=rng)
    if asked > MAX_RETRY_AFTER:
        return None
    return asked
