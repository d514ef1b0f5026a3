"""What every request goes through before a handler sees it.

Order: credentials (API key or webhook secret), then parameters and body against openapi.yaml,
then the refusing faults (429s and flaky failures).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import ClientDisconnect, Request

from . import errors
from .faults import FAULT_HEADER, FaultSpec, FaultSyntaxError
from .spec import Operation, first_error
from .state import ServerState

WEBHOOK_SECRET_HEADER = "x-fetch-hive-webhook-secret"
_FAULT_HEADER = FAULT_HEADER.lower().encode("latin-1")


@dataclass(slots=True)
class Checked:
    """A request that passed the gate. (Not frozen: that makes it twice as costly to make,
    once per request.)"""

    body: dict[str, Any]
    path: Mapping[str, str]
    query: Mapping[str, str]
    fault: FaultSpec | None


#: Nesting deeper than this is refused with 400 before validation (an invention of this server:
#: the service's limit is not documented). Deeper values would exhaust Python's recursion.
MAX_JSON_DEPTH = 100


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


# Made once: json.loads with an option builds a new decoder on every call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _decode(raw: bytes) -> Any:
    """``json.loads(raw)`` (UTF-8, -16 or -32, as it detects) without NaN or Infinity."""
    return _DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))


def _may_nest_too_deep(raw: bytes) -> bool:
    """False when the body cannot nest deeper than the limit: it opens fewer objects and
    arrays than that (brackets inside strings counted too, so never too few)."""
    return raw.count(b"{") + raw.count(b"[") > MAX_JSON_DEPTH


def json_depth(value: Any) -> int:
    """How deeply objects and arrays nest in ``value`` (a scalar is 0), without recursion."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            deepest = max(deepest, depth)
            continue
        deepest = max(deepest, depth + 1)
        pending.extend((child, depth + 1) for child in children)
    return deepest


def _too_deep() -> errors.ApiError:
    return errors.validation_error(
        "Invalid JSON body",
        f"The body nests objects or arrays more than {MAX_JSON_DEPTH} levels deep.",
        400,
    )


def _header(request: Request, name: bytes) -> str | None:
    """The first value of header ``name`` (lower case, as ASGI servers pass names), read
    from the scope: cheaper than ``request.headers``, and read twice on every request."""
    for key, value in request.scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def check_api_key(request: Request, state: ServerState) -> None:
    header = _header(request, b"authorization")
    if header is None:
        raise errors.unauthorized("Send the API key as 'Authorization: Bearer <key>'.")
    scheme, _, token = header.partition(" ")
    expected = state.settings.api_key.encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected):
        raise errors.unauthorized("The API key is invalid or revoked.")


def check_webhook_secret(request: Request, expected: str) -> None:
    given = request.headers.get(WEBHOOK_SECRET_HEADER) or request.query_params.get("secret")
    if given is None:
        raise errors.unauthorized(
            "Send the webhook secret in X-Fetch-Hive-Webhook-Secret or the 'secret' query parameter."
        )
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise errors.unauthorized("The webhook secret does not belong to this deployment.")


def selected_fault(request: Request, state: ServerState) -> FaultSpec | None:
    raw = _header(request, _FAULT_HEADER)
    if raw is None:
        return state.settings.server_fault
    try:
        return FaultSpec.parse(raw)
    except FaultSyntaxError as exc:
        raise errors.validation_error("Invalid X-Reference-Fault header", str(exc), 400) from None


def check_parameters(
    request: Request, operation: Operation
) -> tuple[dict[str, str], dict[str, str]]:
    path = {key: str(value) for key, value in request.path_params.items()}
    query = dict(request.query_params) if request.scope.get("query_string") else {}
    for parameter in operation.parameters:
        values = path if parameter.location == "path" else query
        if parameter.location not in {"path", "query"}:
            continue
        if parameter.name not in values:
            if parameter.required:
                raise errors.validation_error(
                    f"Missing required parameter: {parameter.name}",
                    f"The {parameter.location} parameter {parameter.name} is required.",
                    400,
                )
            continue
        if first_error(parameter.validator, parameter.read(values[parameter.name])) is not None:
            raise errors.validation_error(
                f"Invalid parameter: {parameter.name}",
                f"The {parameter.location} parameter {parameter.name} does not match its schema.",
                400,
            )
    return path, query


async def _whole_body(request: Request) -> bytes:
    """The body, read as ``request.body()`` reads it but without its async generator and
    context manager (a tenth of the application's work on a small request). The gate is
    the only reader of a JSON body: nothing reads it through ``request`` afterwards."""
    chunks = []
    more = True
    while more:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
    return b"".join(chunks)


async def read_body(request: Request, operation: Operation) -> dict[str, Any]:
    if operation.body_validator is None:
        return {}
    raw = await _whole_body(request)
    if not raw.strip():
        raise errors.validation_error("Missing request body", "Send a JSON object.", 400)
    try:
        body = _decode(raw)
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError):
        raise errors.validation_error(
            "Invalid JSON body", "The body is not valid JSON.", 400
        ) from None
    if _may_nest_too_deep(raw) and json_depth(body) > MAX_JSON_DEPTH:
        raise _too_deep()
    error = first_error(operation.body_validator, body)
    if error is not None:
        raise errors.from_schema_error(error)
    assert isinstance(body, dict)  # the schemas only accept objects
    return body


def refuse_by_fault(fault: FaultSpec | None, state: ServerState, flaky_key: str) -> None:
    """Raise the error a refusing fault asks for; other faults act later."""
    if fault is None:
        return
    if fault.name == "rate_limit":
        headers = {"Retry-After": _seconds(fault.float_param("retry_after", 1.0))}
        if "retry_after_ms" in fault.params:
            headers["retry-after-ms"] = str(fault.int_param("retry_after_ms", 0))
        raise errors.ApiError(
            429,
            "Too many requests",
            "Rate limited by the reference server's rate_limit fault.",
            "too_many_requests",
            headers=headers,
            extra={"code": "too_many_requests"},
        )
    if fault.name == "daily_cap":
        raise errors.daily_cap(fault.int_param("limit", state.settings.daily_limit))
    if fault.name == "flaky":
        key = fault.params.get("key") or flaky_key
        if state.flaky.should_fail(key, fault.int_param("times", 2)):
            raise flaky_error(fault)


def flaky_error(fault: FaultSpec) -> errors.ApiError:
    status = fault.int_param("status", 500)
    headers = {}
    if "retry_after" in fault.params:
        headers["Retry-After"] = _seconds(fault.float_param("retry_after", 1.0))
    if status == 429:
        return errors.ApiError(
            429,
            "Too many requests",
            "Flaky fault: try again.",
            "too_many_requests",
            headers=headers,
            extra={"code": "too_many_requests"},
        )
    if status == 502:
        return errors.ApiError(
            502,
            "Provider error",
            "Flaky fault: the provider failed.",
            "provider_error",
            headers=headers,
        )
    if status >= 500:
        return errors.ApiError(
            status,
            "Internal server error",
            "Flaky fault: try again.",
            "internal_server_error",
            headers=headers,
        )
    return errors.ApiError(
        status, "Request failed", "Flaky fault: try again.", "flaky_failure", headers=headers
    )


def _seconds(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
