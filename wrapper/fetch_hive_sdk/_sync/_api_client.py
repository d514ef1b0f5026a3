"""Written by scripts/unasync.py from _async/_api_client.py: do not edit.

`APIClient`: sends operations through one pooled `httpx.Client`, with retries.

The one source of the send loop: `scripts/unasync.py` writes the sync one from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import httpx
from fetch_hive_runtime import APIObject, unwrapped

from .._base_client import (
    RESPONSE_MODE,
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
from .._build import prepare
from .._io import Slots, sleep
from .._logging import hide_secret_headers, loggable_path, logger

if TYPE_CHECKING:
    from fetch_hive_runtime import OperationSpec

    from .._hooks import Observed
    from .._pagination import Pager
    from ._responses import APIResponse
    from ._streaming import Stream

ModelT = TypeVar("ModelT", bound=APIObject)
AnswerT = TypeVar("AnswerT")
ResultT = TypeVar("ResultT")
_NOTHING: Final[Mapping[str, Any]] = {}


class APIClient(BaseClient[httpx.Client]):
    """Sends operations through one pooled `httpx.Client`, with retries."""

    # How the client waits (between retries, between polls); a test may replace it.
    _sleep = staticmethod(sleep)
    # The bound on requests in flight (`max_concurrent_requests`), shared with copies.
    _slots: Slots

    def _send(
        self,
        op: Operation[ModelT],
        options: CallOptions,
        *,
        stream: bool | None = None,
        observed: Observed | None = None,
    ) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx answer (unread when streaming, or `stream`)
        and the retries taken. Retries happen only before the caller has seen any byte of
        the answer, and only as the operation's retry rule allows. `observed`: the call's
        hooks see each retry, the answer, and a failure."""
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
                    with self._slots():
                        response = self._http.send(
                            request,
                            stream=op.streaming if stream is None else stream,
                            # A secret header must not follow a redirect to another host.
                            follow_redirects=self._http.follow_redirects and op.redirects_allowed,
                        )
                except httpx.RequestError as exc:
                    delay = self._retry_wait_after_transport_error(rule, exc, retries, limit)
                    if delay is None:
                        raise connection_error(exc, request, retries) from safe_cause(exc)
                    self._log_retry(request, type(exc).__name__, delay, retries + 1)
                    if observed is not None:
                        observed.retry(type(exc).__name__, delay)
                    self._sleep(delay)
                    retries += 1
                    continue
                if response.is_success:
                    self._log_answer(request, response, retries, started)
                    if observed is not None:
                        observed.answered(response)
                    return response, retries
                try:
                    response.read()
                except httpx.RequestError as exc:
                    raise connection_error(exc, request, retries) from safe_cause(exc)
                finally:
                    response.close()
                self._log_answer(request, response, retries, started)
                error = make_status_error(response, retries)
                delay = self._retry_wait_after_status(rule, response, error, retries, limit)
                if delay is None:
                    raise error
                self._log_retry(request, f"status {response.status_code}", delay, retries + 1)
                if observed is not None:
                    observed.retry(f"status {response.status_code}", delay)
                self._sleep(delay)
                retries += 1
        except BaseException as exc:
            if observed is not None:
                observed.end(error=exc)
            raise
        finally:
            # The request stays reachable from results and errors (`exc.request`): keep
            # the credentials out of it once it has been sent.
            hide_secret_headers(request)

    def _observed(self, op: Operation[Any]) -> Observed | None:
        """The hooks of one call; None (and nothing loaded) for a client without hooks."""
        if not self._hooks:
            return None
        from .._hooks import Observed

        return Observed(self._hooks, op)

    def _request(
        self,
        op: Operation[ModelT],
        options: CallOptions,
        finish: Callable[[Any], Any] | None = None,
    ) -> ModelT:
        """One call whose answer is a JSON object, read into the operation's model, then
        given to `finish` (the unwrapping of an envelope). Under `with_raw_response` /
        `with_streaming_response`, its `APIResponse` instead (`_raw`)."""
        if RESPONSE_MODE.get() is not None:
            return cast("ModelT", self._raw(op, options, finish))
        observed = self._observed(op)
        response, retries = self._send(op, options, observed=observed)
        if observed is None:
            result = read_result(op, response, retries)
            return result if finish is None else cast("ModelT", finish(result))
        try:
            result = read_result(op, response, retries)
            result = result if finish is None else cast("ModelT", finish(result))
        except BaseException as exc:
            observed.end(error=exc)
            raise
        observed.end(result=result)
        return result

    def _stream(self, op: Operation[ModelT], options: CallOptions) -> Stream:
        """One call whose answer is a stream of events."""
        if RESPONSE_MODE.get() is not None:
            return cast("Stream", self._raw(op, options, None))
        observed = self._observed(op)
        response, retries = self._send(op, options, observed=observed)
        return self._as_stream(op, response, retries, observed)

    def _as_stream(
        self,
        op: Operation[Any],
        response: httpx.Response,
        retries: int,
        observed: Observed | None = None,
    ) -> Stream:
        if not is_event_stream(response):
            response.read()
            response.close()
            error = not_a_stream(op, response)
            if observed is not None:
                observed.end(error=error)
            raise error
        from ._streaming import Stream  # loaded by the first stream

        return Stream(response, retries_taken=retries, observed=observed)

    def _raw(
        self, op: Operation[Any], options: CallOptions, finish: Callable[[Any], Any] | None
    ) -> APIResponse[Any]:
        """The call's answer for `with_raw_response` (read; a stream's events unread) or
        `with_streaming_response` (unread), with `parse()` for what the method returns."""
        streamed = RESPONSE_MODE.get() == "stream"
        observed = self._observed(op)
        response, retries = self._send(
            op, options, stream=op.streaming or streamed, observed=observed
        )
        if observed is not None:  # the caller reads the body: the call is over for hooks
            observed.end()

        def parse() -> Any:
            if op.streaming:
                return self._as_stream(op, response, retries)
            response.read()
            result = read_result(op, response, retries)
            return result if finish is None else finish(result)

        from ._responses import APIResponse, StreamedResponse  # on first use

        if streamed:
            return StreamedResponse(response, retries, parse)
        return APIResponse(response, retries, parse)

    # Calls by descriptor (the generated methods) ------------------------------------------

    def _call(
        self,
        spec: OperationSpec[Any, ResultT],
        options: Mapping[str, Any],
        method: str,
        *,
        path: Mapping[str, object] = _NOTHING,
        query: Mapping[str, object] = _NOTHING,
        body: Mapping[str, Any] | None = None,
        names: Mapping[str, str] = _NOTHING,
        because: Mapping[str, str] = _NOTHING,
    ) -> ResultT:
        """One call of `spec` by the method named `method` (for errors): its arguments
        checked, its answer read, the result it wraps (`spec.envelope`) unwrapped."""
        op = prepare(spec, path=path, query=query, body=body, names=names, because=because)
        return self._send_prepared(spec, op, options, method)

    def _send_prepared(
        self,
        spec: OperationSpec[Any, ResultT],
        op: Operation[Any],
        options: Mapping[str, Any],
        method: str,
    ) -> ResultT:
        envelope = spec.envelope
        finish = None if envelope is None else (lambda answer: unwrapped(answer, envelope))
        return cast("ResultT", self._request(op, CallOptions.of(method, options), finish))

    def _call_answer(
        self,
        spec: OperationSpec[AnswerT, Any],
        method: str,
        *,
        path: Mapping[str, object] = _NOTHING,
        query: Mapping[str, object] = _NOTHING,
        body: Mapping[str, Any] | None = None,
    ) -> AnswerT:
        """One call of `spec` returning its whole answer (fetch-hive-sdk 0.4.1's methods)."""
        op = prepare(spec, path=path, query=query, body=body)
        return cast("AnswerT", self._request(op, CallOptions.of(method, _NOTHING)))

    def _pages(
        self,
        spec: OperationSpec[Any, Any],
        options: Mapping[str, Any],
        method: str,
        *,
        path: Mapping[str, object] = _NOTHING,
        query: Mapping[str, object] = _NOTHING,
        names: Mapping[str, str] = _NOTHING,
    ) -> Pager[Any]:
        """A cursor-paged list (`spec.pagination`): its arguments checked now, each page
        asked for when iteration reaches it (`_pagination`)."""
        from .._pagination import Pager  # most programs never read a paged list

        assert spec.pagination is not None and spec.envelope is not None
        pagination, envelope = spec.pagination, spec.envelope
        call = CallOptions.of(method, options)
        prepare(spec, path=path, query=query, names=names)  # bad arguments: refused now

        def fetch(cursor: str | None) -> tuple[Any, list[Any]]:
            page_query = {**query, pagination.cursor_param: cursor}
            op = prepare(spec, path=path, query=page_query, names=names)
            mode = RESPONSE_MODE.set(None)  # pages are read as models, even under a raw call
            try:
                page = self._request(op, call)
            finally:
                RESPONSE_MODE.reset(mode)
            return page, unwrapped(page, envelope)

        return Pager(method, fetch, pagination.next_cursor_field)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()
