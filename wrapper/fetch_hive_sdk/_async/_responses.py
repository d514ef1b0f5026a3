"""Raw responses: `client.with_raw_response.<method>(...)` and
`client.with_streaming_response.<method>(...)`, as openai-python and anthropic-sdk-python
offer them.

`with_raw_response` makes the call as usual and returns an `AsyncAPIResponse`: the
`httpx.Response` (`http_response`, `status_code`, `headers`, `request_id`, `retries_taken`),
and `parse()` for what the method returns. `with_streaming_response` returns an
`AsyncStreamedResponse` to use in `async with`: the request is sent on entering and the body
is not read (`iter_bytes()`, `iter_lines()`, `read()`, or `parse()`), and it is closed on
leaving. Errors are raised as the method raises them.

The async source of both clients: `scripts/unasync.py` writes the sync one.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from .._base_client import RESPONSE_MODE

if TYPE_CHECKING:
    from types import TracebackType

__all__ = [
    "RESPONSE_MODE",
    "AsyncAPIResponse",
    "AsyncStreamedResponse",
    "to_raw_response",
    "to_streamed_response",
]

P = ParamSpec("P")
R = TypeVar("R")


class AsyncAPIResponse(Generic[R]):
    """The HTTP answer of a call, and `parse()` for what the method returns."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parse: Callable[[], Awaitable[R]],
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

    async def parse(self) -> R:
        """What the method returns (read once, then kept)."""
        if not self._parsed:
            self._parsed.append(await self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} {request.method} {request.url.path} {self.status_code}>"


class AsyncStreamedResponse(AsyncAPIResponse[R]):
    """A response whose body is read only as asked: `iter_bytes()`, `iter_lines()`,
    `read()`, or `parse()`. A context manager: leaving closes the connection."""

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive."""
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive (an event stream's `data:` lines...)."""
        async for line in self.http_response.aiter_lines():
            yield line

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncStreamedResponse[R]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncStreamedCall(Generic[R]):
    """A call of `client.with_streaming_response.<method>(...)`, a context manager: it
    sends the request on entering (not before) and closes it on leaving."""

    def __init__(self, send: Callable[[], Awaitable[AsyncStreamedResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncStreamedResponse[R] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


async def _in_mode(mode: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    from .._pagination import AsyncPager

    token = RESPONSE_MODE.set(mode)
    try:
        result = method(*args, **kwargs)
        if isinstance(result, AsyncPager):  # a paged list: its first page's answer
            page = await result.first_page()
            assert page.http_response is not None
            cls = AsyncStreamedResponse if mode == "stream" else AsyncAPIResponse
            return cls(page.http_response, 0, result.as_parsed)
        return await result
    finally:
        RESPONSE_MODE.reset(token)


def to_raw_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """`method` returning its `AsyncAPIResponse` instead of its result."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        response: AsyncAPIResponse[R] = await _in_mode("raw", method, *args, **kwargs)
        return response

    return call


def to_streamed_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncStreamedCall[R]]:
    """`method` returning a context manager of its `AsyncStreamedResponse` (body unread)."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedCall[R]:
        async def send() -> AsyncStreamedResponse[R]:
            response: AsyncStreamedResponse[R] = await _in_mode("stream", method, *args, **kwargs)
            return response

        return AsyncStreamedCall(send)

    return call
