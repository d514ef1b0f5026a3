"""Streams: `Stream` / `AsyncStream` (what `invoke_*(..., streaming=True)` returns), and
fetch-hive-sdk 0.4.1's low-level helpers `iter_sse` / `aiter_sse`, under 0.4.1's module name.

`iter_sse(response)` reads the Server-Sent Events of any streaming `httpx.Response` you
opened yourself and yields each event's JSON as a typed event (a dict, as in 0.4.1), up to
`data: [DONE]`. Like 0.4.1 it raises `httpx.HTTPStatusError` for a non-2xx answer (here the
SDK's typed `APIStatusError`, a subclass), yields `error` events instead of raising, and ends
quietly when the connection ends; unlike 0.4.1 it decodes every line ending, multi-line
`data:` and BOM correctly, in linear time, and passes data that is not JSON through as a
`GenericStreamEvent` instead of dropping it. For the checked stream (errors raised, a cut
stream reported) use `Stream`.
"""

from ._async._streaming import AsyncStream, aiter_sse
from ._sync._streaming import Stream, iter_sse

__all__ = ["AsyncStream", "Stream", "aiter_sse", "iter_sse"]
