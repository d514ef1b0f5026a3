"""The error envelope ``{error, message, error_code}`` and the errors the handlers raise."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse

if TYPE_CHECKING:  # jsonschema is imported when a request is first found invalid
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]


class ApiError(Exception):
    """An error answer; raised anywhere in a handler, rendered by one exception handler."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        error_code: str,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {error_code}: {message}")
        self.status = status
        self.error = error
        self.message = message
        self.error_code = error_code
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})

    def body(self) -> dict[str, Any]:
        return {
            "error": self.error,
            "message": self.message,
            "error_code": self.error_code,
            **self.extra,
        }

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def unauthorized(message: str) -> ApiError:
    return ApiError(401, "Invalid access.", message, "unauthorized")


def not_found(error: str, message: str) -> ApiError:
    return ApiError(404, error, message, "not_found")


def validation_error(error: str, message: str, status: int = 422) -> ApiError:
    return ApiError(status, error, message, "validation_error")


#: The documented text of the workflow concurrency-cap 429 (docs: "Errors and rate limits").
CONCURRENCY_LIMIT_TEXT = "You've reached your concurrency limit. Try again later or use async mode."
#: The documented ``error`` of the daily API cap 429, and its message template.
DAILY_CAP_ERROR = "Daily API rate limit reached"
DAILY_CAP_MESSAGE = (
    "You have reached your daily limit of {limit} API calls. Resets at midnight UTC. "
    "Upgrade your plan for higher limits."
)


def concurrency_limit() -> ApiError:
    """The documented concurrency-cap 429: no ``Retry-After`` header is documented, none is sent.

    ``message`` repeats ``error`` (the docs: ``error`` is a compatibility alias of the message);
    ``error_code`` ``too_many_requests`` is this server's choice (the docs show only ``error``).
    """
    return ApiError(429, CONCURRENCY_LIMIT_TEXT, CONCURRENCY_LIMIT_TEXT, "too_many_requests")


def daily_cap(limit: int) -> ApiError:
    """The documented daily-cap 429 (``error``, ``code``, ``message``, ``limit``, ``current``).

    ``error_code`` is added because the error-codes page says every runtime error carries it.
    """
    return ApiError(
        429,
        DAILY_CAP_ERROR,
        DAILY_CAP_MESSAGE.format(limit=limit),
        "api_rate_limit_exceeded",
        extra={"code": "api_rate_limit_exceeded", "limit": limit, "current": limit},
    )


def _shorten(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _location(error: ValidationError) -> str:
    path = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
    )
    return path.lstrip(".") or "body"


def from_schema_error(error: ValidationError) -> ApiError:
    """Turn the most relevant schema violation into the documented error texts."""
    path = list(error.absolute_path)
    # The documented texts first (api-reference section 2.2), then a generic one.
    if error.validator == "required" and not path:
        missing = error.message.split("'")[1] if "'" in error.message else "field"
        if missing in {"deployment", "variant"}:
            return validation_error(
                "Missing required field: deployment or variant",
                f"The request body has no {missing}.",
            )
        return validation_error(
            f"Missing required field: {missing}", f"The request body has no {missing}."
        )
    if path[:1] == ["async"]:
        if error.validator == "required" and "callback_url" in error.message:
            return validation_error(
                "callback_url is required when async is enabled",
                "Set async.callback_url, or leave async out for direct delivery.",
            )
        if path[1:2] == ["callback_url"]:
            return validation_error(
                "callback_url must be a valid URL", "async.callback_url is not an absolute URL."
            )
    if path[:1] == ["metadata"]:
        where = _location(error)
        return validation_error(
            "metadata must be a flat object with scalar values",
            _shorten(f"{where} must be a string, number, boolean or null with a non-empty key"),
        )
    return validation_error("Invalid request", _shorten(f"{_location(error)}: {_describe(error)}"))


def _describe(error: ValidationError) -> str:
    # jsonschema's own messages repeat the offending value, which may be large: keep the rule.
    message = str(error.message)
    rules: dict[str, str] = {
        "type": "has the wrong type",
        "required": message,
        "additionalProperties": message,
        "minLength": "is too short",
        "maxItems": "has too many items",
        "pattern": "does not match the expected pattern",
        "format": f"is not a valid {error.validator_value}",
        "enum": "is not one of the allowed values",
        "const": "has the wrong value",
        "oneOf": "matches none of the allowed forms",
    }
    return rules.get(str(error.validator), message)
