"""httpx clients with the SDK's defaults, for callers who bring their own pool.

`FetchHive(http_client=DefaultHttpxClient(proxy="http://proxy:3128"))` keeps what the SDK's
own pool has (its connection limits, redirects not followed, a 5 s connect timeout and
120 s for the rest, cookies read only from answers that set some) and adds the caller's
settings. The SDK's own pools are these classes. The SDK still sets its base URL, auth,
headers and per-call timeout on each request. (openai-python calls its own the same.)
"""

from __future__ import annotations

from typing import Any

import httpx

from ._pool import DEFAULT_LIMITS, DEFAULT_TIMEOUT, as_httpx_timeout

__all__ = ["DefaultAsyncHttpxClient", "DefaultHttpxClient", "SetCookieJar", "SetCookieJarMixin"]


class SetCookieJar(httpx.Cookies):
    """httpx's cookie jar, which looks for cookies only in answers that set some: httpx
    reads every answer through http.cookiejar otherwise (a urllib request object and a
    header scan per answer, a fifteenth of a call's cost), and this API sets none."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class SetCookieJarMixin:
    """Keeps an httpx client's cookie jar a `SetCookieJar`: the one httpx's constructor
    makes and whatever is assigned to `.cookies` later. Comes before the httpx class."""

    _cookies: httpx.Cookies

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = SetCookieJar(self._cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = SetCookieJar(cookies)


def _defaults(options: dict[str, Any]) -> dict[str, Any]:
    options.setdefault("limits", DEFAULT_LIMITS)
    options.setdefault("follow_redirects", False)
    options.setdefault("timeout", as_httpx_timeout(DEFAULT_TIMEOUT))
    return options


class DefaultHttpxClient(SetCookieJarMixin, httpx.Client):
    """An `httpx.Client` with the SDK's defaults; any keyword of `httpx.Client` too."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_defaults(options))


class DefaultAsyncHttpxClient(SetCookieJarMixin, httpx.AsyncClient):
    """An `httpx.AsyncClient` with the SDK's defaults; any keyword of `httpx.AsyncClient` too."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_defaults(options))
