"""httpx requests and responses made without the steps of their constructors that a call's
hot path does not need, for the two objects every call makes: its JSON request and (over
aiohttp) its answer, read whole.

`httpx.Request(...)` and `httpx.Response(...)` normalise every header again, copy what they
are given, and read a body in memory through httpx's chunked iteration; at a few
microseconds each, that was a sixth of the SDK's own time per call over aiohttp. Here the
objects are given the state their constructors and `read()` would leave, set directly.

That state is httpx's own (private) layout. So the first use checks, once, on the httpx
installed, that an object made here equals one made by httpx's public constructors and
`read()` (every attribute); where it does not (another httpx), the public way is used.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

__all__ = ["json_request", "read_response"]


def json_request(
    method: str,
    url: httpx.URL,
    headers: httpx.Headers,
    content: bytes,
    content_type: str | None,
    extensions: Mapping[str, Any],
    *,
    fast: bool | None = None,
) -> httpx.Request:
    """`httpx.Request(method, url, extensions=..., stream=ByteStream(content))`, read
    (`request.content` is `content`), with `headers` then Content-Length (and Content-Type,
    when given) last, in httpx's order. The request's headers keep the encoding `headers`
    found (once), which httpx would otherwise find again for each request. `fast`: made
    directly (True) or by httpx's constructor (False); None: directly where that is known
    to give the same object."""
    if fast if fast is not None else _layout_known():
        entries = [*headers._list, (b"Content-Length", b"content-length", b"%d" % len(content))]
        if content_type is not None:
            entries.append((b"Content-Type", b"content-type", content_type.encode("ascii")))
        sent = httpx.Headers(encoding=headers.encoding)
        sent._list = entries
        request = httpx.Request.__new__(httpx.Request)
        request.method = method.upper()
        request.url = url
        request.headers = sent
        request.extensions = dict(extensions)
        request.stream = httpx.ByteStream(content)
        request._content = content
        return request
    sent = httpx.Headers(headers, encoding=headers.encoding)
    sent["Content-Length"] = str(len(content))
    if content_type is not None:
        sent["Content-Type"] = content_type
    request = httpx.Request(method, url, extensions=extensions, stream=httpx.ByteStream(content))
    request.headers = sent  # given to the constructor, they would be copied again
    request.read()
    return request


def read_response(
    status_code: int,
    raw_headers: Sequence[tuple[bytes, bytes]],
    body: bytes,
    extensions: Mapping[str, Any],
    *,
    fast: bool | None = None,
) -> httpx.Response:
    """`httpx.Response(status_code, headers=raw_headers, stream=ByteStream(body), ...)`
    after `read()`. `fast`: as for `json_request`; the direct way does not decode, so a
    compressed body (a Content-Encoding) needs `fast=False`."""
    if fast if fast is not None else _layout_known():
        headers = httpx.Headers()
        headers._list = [(name, name.lower(), value) for name, value in raw_headers]
        response = httpx.Response.__new__(httpx.Response)
        response.status_code = status_code
        response.headers = headers
        response._request = None
        response.next_request = None
        response.extensions = dict(extensions)
        response.history = []
        response.is_closed = True
        response.is_stream_consumed = True
        response.default_encoding = "utf-8"
        response.stream = httpx.ByteStream(body)
        response._num_bytes_downloaded = len(body)
        response._content = body
        return response
    response = httpx.Response(
        status_code, headers=raw_headers, stream=httpx.ByteStream(body), extensions=extensions
    )
    response.read()
    return response


_KNOWN: list[bool] = []
_LOCK = threading.Lock()


def _layout_known() -> bool:
    if not _KNOWN:
        with _LOCK:
            if not _KNOWN:
                _KNOWN.append(_made_here_equals_httpx_s())
    return _KNOWN[0]


def _made_here_equals_httpx_s() -> bool:
    """Objects made here and by httpx's public constructors agree in every attribute (the
    body streams: in their bytes; the decoder httpx makes while reading: left out)."""
    try:
        url = httpx.URL("http://127.0.0.1:8/v1/x")
        headers = httpx.Headers({"Host": "127.0.0.1:8", "Accept": "application/json"})
        request: tuple[Any, ...] = ("post", url, headers, b"{}", "application/json", {})
        raw = [(b"Content-Type", b"application/json"), (b"X-Request-Id", b"r")]
        answer: tuple[Any, ...] = (200, raw, b"{}", {"reason_phrase": b"OK"})
        return _same(
            json_request(*request, fast=True), json_request(*request, fast=False)
        ) and _same(read_response(*answer, fast=True), read_response(*answer, fast=False))
    except Exception:  # pragma: no cover (the pinned httpx has this layout)
        return False


def _same(ours: Any, theirs: Any) -> bool:
    mine, its = dict(vars(ours)), dict(vars(theirs))
    mine.pop("_decoder", None)
    its.pop("_decoder", None)
    if mine.keys() != its.keys():
        return False
    for name, value in mine.items():
        other = its[name]
        if name == "stream":
            if type(value) is not type(other) or b"".join(value) != b"".join(other):
                return False
        elif name == "headers":
            if value.raw != other.raw or value.multi_items() != other.multi_items():
                return False
        elif value != other:
            return False
    return True
