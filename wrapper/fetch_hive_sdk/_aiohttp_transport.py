"""`AioHttpTransport`: an httpx transport that sends its requests with aiohttp.

httpx's own async transport (httpcore) costs several times aiohttp's CPU per request. This
one keeps httpx's requests, responses and exceptions, so that everything above it (the
SDK's retries, error mapping, streaming) works unchanged:

- timeouts: `connect` limits making a connection, `read` each wait for bytes of the answer,
  `pool` the wait for a free connection (counted here, not by aiohttp, so that it has its
  own exception); they raise httpx's `ConnectTimeout`, `ReadTimeout`, `PoolTimeout`.
  aiohttp has no write timeout: `write` is not applied;
- every aiohttp failure becomes the httpx exception of the same meaning, so that the retry
  rules still tell "never sent" (`ConnectError`, `ConnectTimeout`, `PoolTimeout`) from
  "perhaps sent" (a reset, a disconnect, a body cut short: `RemoteProtocolError`, `ReadError`);
- a connection goes back to the pool when its answer is read or closed, and is closed when
  the answer was not read to its end (a cancelled call, a stream left early).

Importing this module imports aiohttp: only `AioHttpClient` and batch runs load it.
"""

from __future__ import annotations

import asyncio
import functools
import os
import ssl
import urllib.request
import weakref
from collections.abc import AsyncIterator
from typing import Any, Final

import httpx
from aiohttp import (
    ClientConnectionResetError,
    ClientConnectorError,
    ClientError,
    ClientHttpProxyError,
    ClientPayloadError,
    ClientProxyConnectionError,
    ClientResponse,
    ClientResponseError,
    ClientSession,
    ClientTimeout,
    ConnectionTimeoutError,
    DummyCookieJar,
    InvalidURL,
    NonHttpUrlClientError,
    ServerDisconnectedError,
    ServerTimeoutError,
    TCPConnector,
)
from aiohttp.http_exceptions import HttpProcessingError
from yarl import URL

from ._httpx_parts import read_response
from ._io import HandOffSlots

# Headers aiohttp would add by itself when a request lacks them (their names in lower
# case): a request goes out with httpx's headers only. aiohttp is asked to skip them per
# request, and only those it lacks: a request that has them all (the SDK's own) spares
# aiohttp a copy of its headers.
_AUTO_HEADERS: Final = frozenset({"accept", "accept-encoding", "user-agent", "content-type"})

# aiohttp's failures and the httpx exception of each, the more specific first.
_ERRORS: Final[tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]] = (
    (ConnectionTimeoutError, httpx.ConnectTimeout),
    (ServerTimeoutError, httpx.ReadTimeout),  # no byte within the read timeout
    (ClientProxyConnectionError, httpx.ProxyError),
    (ClientHttpProxyError, httpx.ProxyError),  # the proxy refused the tunnel
    (ClientConnectorError, httpx.ConnectError),  # refused, unknown host, TLS handshake
    (ServerDisconnectedError, httpx.RemoteProtocolError),
    (ClientPayloadError, httpx.RemoteProtocolError),  # the body cut short
    (ClientResponseError, httpx.RemoteProtocolError),  # an answer that is not HTTP
    (HttpProcessingError, httpx.RemoteProtocolError),
    (NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (InvalidURL, httpx.UnsupportedProtocol),
    (ClientConnectionResetError, httpx.WriteError),
    (ClientError, httpx.ReadError),  # a reset or another failure once connected
    (TimeoutError, httpx.ReadTimeout),
    (OSError, httpx.ReadError),
)
_MESSAGES: Final[dict[type[httpx.TransportError], str]] = {
    httpx.ConnectTimeout: "timed out connecting",
    httpx.ReadTimeout: "timed out reading the answer",
}


def _httpx_error(exc: BaseException) -> httpx.TransportError | None:
    """The httpx exception for an aiohttp failure (None for anything else)."""
    for aiohttp_error, httpx_error in _ERRORS:
        if isinstance(exc, aiohttp_error):
            text = _MESSAGES.get(httpx_error) or " ".join(str(exc).split()) or type(exc).__name__
            return httpx_error(text)
    return None


class AioHttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests with aiohttp: one `aiohttp.ClientSession` per event loop.

    `limits.max_connections` bounds the connections (requests in flight) and
    `limits.keepalive_expiry` how long an idle one is kept; aiohttp has no count of idle
    connections to keep (`max_keepalive_connections` is not applied). `verify`, `cert` and
    `trust_env` mean what they mean to httpx; with `trust_env`, the proxy variables
    (`HTTPS_PROXY`, `NO_PROXY`...) are read once, here. `proxy`: an HTTP proxy for every
    request. HTTP/1.1 only.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        verify: ssl.SSLContext | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        proxy: str | httpx.URL | None = None,
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        self._proxy = URL(str(proxy)) if proxy is not None else None
        self._env_proxies = urllib.request.getproxies_environment() if trust_env else {}
        self._proxies: dict[tuple[str, str, int | None], URL | None] = {}
        self._sessions: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Pool] = (
            weakref.WeakKeyDictionary()
        )
        self._timeouts: dict[tuple[float | None, float | None], ClientTimeout] = {}

    # The pool of the running loop ------------------------------------------------------

    def _pool(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._sessions.get(loop)
        if pool is None:
            pool = self._sessions[loop] = _Pool(self._new_session(), self._limits.max_connections)
        return pool

    def _new_session(self) -> ClientSession:
        keepalive = self._limits.keepalive_expiry
        connector = TCPConnector(
            limit=0,  # the pool's bound is counted in _Pool, with its own timeout
            ssl=self._ssl_context(),
            keepalive_timeout=keepalive if keepalive is not None else 5.0,
        )
        return ClientSession(
            connector=connector,
            cookie_jar=DummyCookieJar(),  # httpx keeps the cookies
            auto_decompress=False,  # httpx decodes the body
            trust_env=False,  # proxies: read once in __init__, not on every request
            timeout=ClientTimeout(total=None),
        )

    def _ssl_context(self) -> ssl.SSLContext:
        if isinstance(self._verify, ssl.SSLContext):
            return self._verify
        if self._verify is True and self._cert is None:
            # The default context is the same for every client: made once.
            return _default_ssl_context(
                self._trust_env and os.environ.get("SSL_CERT_FILE"),
                self._trust_env and os.environ.get("SSL_CERT_DIR"),
            )
        return httpx.create_ssl_context(
            verify=self._verify, cert=self._cert, trust_env=self._trust_env
        )

    def _timeout(self, timeouts: dict[str, float | None]) -> ClientTimeout:
        connect, read = timeouts.get("connect"), timeouts.get("read")
        timeout = self._timeouts.get((connect, read))
        if timeout is None:
            timeout = ClientTimeout(total=None, connect=None, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[(connect, read)] = timeout
        return timeout

    def _proxy_for(self, url: httpx.URL) -> URL | None:
        if self._proxy is not None or not self._env_proxies:
            return self._proxy
        origin = (url.scheme, url.host, url.port)
        if origin not in self._proxies:
            proxy = self._env_proxies.get(url.scheme) or self._env_proxies.get("all")
            bypass = proxy is None or urllib.request.proxy_bypass(url.netloc.decode("ascii"))
            self._proxies[origin] = None if bypass else URL(str(proxy))
        return self._proxies[origin]

    # Requests -------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response, pool = await self._send(request)
        return _httpx_response(response, _Body(response, pool))

    async def read_whole(self, request: httpx.Request) -> tuple[httpx.Response, bool]:
        """Send `request` and read its answer whole, in aiohttp (`AioHttpClient.send` when
        the caller does not stream): httpx's layers of async iteration over one small body
        cost more than the read itself. The connection is given back before returning.
        Also says whether the answer sets cookies (read from aiohttp's headers, cheaply)."""
        response, pool = await self._send(request)
        try:
            body = await response.read()
        except BaseException as exc:  # cancelled too
            response.close()  # the rest of the answer is never read: not reused
            pool.release()
            error = _httpx_error(exc) if isinstance(exc, Exception) else None
            if error is None:
                raise
            raise error from exc
        response.release()
        pool.release()
        headers = response.headers
        answer = read_response(
            response.status, response.raw_headers, body, _extensions(response),
            # A compressed body (aiohttp leaves it as sent) is decoded by httpx's read().
            fast=False if "Content-Encoding" in headers else None,
        )  # fmt: skip
        return answer, "Set-Cookie" in headers or "Set-Cookie2" in headers

    async def _send(self, request: httpx.Request) -> tuple[ClientResponse, _Pool]:
        """The answer's head, and the pool whose slot it holds until its body is read."""
        pool = self._pool()
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        await pool.acquire(timeouts.get("pool"))
        upload_errors: list[Exception] = []
        try:
            try:
                body: Any = request.content or None
            except httpx.RequestNotRead:  # a streamed upload: aiohttp reads it as it sends
                body = _upload(request.stream, upload_errors)
            headers = _header_items(request.headers)
            missing = _AUTO_HEADERS.difference([name.lower() for name, _ in headers])
            response = await pool.session.request(
                request.method,
                _yarl_url(str(request.url)),
                headers=headers,
                skip_auto_headers=missing or None,
                data=body,
                allow_redirects=False,  # httpx follows redirects itself, when asked
                timeout=self._timeout(timeouts),
                proxy=self._proxy_for(request.url),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except BaseException as exc:
            pool.release()
            if upload_errors:  # the upload's own error (a file that changed...), as on httpx
                raise upload_errors[0] from None
            error = _httpx_error(exc)
            if error is None:
                raise
            raise error from exc
        return response, pool

    async def aclose(self) -> None:
        sessions = list(self._sessions.items())
        self._sessions.clear()
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for loop, pool in sessions:
            if loop is running or loop.is_closed():
                # The session of a closed loop (asyncio.run twice) is only marked closed:
                # its connections died with that loop.
                await pool.session.close()
            else:  # still running in another thread: closing belongs to it
                pool.session.detach()


def _httpx_response(
    response: ClientResponse, stream: httpx.AsyncByteStream | httpx.ByteStream
) -> httpx.Response:
    return httpx.Response(
        response.status,
        headers=response.raw_headers,
        stream=stream,
        extensions=_extensions(response),
    )


def _extensions(response: ClientResponse) -> dict[str, Any]:
    reason = response.reason
    return {
        "http_version": b"HTTP/1.0" if response.version == (1, 0) else b"HTTP/1.1",
        "reason_phrase": reason.encode("latin-1", "replace") if reason else b"",
    }


async def _upload(stream: Any, errors: list[Exception]) -> AsyncIterator[bytes]:
    """The request's stream (an AsyncByteStream: httpx.AsyncClient refuses others before its
    transport) as aiohttp reads it, keeping what the stream raised: aiohttp reports that as
    a failure to send (a connection error), which it is not."""
    try:
        async for chunk in stream:
            yield chunk
    except Exception as exc:
        errors.append(exc)
        raise


class _Pool:
    """One event loop's session, and the count of its connections in use (`limit`)."""

    __slots__ = ("free", "session")

    def __init__(self, session: ClientSession, limit: int | None) -> None:
        self.session = session
        self.free = HandOffSlots(limit, asyncio.get_running_loop()) if limit else None

    async def acquire(self, timeout: float | None) -> None:
        free = self.free
        if free is None or free.try_acquire():  # a free connection: taken at once
            return
        try:
            async with asyncio.timeout(timeout):
                await free.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("timed out waiting for a free connection") from None

    def release(self) -> None:
        if self.free is not None:
            self.free.release()


class _Body(httpx.AsyncByteStream):
    """An answer's body, as aiohttp reads it (its buffer is bounded: memory stays flat).

    Closing it gives the connection back: to the pool when the body was read to its end,
    else closed (the rest of the answer is never read)."""

    __slots__ = ("_pool", "_response")

    def __init__(self, response: ClientResponse, pool: _Pool) -> None:
        self._response: ClientResponse | None = response
        self._pool = pool

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._response is None:
            return
        content = self._response.content
        try:
            while chunk := await content.readany():
                yield chunk
        except Exception as exc:
            error = _httpx_error(exc)
            if error is None:
                raise
            raise error from exc

    async def aclose(self) -> None:
        response, self._response = self._response, None
        if response is not None:
            response.release()
            self._pool.release()


def _header_items(headers: httpx.Headers) -> list[tuple[str, str]]:
    # As httpx would send them: names in their own case, in httpx's encoding of the values
    # (aiohttp encodes them as UTF-8, which ASCII and UTF-8 values survive unchanged).
    # Each name and value decoded once (a request's headers are mostly the same as the last
    # one's): decoding them all again took a tenth of the SDK's own time per call.
    encoding = headers.encoding
    decoded = _DECODED.get(encoding)
    if decoded is None:
        decoded = _DECODED[encoding] = {}
    elif len(decoded) > 512:  # Content-Length and ids vary: the table is kept small
        decoded.clear()
    items = []
    for pair in headers.raw:
        item = decoded.get(pair)
        if item is None:
            item = decoded[pair] = (pair[0].decode(encoding), pair[1].decode(encoding))
        items.append(item)
    return items


_DECODED: Final[dict[str, dict[tuple[bytes, bytes], tuple[str, str]]]] = {}


@functools.lru_cache(maxsize=256)
def _yarl_url(url: str) -> URL:
    # httpx's URL is encoded already. Parsed once per URL: the invokes' never change.
    return URL(url, encoded=True)


@functools.cache
def _default_ssl_context(cafile: str | bool | None, capath: str | bool | None) -> ssl.SSLContext:
    # httpx's default (certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR), made once per value.
    return httpx.create_ssl_context(verify=True, trust_env=bool(cafile or capath))
