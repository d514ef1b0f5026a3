"""The defaults of a connection pool the SDK makes: its limits and timeouts (a module of
its own, so that the pools (`_http_clients`) and the client (`_base_client`) share them
without importing each other)."""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "Timeout",
    "as_httpx_timeout",
]

DEFAULT_TIMEOUT: Final = 120.0
# Connecting gets its own, short limit: an unreachable host fails in seconds, not minutes.
DEFAULT_CONNECT_TIMEOUT: Final = 5.0
# Connection pool of a client the SDK creates itself.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)

Timeout = float | httpx.Timeout | None


def as_httpx_timeout(timeout: Timeout) -> httpx.Timeout:
    """The httpx timeout for a `timeout=` setting: an `httpx.Timeout` as given; seconds (or
    None, no limit) for reading, writing and waiting for a pooled connection, with
    connecting limited to `DEFAULT_CONNECT_TIMEOUT` (or the seconds, when shorter)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    connect = DEFAULT_CONNECT_TIMEOUT if timeout is None else min(timeout, DEFAULT_CONNECT_TIMEOUT)
    return httpx.Timeout(timeout, connect=connect)
