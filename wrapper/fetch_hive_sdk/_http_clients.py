"""httpx clients with the SDK's defaults, for callers who bring their own pool.

`FetchHive(http_client=DefaultHttpxClient(proxy="http://proxy:3128"))` keeps what the SDK's
own pool has (its connection limits, redirects not followed, a 5 s connect timeout and
120 s for the rest) and adds the caller's settings. The SDK still sets its base URL, auth,
headers and per-call timeout on each request. (openai-python calls its own the same.)
"""

from __future__ import annotations

from typing import Any

import httpx

from ._base_client import DEFAULT_LIMITS, DEFAULT_TIMEOUT, as_httpx_timeout

__all__ = ["DefaultAsyncHttpxClient", "DefaultHttpxClient"]


def _defaults(options: dict[str, Any]) -> dict[str, Any]:
    options.setdefault("limits", DEFAULT_LIMITS)
    options.setdefault("follow_redirects", False)
    options.setdefault("timeout", as_httpx_timeout(DEFAULT_TIMEOUT))
    return options


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with the SDK's defaults; any keyword of `httpx.Client` too."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_defaults(options))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` with the SDK's defaults; any keyword of `httpx.AsyncClient` too."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_defaults(options))
