"""Every exception the SDK raises.

```
FetchHiveError
├── InputValidationError (also ValueError)   bad arguments; nothing was sent
│   └── RequestValidationError (also httpx.HTTPStatusError, a 422 view)
│                                            a request the service would refuse with 422
├── MissingAPIKeyError (also ValueError)     a call needs a key and none was configured
├── RunTimeoutError (also TimeoutError)      wait_for_run: the run did not finish in time
├── WebhookVerificationError                 a callback that cannot be trusted or read
├── WebhookSecretUnavailableError            the secret function failed (receivers: 503)
├── ReplayStoreError                         a replay store could not answer (receivers: 503)
├── StreamConsumedError (also RuntimeError)  until_done()/accumulate() after reading events
├── ResponseFieldError (also TypeError)      a field of an answer read as a typed attribute
│                                            does not have its documented type
└── APIError                                 something went wrong talking to the service
    ├── APIStatusError (also httpx.HTTPStatusError)   non-2xx answer
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PaymentRequiredError       402
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   └── InternalServerError        5xx (any, also 520 or 529)
    │       └── ProviderError          502: the model provider failed
    ├── APIConnectionError (also httpx.TransportError)   no answer: DNS, refused, reset...
    │   └── APITimeoutError (also httpx.TimeoutException) no answer in time
    ├── APIResponseValidationError     a 2xx answer the SDK cannot read
    ├── StreamError                    the stream carried an `error` event
    └── IncompleteStreamError          the stream ended before its final event
```

Code written for fetch-hive-sdk 0.4.1 (which lets httpx's errors through) keeps catching
what it caught: `APIStatusError` is also an `httpx.HTTPStatusError` (with `.response` and
`.request`), `APIConnectionError` an `httpx.TransportError` and `APITimeoutError` an
`httpx.TimeoutException` (so `except httpx.HTTPError` or `httpx.RequestError` catches
them), and `MissingAPIKeyError` a `ValueError` (0.4.1 raises `ValueError` without a key).

No error text includes the API key or a webhook secret: messages are built from the
service's `error`/`message` fields and the status line only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

# The root and the typed-read error live in the runtime the generated models are built on
# (which never imports this package); they belong to this tree all the same.
from fetch_hive_runtime import FetchHiveError, ResponseFieldError

if TYPE_CHECKING:
    from ._rate_limit import RateLimitInfo

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "FetchHiveError",
    "IncompleteStreamError",
    "InputValidationError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "ReplayStoreError",
    "RequestValidationError",
    "ResponseFieldError",
    "RunTimeoutError",
    "StreamConsumedError",
    "StreamError",
    "UnprocessableEntityError",
    "WebhookSecretUnavailableError",
    "WebhookVerificationError",
]


class InputValidationError(FetchHiveError, ValueError):
    """An argument is invalid; the request was not sent.

    `argument` names the offending argument (e.g. `metadata["plan"]`).
    """

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument


class RequestValidationError(InputValidationError, httpx.HTTPStatusError):
    """A request the service would refuse with 422, refused here before sending.

    It is also an `httpx.HTTPStatusError` so that code written for fetch-hive-sdk 0.4.1
    (`except httpx.HTTPStatusError as exc: exc.response.status_code`), which sent such
    requests and got the service's 422, keeps handling them: `response` is a view the SDK
    made (status 422, the error envelope with `error_code` `validation_error`, the
    extension `sent` False) and `request` names the operation's method and path, nothing
    more (no host, headers or body: nothing was sent).
    """

    def __init__(self, message: str, *, argument: str | None, method: str, path: str) -> None:
        request = httpx.Request(method, path)
        body = {"error": message, "message": message, "error_code": "validation_error"}
        response = httpx.Response(422, json=body, request=request, extensions={"sent": False})
        InputValidationError.__init__(self, message, argument=argument)
        self.request = request
        self.response = response


class MissingAPIKeyError(FetchHiveError, ValueError):
    """A call needs an API key and neither `api_key=` nor `FETCH_HIVE_API_KEY` gave one.

    Raised on the first call that needs the key, not when the client is created, so that a
    client without a key can still send webhook triggers (they authenticate with a secret).
    """

    def __init__(self) -> None:
        super().__init__(
            "No API key: pass api_key=... to the client or set the FETCH_HIVE_API_KEY "
            "environment variable."
        )


class RunTimeoutError(FetchHiveError, TimeoutError):
    """`wait_for_run` gave up: the run had not finished within `timeout` seconds.

    `last_status` is the last status seen (None when no poll succeeded); the last poll's
    error, if any, is the `__cause__`.
    """

    def __init__(self, request_id: str, timeout: float, last_status: str | None) -> None:
        super().__init__(
            f"run {request_id} had not finished after {timeout:g} s (last status: {last_status})"
        )
        self.request_id = request_id
        self.timeout = timeout
        self.last_status = last_status


class WebhookVerificationError(FetchHiveError):
    """The callback cannot be trusted: missing or malformed signature, wrong secret,
    tampered body, or a body that is not the raw bytes (or not a JSON object). Never
    includes the secret."""


class WebhookSecretUnavailableError(FetchHiveError):
    """The secret function given to `WebhookHandler` / `WebhookReceiver` raised, or gave no
    usable secret (None, empty...): the delivery could not be checked, and nothing was
    processed. Not a forged signature: `WebhookReceiver` answers 503, so the service
    delivers again once the secret can be read. The message names the exception's type,
    never its text (which may hold a secret or a token)."""


class StreamConsumedError(FetchHiveError, RuntimeError):
    """`until_done()` or `accumulate()` after events were read without keeping them: the
    stream cannot give the whole answer any more. Call `accumulate()` (or `until_done()`)
    before reading. Also a `RuntimeError`, which this case raised before."""


class ReplayStoreError(FetchHiveError):
    """The replay store could not answer (database locked too long, Redis unreachable...).
    The delivery was not processed: `WebhookReceiver` answers 503, so the service retries."""


class APIError(FetchHiveError):
    """A failure while talking to the service.

    Attributes common to the subclasses (None when unknown):
    `message`, `body` (parsed JSON or text of the answer),
    `error_code` (`error_code`, else the deprecated `code`), `request_id`,
    `retries_taken` (retries the SDK made before giving up).
    """

    def __init__(
        self,
        message: str,
        *,
        body: object = None,
        error_code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        Exception.__init__(self, message)
        self.message = message
        self.body = body
        self.error_code = error_code
        self.request_id = request_id
        self.retries_taken = 0

    def __str__(self) -> str:
        return self.message


class APIStatusError(APIError, httpx.HTTPStatusError):
    """The service answered with a non-2xx status.

    Also an `httpx.HTTPStatusError`: `.response` and `.request` are the httpx objects.
    `retry_after` is the wait the service asked for (seconds), `rate_limit` the rate-limit
    headers of the answer, when present.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        error_code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        rate_limit: RateLimitInfo | None = None,
    ) -> None:
        APIError.__init__(
            self,
            message,
            body=body,
            error_code=error_code,
            request_id=request_id,
        )
        httpx.HTTPStatusError.__init__(self, message, request=response.request, response=response)
        self.status_code = response.status_code
        self.retry_after = retry_after
        self.rate_limit = rate_limit


class BadRequestError(APIStatusError):
    """400: the body was invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or revoked."""


class PaymentRequiredError(APIStatusError):
    """402: a plan or credit limit was reached."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource for this account."""


class UnprocessableEntityError(APIStatusError):
    """422: authenticated but invalid (unknown deployment or agent, validation, credit cap)."""


class RateLimitError(APIStatusError):
    """429: daily API cap (`api_rate_limit_exceeded`, not retried), concurrency cap, or
    `too_many_requests`."""


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class ProviderError(InternalServerError):
    """502: the model provider failed while running a prompt or agent."""


class APIConnectionError(APIError, httpx.TransportError):
    """No usable answer: the connection failed, broke or the protocol was violated.

    The message names the host and the cause (`Could not connect to api.fetchhive.com:443:
    [Errno 111] Connection refused`); `request` is the request that was sent. Also an
    `httpx.TransportError`, as fetch-hive-sdk 0.4.1 code expects.
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        APIError.__init__(self, message)
        self.request = request


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """No answer within the timeout (connecting, or waiting for the answer)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body does not match the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, body=body)
        self.request = response.request
        self.response = response
        self.status_code = response.status_code


class StreamError(APIError):
    """The stream carried an `error` event (the provider failed after the stream opened).

    The HTTP status of the stream was 200; `status_code` is the status the event reports
    (e.g. 502), never the transport's.
    """

    def __init__(self, event: Any) -> None:
        data: dict[str, Any] = event.to_dict()
        message = str(data.get("message") or data.get("error") or "The stream reported an error.")
        super().__init__(
            message,
            body=data,
            error_code=data.get("error_code") or data.get("code"),
            request_id=data.get("request_id"),
        )
        self.event = event
        self.error: str | None = data.get("error")
        self.provider: str | None = data.get("provider")
        self.error_type: str | None = data.get("error_type")
        self.status_code: int | None = data.get("status_code")


class IncompleteStreamError(APIError):
    """The answer ended before the stream's final `usage` event or `[DONE]`.

    `events_received` counts the events that arrived; `events` holds the last few of them
    (up to five: a stream keeps no more, so that a long one costs no memory); `partial` is
    what arrived summed up, as a `StreamResult` (its text only when the stream was
    accumulating: `until_done()` or `accumulate()`).
    """

    def __init__(
        self,
        partial: Any,
        last_events: list[Any] | None = None,
        *,
        events_received: int = 0,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            f"The stream ended after {events_received} event(s) without its final usage event.",
            request_id=request_id,
        )
        self.partial = partial
        self.events_received = events_received
        self.events: list[Any] = list(last_events or ())


class DistributionConflictWarning(UserWarning):
    """fetch-hive-sdk, the official Fetch Hive SDK, is installed in the same environment.

    Both distributions install the import package `fetch_hive_sdk` and overwrite each other's
    files; warned once, at import. The message names both distributions and the repair.
    """
