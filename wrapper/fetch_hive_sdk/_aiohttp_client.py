"""`AioHttpClient`: an `httpx.AsyncClient` whose requests go through aiohttp (the `aiohttp`
extra), for `AsyncFetchHive(http_client=AioHttpClient())`; and the choice of it for batch runs.

Importing this module does not import aiohttp: creating a client does.
"""

from __future__ import annotations

import copy
import datetime
import logging
import time
from typing import TYPE_CHECKING, Any

import httpx
from httpx import USE_CLIENT_DEFAULT

try:  # what httpx's own send uses; another layout of httpx: its send, always
    from httpx._client import ClientState
except ImportError:  # pragma: no cover (the pinned httpx has them)
    ClientState = None  # type: ignore[assignment,misc]

from ._errors import InputValidationError
from ._http_clients import SetCookieJarMixin
from ._pool import DEFAULT_LIMITS, DEFAULT_TIMEOUT, as_httpx_timeout

if TYPE_CHECKING:
    import ssl

    from ._aiohttp_transport import AioHttpTransport

__all__ = ["AioHttpClient"]

MISSING_EXTRA = (
    "AioHttpClient needs aiohttp 3.10 or newer: pip install 'fetch-hive-sdk-python[aiohttp]'"
)


def _transport_class() -> type[AioHttpTransport]:
    try:
        from ._aiohttp_transport import AioHttpTransport
    except ImportError:  # aiohttp missing, or too old to have what the transport uses
        raise ImportError(MISSING_EXTRA) from None
    return AioHttpTransport


class AioHttpClient(SetCookieJarMixin, httpx.AsyncClient):
    """An `httpx.AsyncClient` that sends its requests with aiohttp, at a fraction of httpx's
    CPU per request. Pass it as `AsyncFetchHive(http_client=AioHttpClient())`; every
    guarantee of the SDK holds over it (timeouts, typed errors, retries, streaming).

    Its defaults are the SDK's own client's: `limits` (100 connections), `timeout` (120 s,
    connecting 5 s), no redirects followed. `verify`, `cert`, `trust_env` (proxies from
    `HTTPS_PROXY`/`NO_PROXY`...) and `proxy` (an HTTP proxy) mean what they mean to httpx;
    other keywords go to `httpx.AsyncClient`. HTTP/1.1 only; aiohttp has no write timeout
    and keeps every idle connection until `keepalive_expiry`.

    Like any `http_client=`, it stays open when the SDK client is closed: close it too
    (`async with AioHttpClient() as http, AsyncFetchHive(http_client=http) as client:`).
    Raises ImportError when aiohttp is missing (the `aiohttp` extra).
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        verify: ssl.SSLContext | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        proxy: str | httpx.URL | None = None,
        follow_redirects: bool = False,
        **options: Any,
    ) -> None:
        for refused in ("transport", "mounts", "http2"):
            if options.get(refused):
                raise InputValidationError(
                    f"{refused}: not with AioHttpClient (its transport is aiohttp's, HTTP/1.1)",
                    argument=refused,
                )
        transport = _transport_class()(
            limits=limits, verify=verify, cert=cert, trust_env=trust_env, proxy=proxy
        )
        super().__init__(
            transport=transport,
            timeout=as_httpx_timeout(timeout),
            follow_redirects=follow_redirects,
            trust_env=trust_env,
            **options,
        )

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = USE_CLIENT_DEFAULT,
        follow_redirects: Any = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """httpx's `send`, with a shorter path for the common case: an answer read whole,
        no auth, no event hooks, no redirect to follow. There the request goes to the
        transport and its answer is read in aiohttp, and comes back as httpx would give it
        (the request, cookies, elapsed, the log line) without httpx's layers of send steps
        and async iteration over one small body (bench/RESULTS.md)."""
        if stream or ClientState is None or self._needs_httpx_send(auth, follow_redirects):
            return await super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        transport = self._transport_for_url(request.url)
        read_whole = getattr(transport, "read_whole", None)
        if read_whole is None:  # a proxy transport httpx mounted (trust_env)
            return await super().send(request, auth=auth, follow_redirects=follow_redirects)
        self._state = ClientState.OPENED
        self._set_timeout(request)
        started = time.perf_counter()
        response: httpx.Response
        try:
            response, sets_cookies = await read_whole(request)
        except httpx.RequestError as exc:  # as httpx's `request_context` does
            exc.request = request
            raise
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        response.request = request
        response.default_encoding = self._default_encoding
        if sets_cookies:
            # The jar reads only Set-Cookie headers; asking it about an answer without
            # them costs a quarter of a call (it wraps the answer in urllib's classes).
            self.cookies.extract_cookies(response)
        if _httpx_logger.isEnabledFor(logging.INFO):
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        return response

    def _needs_httpx_send(self, auth: Any, follow_redirects: Any) -> bool:
        if follow_redirects is USE_CLIENT_DEFAULT:
            follow_redirects = self.follow_redirects
        hooks = self.event_hooks
        return bool(
            follow_redirects
            or self.is_closed
            or self.auth is not None
            or (auth is not USE_CLIENT_DEFAULT and auth is not None)
            or hooks["request"]
            or hooks["response"]
        )


#: httpx's own logger: the short path logs each request as httpx does.
_httpx_logger = logging.getLogger("httpx")


def aiohttp_usable() -> bool:
    """aiohttp is installed, at a version the transport works with."""
    try:
        _transport_class()
    except ImportError:
        return False
    return True


def client_over_aiohttp(client: Any) -> Any | None:
    """For a batch run: a copy of `client` (an `AsyncFetchHive`) that sends through a new
    `AioHttpClient` it owns, sharing the client's settings and its bound on requests in
    flight; None when aiohttp is not usable, the client's pool was passed in
    (`http_client=`: the caller chose it) or is an AioHttpClient already."""
    if not client._owns_http or isinstance(client._http, AioHttpClient) or not aiohttp_usable():
        return None
    clone = copy.copy(client)
    clone._http = AioHttpClient()
    clone._owns_http = True
    return clone
