"""`AsyncAPIClient`: sends operations through one pooled `httpx.AsyncClient`, with retries.

The one source of the send loop: `scripts/unasync.py` writes the sync one from it.
"""

from __future__ import annotations

import time
from typing import TypeVar

import httpx
from fetch_hive_runtime import APIObject

from .._base_client import (
    BaseClient,
    CallOptions,
    Operation,
    connection_error,
    is_event_stream,
    make_status_error,
    not_a_stream,
    read_result,
    safe_cause,
)
from .._io import AsyncSlots, asleep
from .._logging import hide_secret_headers, loggable_path, logger
from ._streaming import AsyncStream

ModelT = TypeVar("ModelT", bound=APIObject)


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Sends operations through one pooled `httpx.AsyncClient`, with retries."""

    # How the client waits (between retries, between polls); a test may replace it.
    _sleep = staticmethod(asleep)
    # The bound on requests in flight (`max_concurrent_requests`), shared with copies.
    _slots: AsyncSlots

    async def _send(
        self, op: Operation[ModelT], options: CallOptions
    ) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx answer (unread when streaming) and the retries
        taken. Retries happen only before the caller has seen any byte of the answer, and
        only as the operation's retry rule allows."""
        request = self._build_request(op, options)
        rule = self._retry_rule(op, options)
        limit = self._max_retries(options)
        retries = 0
        try:
            while True:
                started = time.monotonic()
                if logger.isEnabledFor(10):
                    logger.debug("%s %s %s", op.name, request.method, loggable_path(request.url))
                try:
                    async with self._slots():
                        response = await self._http.send(
                            request,
                            stream=op.streaming,
                            # A secret header must not follow a redirect to another host.
                            follow_redirects=self._http.follow_redirects and op.redirects_allowed,
                        )
                except httpx.RequestError as exc:
                    delay = self._retry_wait_after_transport_error(rule, exc, retries, limit)
                    if delay is None:
                        raise connection_error(exc, request, retries) from safe_cause(exc)
                    self._log_retry(request, type(exc).__name__, delay, retries + 1)
                    await self._sleep(delay)
                    retries += 1
                    continue
                if response.is_success:
                    self._log_answer(request, response, retries, started)
                    return response, retries
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    raise connection_error(exc, request, retries) from safe_cause(exc)
                finally:
                    await response.aclose()
                self._log_answer(request, response, retries, started)
                error = make_status_error(response, retries)
                delay = self._retry_wait_after_status(rule, response, error, retries, limit)
                if delay is None:
                    raise error
                self._log_retry(request, f"status {response.status_code}", delay, retries + 1)
                await self._sleep(delay)
                retries += 1
        finally:
            # The request stays reachable from results and errors (`exc.request`): keep
            # the credentials out of it once it has been sent.
            hide_secret_headers(request)

    async def _request(self, op: Operation[ModelT], options: CallOptions) -> ModelT:
        """One call whose answer is a JSON object, read into the operation's model."""
        response, retries = await self._send(op, options)
        return read_result(op, response, retries)

    async def _stream(self, op: Operation[ModelT], options: CallOptions) -> AsyncStream:
        """One call whose answer is a stream of events."""
        response, retries = await self._send(op, options)
        if not is_event_stream(response):
            await response.aread()
            await response.aclose()
            raise not_a_stream(op, response)
        return AsyncStream(response, retries_taken=retries)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()
