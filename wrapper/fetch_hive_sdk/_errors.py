"""Every exception the SDK raises.

```
FetchHiveError
├── InputValidationError (also ValueError)   bad arguments; nothing was sent
├── MissingAPIKeyError                       a call needs a key and none was configured
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
    ├── APIConnectionError             no answer: DNS, refused, reset, protocol error
    │   └── APITimeoutError            no answer in time
    ├── APIResponseValidationError     a 2xx answer the SDK cannot read
    ├── StreamError                    the stream carried an `error` event
    └── IncompleteStreamError          the stream ended before its final event
```

`APIStatusError` subclasses `httpx.HTTPStatusError` because the documented SDK raises that:
`except httpx.HTTPStatusError` keeps working, with `.response` and `.request` on it.

No error text includes the API key or a webhook secret: messages are built from the
service's `error`/`message` fields and the status line only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._retry import RateLimitInfo

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
    "StreamError",
    "UnprocessableEntityError",
]


class FetchHiveError(Exception):
    """Root of every exception raised by this SDK."""


class InputValidationError(FetchHiveError, ValueError):
    """An argument is invalid; the request was not sent.

    `argument` names the offending argument (e.g. `metadata["plan"]`).
    """

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument


class MissingAPIKeyError(FetchHiveError):
    """A call needs an API key and neither `api_key=` nor `FETCH_HIVE_API_KEY` gave one.

    Raised on the first call that needs the key, not when the client is created, so that a
    client without a key can still send webhook triggers (they authenticate with a secret).
    """

    def __init__(self) -> None:
        super().__init__(
            "No API key: pass api_key=... to the client or set the FETCH_HIVE_API_KEY "
            "environment variable."
        )


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


class APIConnectionError(APIError):
    """No usable answer: the connection failed, broke or the protocol was violated."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


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

    `partial` is what arrived, summed up (a `StreamResult`: the text so far, tool calls...);
    `events` are the events that arrived, in order; `events_received` counts them.
    """

    def __init__(
        self, partial: Any, raw_events: list[str] | None = None, *, request_id: str | None = None
    ) -> None:
        count = int(getattr(partial, "events_received", 0))
        super().__init__(
            f"The stream ended after {count} event(s) without its final usage event.",
            request_id=request_id,
        )
        self.partial = partial
        self.events_received = count
        self._raw_events = list(raw_events or ())

    @property
    def events(self) -> list[Any]:
        """The typed events that arrived (read again from their `data:` texts)."""
        from ._events import parse_event

        return [parse_event(text) for text in self._raw_events]
