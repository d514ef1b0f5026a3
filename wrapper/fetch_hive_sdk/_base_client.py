"""All HTTP policy in one place: base URL, auth, user agent, timeout, retries, error
mapping, logging, and the single pooled httpx client of each SDK client.

An operation arrives as an `Operation`: the request the generated module built
(`_get_kwargs`), the generated model that reads its answer, and whether it needs the API
key. `SyncAPIClient` and `AsyncAPIClient` differ only in how they send and sleep.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Generic, TypeVar

import httpx

from . import _validation as check
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InputValidationError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._logging import log_bodies, loggable_path, logger, redact
from ._mapping import ResponseInfo, attach_response_info, with_mapping
from ._retry import RateLimitInfo, is_retryable_status, retry_delay
from ._version import __version__

DEFAULT_BASE_URL: Final = "https://api.fetchhive.com/v1"
DEFAULT_TIMEOUT: Final = 120.0
DEFAULT_MAX_RETRIES: Final = 2
USER_AGENT: Final = (
    f"fetch-hive-sdk-python/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
)
# Connection pool of a client the SDK creates itself.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class NotGiven:
    """Sentinel for "use the client's setting" where None has a meaning (timeout=None: no
    timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class Operation:
    """One API call: what the generated operation module built, and how to read the answer."""

    name: str
    kwargs: dict[str, Any]
    result_model: type[Any] | None = None
    needs_api_key: bool = True
    streaming: bool = False


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call overrides of the client's settings."""

    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None

    @classmethod
    def checked(
        cls,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> CallOptions:
        check.request_options(
            None if isinstance(timeout, NotGiven) else timeout, max_retries, extra_headers
        )
        return cls(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


@dataclass(frozen=True, slots=True)
class ClientConfig:
    api_key: str | None = field(repr=False)
    base_url: str
    timeout: Timeout
    max_retries: int
    default_headers: Mapping[str, str]


def resolve_config(
    api_key: str | None,
    base_url: str | None,
    timeout: Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
) -> ClientConfig:
    check.request_options(timeout, max_retries, default_headers, headers_argument="default_headers")
    key = check.api_key(api_key) or check.api_key(
        os.environ.get("FETCH_HIVE_API_KEY"), "FETCH_HIVE_API_KEY"
    )
    url = base_url or os.environ.get("FETCH_HIVE_BASE_URL") or DEFAULT_BASE_URL
    return ClientConfig(
        api_key=key,
        base_url=check.base_url(url),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
    )


def make_status_error(response: httpx.Response, retries_taken: int) -> APIStatusError:
    """The typed exception for a non-2xx answer whose body has been read.

    Tolerates any status (520, 529...) and any body (HTML, empty, not an object).
    """
    body: object
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    fields: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    error_code = _text(fields.get("error_code")) or _text(fields.get("code"))
    detail = _text(fields.get("message")) or _text(fields.get("error"))
    if detail is None and isinstance(body, str):
        detail = body[:200]
    status = response.status_code
    message = f"Error {status}: {detail}" if detail else f"Error {status} {response.reason_phrase}"
    if error_code:
        message = f"{message} ({error_code})"
    rate_limit = RateLimitInfo.from_headers(response.headers)
    error = _status_error_class(status)(
        message,
        response=response,
        body=body,
        error_code=error_code,
        request_id=_text(fields.get("request_id")) or response.headers.get("x-request-id"),
        retry_after=rate_limit.retry_after if rate_limit else None,
        rate_limit=rate_limit,
    )
    error.retries_taken = retries_taken
    return error


def safe_cause(exc: httpx.RequestError) -> httpx.RequestError | None:
    """`exc` as the cause to show, except a `LocalProtocolError`: httpx quotes the offending
    header in its text, and a header may hold a secret."""
    return None if isinstance(exc, httpx.LocalProtocolError) else exc


# Transport errors that a retry cannot fix: the request itself is wrong.
NOT_RETRIED_TRANSPORT_ERRORS = (
    httpx.LocalProtocolError,
    httpx.UnsupportedProtocol,
    httpx.DecodingError,
    httpx.TooManyRedirects,
)


def connection_error(
    exc: httpx.RequestError, request: httpx.Request, retries_taken: int = 0
) -> APIConnectionError:
    """The SDK error for an httpx failure to get an answer (before or during it): a
    transport error, a body that cannot be decoded, too many redirects.

    Callers chain it with `raise ... from safe_cause(exc)`.
    """
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(request=request)
    else:
        error = APIConnectionError(f"Connection error: {type(exc).__name__}.", request=request)
    error.retries_taken = retries_taken
    return error


def _request_id(response: httpx.Response) -> str | None:
    """The run's request id: the `X-Request-Id` header, else the body's `request_id` (for
    a body already read; used for log lines only)."""
    header: str | None = response.headers.get("x-request-id")
    if header or not response.is_stream_consumed:
        return header
    try:
        body = response.json()
    except ValueError:
        return None
    return _text(body.get("request_id")) if isinstance(body, dict) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


_STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    502: ProviderError,
}


def _status_error_class(status: int) -> type[APIStatusError]:
    if status in _STATUS_ERRORS:
        return _STATUS_ERRORS[status]
    if status >= 500:
        return InternalServerError
    return APIStatusError


def _is_event_stream(response: httpx.Response) -> bool:
    """False only when the answer says it is something else (no header: give it a try)."""
    content_type = response.headers.get("content-type", "")
    return not content_type or content_type.lower().startswith("text/event-stream")


def _not_a_stream(op: Operation, response: httpx.Response) -> APIResponseValidationError:
    body: object
    try:
        body = response.json()
    except ValueError:
        body = response.text
    content_type = response.headers.get("content-type")
    return APIResponseValidationError(
        f"{op.name} asked for a stream but the answer is {content_type!r}, not text/event-stream.",
        response=response,
        body=body,
    )


HttpxClientT = TypeVar("HttpxClientT", httpx.Client, httpx.AsyncClient)


def new_http_client(http_client_class: type[HttpxClientT]) -> HttpxClientT:
    """The pool of a client created without `http_client=` (one per SDK client)."""
    return http_client_class(limits=DEFAULT_LIMITS, follow_redirects=False)


class BaseClient(Generic[HttpxClientT]):
    """Settings, request building and answer reading shared by the sync and async clients."""

    _config: ClientConfig
    _http: HttpxClientT
    _owns_http: bool

    def _init_base(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: HttpxClientT | None,
        default_http_client: type[HttpxClientT],
    ) -> None:
        self._config = resolve_config(api_key, base_url, timeout, max_retries, default_headers)
        if http_client is not None and not isinstance(http_client, default_http_client):
            raise InputValidationError(
                f"http_client: must be an {default_http_client.__module__}."
                f"{default_http_client.__qualname__}, got {type(http_client).__name__}",
                argument="http_client",
            )
        # A client passed in belongs to the caller: close() leaves it open.
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else new_http_client(default_http_client)
        )

    # Settings -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def has_api_key(self) -> bool:
        return self._config.api_key is not None

    def _copy_with(
        self,
        *,
        api_key: str | NotGiven | None,
        base_url: str | NotGiven | None,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
    ) -> Any:
        """A copy with other settings that shares this client's connection pool."""
        config = self._config
        changes: dict[str, Any] = {}
        if not isinstance(api_key, NotGiven):
            changes["api_key"] = check.api_key(api_key)
        if not isinstance(base_url, NotGiven) and base_url:
            changes["base_url"] = check.base_url(base_url)
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if default_headers is not None:
            changes["default_headers"] = {**config.default_headers, **default_headers}
        check.request_options(
            changes.get("timeout"),
            changes.get("max_retries"),
            changes.get("default_headers"),
            headers_argument="default_headers",
        )
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._config = replace(config, **changes)
        return clone

    def __repr__(self) -> str:
        # Never the key itself, not even a prefix.
        key = "<set>" if self._config.api_key else None
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, api_key={key}, "
            f"timeout={self._config.timeout!r}, max_retries={self._config.max_retries})"
        )

    # Requests -------------------------------------------------------------------------

    def _build_request(self, op: Operation, options: CallOptions) -> httpx.Request:
        kwargs = op.kwargs
        headers: dict[str, str] = {
            "User-Agent": USER_AGENT,
            "Accept": "text/event-stream" if op.streaming else "application/json",
            **self._config.default_headers,
            **kwargs.get("headers", {}),
        }
        if op.needs_api_key:
            if self._config.api_key is None:
                raise MissingAPIKeyError()
            headers["Authorization"] = f"Bearer {self._config.api_key}"
        if options.extra_headers:
            headers.update(options.extra_headers)
        timeout = self._config.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        if logger.isEnabledFor(10) and log_bodies() and "json" in kwargs:
            logger.debug("%s request body: %r", op.name, redact(kwargs["json"]))
        return self._http.build_request(
            kwargs["method"].upper(),
            self._config.base_url + kwargs["url"],
            json=kwargs.get("json"),
            params=kwargs.get("params") or None,
            headers=headers,
            timeout=httpx.Timeout(timeout) if not isinstance(timeout, httpx.Timeout) else timeout,
        )

    def _max_retries(self, options: CallOptions) -> int:
        return self._config.max_retries if options.max_retries is None else options.max_retries

    def _retry_wait_after_status(
        self, response: httpx.Response, error: APIStatusError, retries_taken: int, limit: int
    ) -> float | None:
        if retries_taken >= limit or not is_retryable_status(
            response.status_code, error.error_code
        ):
            return None
        return retry_delay(retries_taken, response.headers)

    def _retry_wait_after_transport_error(
        self, exc: httpx.RequestError, retries_taken: int, limit: int
    ) -> float | None:
        if retries_taken >= limit or isinstance(exc, NOT_RETRIED_TRANSPORT_ERRORS):
            return None
        return retry_delay(retries_taken, None)

    def _connection_error(
        self, exc: httpx.RequestError, request: httpx.Request, retries_taken: int
    ) -> APIConnectionError:
        return connection_error(exc, request, retries_taken)

    def _read_result(self, op: Operation, response: httpx.Response, retries_taken: int) -> Any:
        """Parse a 2xx body with the operation's generated model (with mapping access)."""
        assert op.result_model is not None
        try:
            body = response.json()
        except ValueError:
            raise APIResponseValidationError(
                f"The {op.name} answer is not JSON.", response=response, body=response.text
            ) from None
        if logger.isEnabledFor(10) and log_bodies():
            logger.debug("%s response body: %r", op.name, redact(body))
        try:
            result = with_mapping(op.result_model).from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"The {op.name} answer does not have the documented shape ({type(exc).__name__}: "
                f"{exc}).",
                response=response,
                body=body,
            ) from None
        attach_response_info(
            result,
            ResponseInfo(
                http_response=response,
                retries_taken=retries_taken,
                rate_limit=RateLimitInfo.from_headers(response.headers),
            ),
        )
        return result

    # Logging ----------------------------------------------------------------------------

    def _log_answer(
        self, request: httpx.Request, response: httpx.Response, retries_taken: int, started: float
    ) -> None:
        if logger.isEnabledFor(20):
            logger.info(
                "%s %s -> %d request_id=%s retries=%d elapsed=%.3fs",
                request.method,
                loggable_path(request.url),
                response.status_code,
                _request_id(response) or "-",
                retries_taken,
                time.monotonic() - started,
            )

    def _log_retry(self, request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
        logger.info(
            "retrying %s %s in %.2fs (retry %d) after %s",
            request.method,
            loggable_path(request.url),
            delay,
            attempt,
            reason,
        )


class SyncAPIClient(BaseClient[httpx.Client]):
    """Sends operations through one pooled `httpx.Client`, with retries."""

    @staticmethod
    def _sleep(seconds: float) -> None:
        time.sleep(seconds)

    def _send(self, op: Operation, options: CallOptions) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx answer (unread when streaming) and the retries
        taken. Retries happen only before the caller has seen any byte of the answer."""
        request = self._build_request(op, options)
        limit = self._max_retries(options)
        retries = 0
        while True:
            started = time.monotonic()
            logger.debug("%s %s %s", op.name, request.method, loggable_path(request.url))
            try:
                response = self._http.send(request, stream=op.streaming)
            except httpx.RequestError as exc:
                delay = self._retry_wait_after_transport_error(exc, retries, limit)
                if delay is None:
                    raise self._connection_error(exc, request, retries) from safe_cause(exc)
                self._log_retry(request, type(exc).__name__, delay, retries + 1)
                self._sleep(delay)
                retries += 1
                continue
            if response.is_success:
                self._log_answer(request, response, retries, started)
                return response, retries
            try:
                response.read()
            except httpx.RequestError as exc:
                raise self._connection_error(exc, request, retries) from safe_cause(exc)
            finally:
                response.close()
            self._log_answer(request, response, retries, started)
            error = make_status_error(response, retries)
            delay = self._retry_wait_after_status(response, error, retries, limit)
            if delay is None:
                raise error
            self._log_retry(request, f"status {response.status_code}", delay, retries + 1)
            self._sleep(delay)
            retries += 1

    def _call(self, op: Operation, options: CallOptions) -> Any:
        response, retries = self._send(op, options)
        if op.streaming:
            from ._streaming import Stream

            if not _is_event_stream(response):
                response.read()
                response.close()
                raise _not_a_stream(op, response)
            return Stream(response, retries_taken=retries)
        return self._read_result(op, response, retries)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Sends operations through one pooled `httpx.AsyncClient`, with retries."""

    @staticmethod
    async def _sleep(seconds: float) -> None:
        import anyio  # works under asyncio and trio; imported on first retry only

        await anyio.sleep(seconds)

    async def _send(self, op: Operation, options: CallOptions) -> tuple[httpx.Response, int]:
        """Async twin of `SyncAPIClient._send`."""
        request = self._build_request(op, options)
        limit = self._max_retries(options)
        retries = 0
        while True:
            started = time.monotonic()
            logger.debug("%s %s %s", op.name, request.method, loggable_path(request.url))
            try:
                response = await self._http.send(request, stream=op.streaming)
            except httpx.RequestError as exc:
                delay = self._retry_wait_after_transport_error(exc, retries, limit)
                if delay is None:
                    raise self._connection_error(exc, request, retries) from safe_cause(exc)
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
                raise self._connection_error(exc, request, retries) from safe_cause(exc)
            finally:
                await response.aclose()
            self._log_answer(request, response, retries, started)
            error = make_status_error(response, retries)
            delay = self._retry_wait_after_status(response, error, retries, limit)
            if delay is None:
                raise error
            self._log_retry(request, f"status {response.status_code}", delay, retries + 1)
            await self._sleep(delay)
            retries += 1

    async def _call(self, op: Operation, options: CallOptions) -> Any:
        response, retries = await self._send(op, options)
        if op.streaming:
            from ._streaming import AsyncStream

            if not _is_event_stream(response):
                await response.aread()
                await response.aclose()
                raise _not_a_stream(op, response)
            return AsyncStream(response, retries_taken=retries)
        return self._read_result(op, response, retries)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()
