"""All HTTP policy in one place: settings, request building, retry decisions, error mapping,
answer reading and logging, shared by the sync and async clients.

An API call arrives as an `Operation`: the request the generated module built
(`_get_kwargs`), the generated model that reads its answer, whether it needs the API key,
and its `RetryRule`. The send loops themselves live in `_async/_api_client.py` (and its
generated sync twin); everything here is free of I/O.
"""

from __future__ import annotations

import json as _json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

import httpx

from . import _httpx_parts
from . import _rules as check
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
from ._pool import (
    DEFAULT_LIMITS,
    Timeout,
    as_httpx_timeout,
)
from ._response_info import ResponseInfo
from ._retry import (
    INVOKE,
    READ,
    RetryRule,
    is_retryable_status,
    is_retryable_transport_error,
    retry_delay,
)

# Re-exported (`X as X`): the SDK's modules import these records from here.
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import CallOptions as CallOptions
from ._types import ModelT
from ._types import NotGiven as NotGiven
from ._types import Operation as Operation
from ._types import RequestOptions as RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from ._hooks import CallHooks

DEFAULT_BASE_URL: Final = "https://api.fetchhive.com/v1"

# How the call being made returns its answer: None (parsed, as usual), "raw" (read, with
# the response) or "stream" (unread). Set only around one call by `with_raw_response` and
# `with_streaming_response` (`_responses`); the send loops read it. It lives here so that
# the raw-response module is loaded only when a program uses it.
RESPONSE_MODE: ContextVar[str | None] = ContextVar("fetch_hive_response_mode", default=None)
DEFAULT_MAX_RETRIES: Final = 2
USER_AGENT: Final = (
    f"fetch-hive-sdk-python/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
)
# Requests of one client in flight at once: the pool's size, so that a burst waits in line
# instead of crowding the pool.
DEFAULT_MAX_CONCURRENT_REQUESTS: Final = 100


# httpx's JSON encoding of a body (`json.dumps` with these settings), made once: `dumps` with
# settings of its own makes a new encoder for every call, a third of the cost of encoding.
_JSON_ENCODER: Final = _json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class KindHeaders:
    """The headers of one kind of request (see BaseClient._request_headers), and the JSON
    requests made with them."""

    __slots__ = (
        "_has_content_length", "_has_content_type", "_has_host", "_with_host", "defaults", "headers",
    )  # fmt: skip

    def __init__(self, defaults: dict[str, str], headers: httpx.Headers) -> None:
        self.defaults = defaults  # the httpx client's, when these were built
        self.headers = headers
        self._has_host = "Host" in headers
        self._has_content_type = "Content-Type" in headers
        self._has_content_length = "Content-Length" in headers  # odd: httpx replaces it
        # `headers` with the Host header httpx puts first, per host (netloc) asked for.
        self._with_host: dict[bytes, httpx.Headers] = {}

    def json_request(
        self,
        method: str,
        url: httpx.URL,
        params: Any,
        body: Any,
        timeout: Mapping[str, float | None],
    ) -> httpx.Request:
        """`httpx.Request(method, url, params=..., headers=..., json=body)`, the same bytes
        and headers in httpx's order (Host first; Content-Length, and Content-Type when
        missing, last), built from headers normalised once (`httpx.Headers` copies another
        `Headers` as it is) instead of httpx normalising every header again for each
        request: most of the CPU of building one."""
        if self._has_content_length:
            return httpx.Request(
                method, url, params=params, headers=self.headers, json=body,
                extensions={"timeout": timeout},
            )  # fmt: skip
        content = _JSON_ENCODER.encode(body).encode("utf-8")
        if params is not None:
            url = httpx.URL(url, params=params)
        return _httpx_parts.json_request(
            method,
            url,
            self._headers_for(url),
            content,
            None if self._has_content_type else "application/json",
            {"timeout": timeout},
        )

    def _headers_for(self, url: httpx.URL) -> httpx.Headers:
        if self._has_host or not url.host:
            return self.headers
        netloc = url.netloc
        headers = self._with_host.get(netloc)
        if headers is None:
            if len(self._with_host) >= 16:  # a client talks to one host, or a few
                self._with_host.clear()
            headers = self._with_host[netloc] = httpx.Headers(
                [(b"Host", netloc), *self.headers.raw]
            )
        return headers


class ClientConfig:
    """A client's settings, and what every request derives from them (computed once).

    Not changed after it is made: `with_options()` makes a new one with `replace()`.
    """

    _SETTINGS = (
        "api_key", "base_url", "timeout", "max_retries", "default_headers",
        "retry_uncertain_invokes", "workspace_id", "default_query",
    )  # fmt: skip
    __slots__ = (*_SETTINGS, "built_headers", "httpx_timeout", "json_headers", "stream_headers")

    def __init__(
        self,
        api_key: str | None,
        base_url: str,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str],
        retry_uncertain_invokes: bool = False,
        workspace_id: str | None = None,
        default_query: Mapping[str, Any] | None = None,
    ) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = default_headers
        self.retry_uncertain_invokes = retry_uncertain_invokes
        self.workspace_id = workspace_id
        self.default_query = dict(default_query or {})
        self.httpx_timeout = as_httpx_timeout(timeout)
        # The headers of every JSON and of every streaming request, before per-call ones.
        base = {"User-Agent": USER_AGENT, **default_headers}
        self.json_headers = {**base, "Accept": "application/json"}
        self.stream_headers = {**base, "Accept": "text/event-stream"}
        # The headers of a request without headers of its own, built once per kind of
        # request and httpx client defaults (see BaseClient._request_headers).
        self.built_headers: dict[tuple[bool, bool], KindHeaders] = {}

    def replace(self, **changes: Any) -> ClientConfig:
        """A copy with some settings changed (and the derived ones made again)."""
        settings = {name: getattr(self, name) for name in self._SETTINGS}
        return ClientConfig(**{**settings, **changes})

    def __repr__(self) -> str:
        # Never the key (nor the query: a caller may put a token there).
        return (
            f"ClientConfig(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, workspace_id={self.workspace_id!r})"
        )


def resolve_config(
    api_key: str | None,
    base_url: str | None,
    timeout: Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_uncertain_invokes: bool,
    workspace_id: str | None = None,
    default_query: Mapping[str, Any] | None = None,
) -> ClientConfig:
    check.request_options(timeout, max_retries, default_headers, headers_argument="default_headers")
    if not isinstance(retry_uncertain_invokes, bool):
        raise InputValidationError(
            "retry_uncertain_invokes: must be True or False", argument="retry_uncertain_invokes"
        )
    key = check.api_key(api_key) or check.api_key(
        os.environ.get("FETCH_HIVE_API_KEY"), "FETCH_HIVE_API_KEY"
    )
    url = base_url or os.environ.get("FETCH_HIVE_BASE_URL") or DEFAULT_BASE_URL
    workspace = workspace_id or os.environ.get("FETCH_HIVE_WORKSPACE_ID") or None
    if workspace is not None:
        argument = "workspace_id" if workspace_id else "FETCH_HIVE_WORKSPACE_ID"
        workspace = check.uuid_id(workspace, argument)
    return ClientConfig(
        api_key=key,
        base_url=check.base_url(url),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        retry_uncertain_invokes=retry_uncertain_invokes,
        workspace_id=workspace,
        default_query=check.query_values(default_query, "default_query"),
    )


def check_concurrency(value: object) -> int | None:
    """`max_concurrent_requests`: a positive integer, or None for no bound."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputValidationError(
            f"max_concurrent_requests: must be a positive integer or None, got {value!r}",
            argument="max_concurrent_requests",
        )
    return value


def make_status_error(response: httpx.Response, retries_taken: int) -> APIStatusError:
    """The typed exception for a non-2xx answer whose body has been read.

    Tolerates any status (520, 529...) and any body (HTML, empty, not an object).
    """
    body: object
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to read
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
    from ._rate_limit import RateLimitInfo  # an error's answer only: loaded when needed

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


def connection_error(
    exc: httpx.RequestError, request: httpx.Request, retries_taken: int = 0
) -> APIConnectionError:
    """The SDK error for an httpx failure to get an answer (before or during it): a
    transport error, a body that cannot be decoded, too many redirects. The message names
    the host and the cause.

    Callers chain it with `raise ... from safe_cause(exc)`.
    """
    url = request.url
    where = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
    cause = _cause_text(exc)
    error: APIConnectionError
    if isinstance(exc, httpx.ConnectTimeout):
        error = APITimeoutError(f"Timed out connecting to {where}{cause}.", request=request)
    elif isinstance(exc, httpx.PoolTimeout):
        error = APITimeoutError(
            f"Timed out waiting for a free connection to {where} (the pool is full).",
            request=request,
        )
    elif isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(
            f"Timed out waiting for {where} to answer ({type(exc).__name__}).", request=request
        )
    elif isinstance(exc, httpx.ConnectError):
        error = APIConnectionError(f"Could not connect to {where}{cause}.", request=request)
    else:
        error = APIConnectionError(
            f"Connection error with {where}: {type(exc).__name__}{cause}.", request=request
        )
    error.retries_taken = retries_taken
    return error


def _cause_text(exc: httpx.RequestError) -> str:
    """httpx's own words, except where they could quote a secret: a protocol error quotes
    the offending header, and a proxy URL may carry credentials."""
    if isinstance(exc, httpx.LocalProtocolError | httpx.ProxyError):
        return ""
    text = " ".join(str(exc).split())[:200]
    # The operating system's reason, when httpx's words are vaguer (async connects say
    # "All connection attempts failed" over the ConnectionRefusedError).
    inner: BaseException | None = exc.__cause__ or exc.__context__
    for _ in range(5):
        if inner is None:
            break
        if isinstance(inner, OSError) and (inner.errno or inner.strerror):
            reason = os.strerror(inner.errno) if inner.errno else str(inner.strerror)
            if reason not in text:
                text = f"{text} ({reason})" if text else reason
            break
        inner = inner.__cause__ or inner.__context__
    return f": {text}" if text else ""


def _request_id(response: httpx.Response) -> str | None:
    """The run's request id: the `X-Request-Id` header, else the body's `request_id` (for
    a body already read; used for log lines only)."""
    header: str | None = response.headers.get("x-request-id")
    if header or not response.is_stream_consumed:
        return header
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return None
    return _text(body.get("request_id")) if isinstance(body, dict) else None


# Parsed URLs kept per client (`_parsed_url`): more than any program's distinct paths but
# those holding ids, which fill it and start it again.
_URL_CACHE_SIZE: Final = 512

# What an operation may give as the request's body.
_BODY_ARGUMENTS: Final = ("json", "content", "data", "files")


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


def is_event_stream(response: httpx.Response) -> bool:
    """False only when the answer says it is something else (no header: give it a try)."""
    content_type = response.headers.get("content-type", "")
    return not content_type or content_type.lower().startswith("text/event-stream")


def not_a_stream(op: Operation[Any], response: httpx.Response) -> APIResponseValidationError:
    """The error for a streaming call answered with something else (its body read)."""
    body: object
    try:
        body = response.json()
    except (ValueError, RecursionError):
        body = response.text
    content_type = response.headers.get("content-type")
    return APIResponseValidationError(
        f"{op.name} asked for a stream but the answer is {content_type!r}, not text/event-stream.",
        response=response,
        body=body,
    )


def read_result(op: Operation[ModelT], response: httpx.Response, retries_taken: int) -> ModelT:
    """The 2xx body as the operation's generated model (a dict holding the wire JSON).

    Tolerant: any JSON object is returned; a field that does not fit its schema fails only
    when read as a typed attribute (`ResponseFieldError`). An answer that is not a JSON
    object at all raises `APIResponseValidationError`.
    """
    assert op.result_model is not None
    try:
        body = response.json()
    except ValueError:
        raise APIResponseValidationError(
            f"The {op.name} answer is not JSON.", response=response, body=response.text
        ) from None
    except RecursionError:
        raise APIResponseValidationError(
            f"The {op.name} answer is nested too deeply to read.", response=response
        ) from None
    if op.result_is_list:
        if not isinstance(body, list):
            raise APIResponseValidationError(
                f"The {op.name} answer is not a JSON array (got {type(body).__name__}).",
                response=response,
                body=body,
            )
        model = op.result_model
        return [model.from_dict(item) if isinstance(item, dict) else item for item in body]  # type: ignore[return-value]
    if not isinstance(body, dict):
        raise APIResponseValidationError(
            f"The {op.name} answer is not a JSON object (got {type(body).__name__}).",
            response=response,
            body=body,
        )
    if logger.isEnabledFor(10) and log_bodies():
        logger.debug("%s response body: %r", op.name, redact(body))
    result = op.result_model.from_dict(body)
    result._sdk_attach(ResponseInfo(response, retries_taken))
    return result


HttpxClientT = TypeVar("HttpxClientT", httpx.Client, httpx.AsyncClient)


def new_http_client(http_client_class: type[HttpxClientT]) -> HttpxClientT:
    """The pool of a client created without `http_client=` (one per SDK client): a
    `DefaultHttpxClient` or `DefaultAsyncHttpxClient`."""
    from ._http_clients import DefaultAsyncHttpxClient, DefaultHttpxClient

    made = DefaultHttpxClient if http_client_class is httpx.Client else DefaultAsyncHttpxClient
    return cast("HttpxClientT", made(limits=DEFAULT_LIMITS, follow_redirects=False))


class BaseClient(Generic[HttpxClientT]):
    """Settings, request building and retry decisions shared by the sync and async clients."""

    _config: ClientConfig
    _http: HttpxClientT
    _owns_http: bool
    # The call hooks (`hooks=`): empty, the send loop skips them at no cost.
    _hooks: tuple[CallHooks, ...] = ()
    # Parsed URLs by their text (`_parsed_url`); shared with copies of the client.
    _urls: dict[str, httpx.URL]
    # The httpx client's raw default headers, and them as a dict (see _plain_client_headers).
    _known_client_headers: tuple[list[tuple[bytes, bytes]], dict[str, str]] = ([], {})

    def _init_base(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        retry_uncertain_invokes: bool,
        http_client: HttpxClientT | None,
        default_http_client: type[HttpxClientT],
        workspace_id: str | None = None,
        default_query: Mapping[str, Any] | None = None,
        hooks: Sequence[CallHooks] | None = None,
    ) -> None:
        if hooks is not None:
            from ._hooks import check_hooks  # most clients have none

            self._hooks = check_hooks(hooks)
        self._config = resolve_config(
            api_key, base_url, timeout, max_retries, default_headers, retry_uncertain_invokes,
            workspace_id, default_query,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, default_http_client):
            raise InputValidationError(
                f"http_client: must be an {default_http_client.__module__}."
                f"{default_http_client.__qualname__}, got {type(http_client).__name__}",
                argument="http_client",
            )
        self._urls = {}
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

    @property
    def workspace_id(self) -> str | None:
        """The workspace of resource calls that give none (`FETCH_HIVE_WORKSPACE_ID`)."""
        return self._config.workspace_id

    def _workspace(self, workspace_id: object) -> str:
        """The workspace of one call: the one given, else the client's."""
        if workspace_id is not None:
            return check.uuid_id(workspace_id, "workspace_id")
        if self._config.workspace_id is None:
            raise InputValidationError(
                "workspace_id: none given, and the client has none: pass workspace_id=..., "
                "or create the client with workspace_id=... (or FETCH_HIVE_WORKSPACE_ID)",
                argument="workspace_id",
            )
        return self._config.workspace_id

    def _copy_with(
        self,
        *,
        api_key: str | NotGiven | None,
        base_url: str | NotGiven | None,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        retry_uncertain_invokes: bool | None,
        workspace_id: str | NotGiven | None = NOT_GIVEN,
        default_query: Mapping[str, Any] | None = None,
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
        if retry_uncertain_invokes is not None:
            if not isinstance(retry_uncertain_invokes, bool):
                raise InputValidationError(
                    "retry_uncertain_invokes: must be True or False",
                    argument="retry_uncertain_invokes",
                )
            changes["retry_uncertain_invokes"] = retry_uncertain_invokes
        if not isinstance(workspace_id, NotGiven):
            changes["workspace_id"] = (
                None if workspace_id is None else check.uuid_id(workspace_id, "workspace_id")
            )
        if default_query is not None:
            added = check.query_values(default_query, "default_query") or {}
            changes["default_query"] = {**config.default_query, **added}
        check.request_options(
            changes.get("timeout"),
            changes.get("max_retries"),
            changes.get("default_headers"),
            headers_argument="default_headers",
        )
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._config = config.replace(**changes)
        return clone

    def __repr__(self) -> str:
        # Never the key itself, not even a prefix.
        key = "<set>" if self._config.api_key else None
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, api_key={key}, "
            f"timeout={self._config.timeout!r}, max_retries={self._config.max_retries})"
        )

    # Requests -------------------------------------------------------------------------

    def _build_request(self, op: Operation[Any], options: CallOptions) -> httpx.Request:
        config = self._config
        kwargs = op.kwargs
        headers = dict(config.stream_headers if op.streaming else config.json_headers)
        if "headers" in kwargs:
            headers.update(kwargs["headers"])
        if op.needs_api_key:
            if config.api_key is None:
                raise MissingAPIKeyError()
            headers["Authorization"] = f"Bearer {config.api_key}"
        if options.extra_headers:
            headers.update(options.extra_headers)
        timeout = (
            config.httpx_timeout
            if isinstance(options.timeout, NotGiven)
            else as_httpx_timeout(options.timeout)
        )
        if logger.isEnabledFor(10) and log_bodies() and "json" in kwargs:
            logger.debug("%s request body: %r", op.name, redact(kwargs["json"]))
        method, url = kwargs["method"].upper(), config.base_url + kwargs["url"]
        body = {key: kwargs[key] for key in _BODY_ARGUMENTS if kwargs.get(key) is not None}
        params = kwargs.get("params") or None
        if config.default_query or options.extra_query:
            params = {**config.default_query, **(params or {}), **(options.extra_query or {})}
        if options.extra_body:
            if "json" not in body:
                raise InputValidationError(
                    f"extra_body: {op.name} sends no JSON body to add fields to",
                    argument="extra_body",
                )
            body["json"] = {**body["json"], **options.extra_body}
        defaults = self._plain_client_headers()
        if defaults is None:
            # The caller's client has more to merge (auth, cookies, params): let it.
            return self._http.build_request(
                method, url, params=params, headers=headers, timeout=timeout, **body,
            )  # fmt: skip
        # Nothing to merge but default headers: building the request directly saves
        # httpx's merging of headers, cookies and URLs (a sixth of a call's cost); the URL
        # is parsed once per path (parsing was a third of building a request).
        if "headers" in kwargs or options.extra_headers:
            request_headers: Any = {**defaults, **headers}
        else:
            kind = self._request_headers(op, defaults, headers)
            if body.keys() == {"json"}:
                return kind.json_request(
                    method, self._parsed_url(url), params, body["json"], timeout.as_dict()
                )
            request_headers = kind.headers
        return httpx.Request(
            method, self._parsed_url(url), params=params, headers=request_headers,
            extensions={"timeout": timeout.as_dict()}, **body,
        )  # fmt: skip

    def _request_headers(
        self, op: Operation[Any], defaults: dict[str, str], headers: dict[str, str]
    ) -> KindHeaders:
        """The headers of a request without headers of its own: the same for every request
        of its kind, so built once (httpx copies them; normalising them was a sixth of
        building a request). Built anew when the httpx client's defaults change."""
        key = (op.streaming, op.needs_api_key)
        built = self._config.built_headers.get(key)
        if built is None or built.defaults is not defaults:
            built = self._config.built_headers[key] = KindHeaders(
                defaults, httpx.Headers({**defaults, **headers})
            )
        return built

    def _parsed_url(self, url: str) -> httpx.URL:
        """`httpx.URL(url)`, parsed once per URL (the invokes' paths never change; ids in
        resource paths do, so the cache is bounded)."""
        cache = self._urls
        parsed = cache.get(url)
        if parsed is None:
            if len(cache) >= _URL_CACHE_SIZE:
                cache.clear()
            parsed = cache[url] = httpx.URL(url)
        return parsed

    def _plain_client_headers(self) -> dict[str, str] | None:
        """The httpx client's default headers, when they are all `build_request` would merge
        into a request; else None. Read again whenever the client's headers change."""
        http = self._http
        if http.auth is not None or http.params or http.cookies:
            return None
        raw = http.headers.raw
        if raw != self._known_client_headers[0]:
            decoded = {key.decode("latin-1"): value.decode("latin-1") for key, value in raw}
            self._known_client_headers = (raw, decoded)
        return self._known_client_headers[1]

    def _max_retries(self, options: CallOptions) -> int:
        return self._config.max_retries if options.max_retries is None else options.max_retries

    def _retry_rule(self, op: Operation[Any], options: CallOptions) -> RetryRule:
        """The operation's rule, or the read rule for an invoke whose caller opted in."""
        if op.retry.name != INVOKE.name:
            return op.retry
        opted_in = (
            self._config.retry_uncertain_invokes
            if options.retry_uncertain_invokes is None
            else options.retry_uncertain_invokes
        )
        return READ if opted_in else op.retry

    def _retry_wait_after_status(
        self,
        rule: RetryRule,
        response: httpx.Response,
        error: APIStatusError,
        retries_taken: int,
        limit: int,
    ) -> float | None:
        if retries_taken >= limit or not is_retryable_status(
            rule, response.status_code, error.error_code
        ):
            return None
        return retry_delay(retries_taken, response.headers)

    def _retry_wait_after_transport_error(
        self, rule: RetryRule, exc: httpx.RequestError, retries_taken: int, limit: int
    ) -> float | None:
        if retries_taken >= limit or not is_retryable_transport_error(rule, exc):
            return None
        return retry_delay(retries_taken, None)

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
