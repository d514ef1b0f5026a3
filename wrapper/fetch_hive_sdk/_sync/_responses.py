"""Written by scripts/unasync.py from _async/_responses.py: do not edit.

Raw responses: `client.with_raw_response.<method>(...)` and
`client.with_streaming_response.<method>(...)`, as openai-python and anthropic-sdk-python
offer them.

`with_raw_response` makes the call as usual and returns an `APIResponse`: the
`httpx.Response` (`http_response`, `status_code`, `headers`, `request_id`, `retries_taken`),
and `parse()` for what the method returns. `with_streaming_response` returns an
`StreamedResponse` to use in `async with`: the request is sent on entering and the body
is not read (`iter_bytes()`, `iter_lines()`, `read()`, or `parse()`), and it is closed on
leaving. Errors are raised as the method raises them.

The async source of both clients: `scripts/unasync.py` writes the sync one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from .._base_client import RESPONSE_MODE

if TYPE_CHECKING:
    from types import TracebackType

__all__ = [
    "RESPONSE_MODE",
    "APIResponse",
    "StreamedResponse",
    "to_raw_response",
    "to_streamed_response",
]

P = ParamSpec("P")
R = TypeVar("R")


class APIResponse(Generic[R]):
    """The HTTP answer of a call, and `parse()` for what the method returns."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parse: Callable[[], R],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` header, when sent."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def parse(self) -> R:
        """What the method returns (read once, then kept)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} {request.method} {request.url.path} {self.status_code}>"


class StreamedResponse(APIResponse[R]):
    """A response whose body is read only as asked: `iter_bytes()`, `iter_lines()`,
    `read()`, or `parse()`. A context manager: leaving closes the connection."""

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive."""
        for chunk in self.http_response.iter_bytes(chunk_size):
            yield chunk

    def iter_lines(self) -> Iterator[str]:
        """The body's lines as they arrive (an event stream's `data:` lines...)."""
        for line in self.http_response.iter_lines():
            yield line

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> StreamedResponse[R]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class StreamedCall(Generic[R]):
    """A call of `client.with_streaming_response.<method>(...)`, a context manager: it
    sends the request on entering (not before) and closes it on leaving."""

    def __init__(self, send: Callable[[], StreamedResponse[R]]) -> None:
        self._send = send
        self._response: StreamedResponse[R] | None = None

    def __enter__(self) -> StreamedResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


def _in_mode(mode: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    from .._pagination import Pager

    token = RESPONSE_MODE.set(mode)
    try:
        result = method(*args, **kwargs)
        if isinstance(result, Pager):  # a paged list: its first page's answer
            page = result.first_page()
            assert page.http_response is not None
            cls = StreamedResponse if mode == "stream" else APIResponse
            return cls(page.http_response, 0, result.as_parsed)
        return result
    finally:
        RESPONSE_MODE.reset(token)


def to_raw_response(
    method: Callable[P, R],
) -> Callable[P, APIResponse[R]]:
    """`method` returning its `APIResponse` instead of its result."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        response: APIResponse[R] = _in_mode("raw", method, *args, **kwargs)
        return response

    return call


def to_streamed_response(
    method: Callable[P, R],
) -> Callable[P, StreamedCall[R]]:
    """`method` returning a context manager of its `StreamedResponse` (body unread)."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> StreamedCall[R]:
        def send() -> StreamedResponse[R]:
            response: StreamedResponse[R] = _in_mode("stream", method, *args, **kwargs)
            return response

        return StreamedCall(send)

    return call
