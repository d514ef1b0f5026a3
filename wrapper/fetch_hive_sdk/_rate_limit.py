"""The rate-limit figures of one answer: `result.rate_limit`, `error.rate_limit`.

A module of its own, loaded on first use: a frozen dataclass costs about a millisecond to
create, which `import fetch_hive_sdk` need not pay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._retry import parse_retry_after


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """Rate-limit headers of one answer (`X-RateLimit-*`, `Retry-After`); None when absent.

    The service documents none of them: the SDK reads them when present.
    """

    limit: int | None
    remaining: int | None
    reset: str | None
    retry_after: float | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo | None:
        limit = _int_or_none(headers.get("x-ratelimit-limit"))
        remaining = _int_or_none(headers.get("x-ratelimit-remaining"))
        reset = headers.get("x-ratelimit-reset")
        retry_after = parse_retry_after(headers)
        if limit is None and remaining is None and reset is None and retry_after is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset, retry_after=retry_after)


def _int_or_none(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(raw.strip())
    except ValueError:
        return None
