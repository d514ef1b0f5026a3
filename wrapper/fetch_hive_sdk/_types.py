"""The small records of a call: `RequestOptions` (the per-call keywords every method takes),
`CallOptions` (the same, checked), `Operation` (one request and how to read its answer), and
`NOT_GIVEN`.

No `from __future__ import annotations` here, on purpose: typing compiles every string
annotation of a TypedDict or NamedTuple field when the class is made, which cost about half
a millisecond of `import fetch_hive_sdk` while these classes lived in `_base_client`.
"""

from collections.abc import Mapping
from typing import Any, Final, Generic, NamedTuple, TypedDict, TypeVar

from fetch_hive_runtime import APIObject

from . import _rules as check
from ._errors import InputValidationError
from ._pool import Timeout
from ._retry import READ, RetryRule

__all__ = ["NOT_GIVEN", "CallOptions", "NotGiven", "Operation", "RequestOptions"]


class NotGiven:
    """Sentinel for "use the client's setting" where None has a meaning (timeout=None: no
    timeout)."""

    _instance: "NotGiven | None" = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-call settings every method takes as keywords; absent means the client's."""

    timeout: Timeout
    """Seconds, an `httpx.Timeout`, or None for no timeout."""
    max_retries: int
    """Retries after the first attempt."""
    extra_headers: Mapping[str, str]
    """Headers added to this request."""
    extra_query: Mapping[str, object]
    """Query parameters added to this request (over the operation's own)."""
    extra_body: Mapping[str, object]
    """Fields added to this request's JSON body (over the SDK's own; JSON-safe, but not
    checked against the request schema: for fields this SDK does not know yet)."""
    retry_uncertain_invokes: bool
    """Also retry an invoke after failures that may have started the run (500, 504, a
    timeout or a reset after sending): the run may then happen twice."""


ModelT = TypeVar("ModelT", bound=APIObject)


# Operation and CallOptions are NamedTuples, not dataclasses: each frozen dataclass costs
# about a millisecond at `import fetch_hive_sdk`.


class Operation(NamedTuple, Generic[ModelT]):
    """One API call: what the generated operation module built, and how to read the answer."""

    name: str
    kwargs: dict[str, Any]
    result_model: type[ModelT] | None = None
    needs_api_key: bool = True
    streaming: bool = False
    retry: RetryRule = READ
    # False when a header carries a secret that a redirect could leak to another host.
    redirects_allowed: bool = True
    # The answer is a JSON array of `result_model` objects (`GET /public/models`).
    result_is_list: bool = False


class CallOptions(NamedTuple):
    """Per-call overrides of the client's settings, checked."""

    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    retry_uncertain_invokes: bool | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    @classmethod
    def of(cls, method: str, options: Mapping[str, Any]) -> "CallOptions":
        """The options a method received as `**options`, refusing unknown keywords (Python
        would otherwise swallow a misspelt `timout=` silently)."""
        if not options:
            return _NO_OPTIONS
        unknown = sorted(set(options) - set(RequestOptions.__annotations__))
        if unknown:
            raise InputValidationError(
                f"{method}() got an unexpected keyword argument {unknown[0]!r}",
                argument=unknown[0],
            )
        timeout = options.get("timeout", NOT_GIVEN)
        check.request_options(
            None if isinstance(timeout, NotGiven) else timeout,
            options.get("max_retries"),
            options.get("extra_headers"),
        )
        retry_uncertain = options.get("retry_uncertain_invokes")
        if retry_uncertain is not None and not isinstance(retry_uncertain, bool):
            raise InputValidationError(
                "retry_uncertain_invokes: must be True or False", argument="retry_uncertain_invokes"
            )
        extra_body = options.get("extra_body")
        if extra_body is not None:
            if not isinstance(extra_body, Mapping):
                raise InputValidationError(
                    f"extra_body: must be a mapping, got {type(extra_body).__name__}",
                    argument="extra_body",
                )
            extra_body = {key: check.json_value(value, key) for key, value in extra_body.items()}
            if any(not isinstance(key, str) for key in extra_body):
                raise InputValidationError(
                    "extra_body: keys must be strings", argument="extra_body"
                )
        return cls(
            timeout=timeout,
            max_retries=options.get("max_retries"),
            extra_headers=options.get("extra_headers"),
            retry_uncertain_invokes=retry_uncertain,
            extra_query=check.query_values(options.get("extra_query"), "extra_query"),
            extra_body=extra_body,
        )


_NO_OPTIONS: Final = CallOptions()
