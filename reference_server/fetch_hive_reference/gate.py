"""What every request goes through: the one place between the route and the handler.

In: credentials (the API key or a webhook secret, as the operation's ``security`` in
openapi.yaml says), then parameters and body against openapi.yaml, then the refusing faults
(429s and flaky failures). Out: the answer faults (a late first byte, a JSON answer cut
short) and the stream cuts, then any bug as a 500 with the error envelope.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from . import errors
from .answers import JSONAnswer
from .calls import Call
from .faults import (
    FAULT_HEADER,
    DailyCap,
    Drop,
    FaultSpec,
    FaultSyntaxError,
    Flaky,
    RateLimit,
    Refusing,
    SlowFirstByte,
    StreamCut,
)
from .registry import Registration
from .spec import Credential, Operation
from .state import ServerState
from .streaming import EventStreamResponse, TruncatedResponse

logger = logging.getLogger("fetch_hive_reference")

_FAULT_HEADER = FAULT_HEADER.lower().encode("latin-1")

Endpoint = Callable[[Request], Awaitable[Response]]


def endpoint(operation: Operation, registration: Registration, state: ServerState) -> Endpoint:
    """The route's endpoint for ``operation``: the gate, the handler, the answer faults."""
    handler = registration.handler
    bearer = any(credential.location == "bearer" for credential in operation.credentials)
    secrets = tuple(c for c in operation.credentials if c.location in {"header", "query"})
    if bearer and secrets:
        raise ValueError(f"{operation.operation_id}: API key or webhook secret, not both")
    if bool(secrets) != (registration.secret_of is not None):
        raise ValueError(
            f"{operation.operation_id}: the spec's security and the handler's secret_of disagree"
        )
    faults = registration.faults
    secret_of = registration.secret_of

    async def serve(request: Request) -> Response:
        try:
            if bearer:
                check_api_key(request, state)
            path, query = check_parameters(request, operation)
            if secret_of is not None:
                kind, parameter = secret_of
                check_webhook_secret(request, secrets, state.secret_for(kind, path[parameter]))
            fault = selected_fault(request, state) if faults else None
            body = await read_body(request, operation)
            if isinstance(fault, Refusing):
                subject = (
                    body.get("deployment") or body.get("agent") or next(iter(path.values()), "")
                )
                refuse(fault, state, f"{operation.operation_id}:{subject}")
            call = Call(request, state, operation, body, path, query, fault)
            response = await handler(call)
            if fault is not None:
                response = await answer_fault(fault, request, response)
            return response
        except (errors.ApiError, HTTPException):
            raise
        except Exception:
            # A bug becomes a 500 with the envelope, and the connection stays usable
            # (Starlette's last-resort handler re-raises, which closes the connection).
            logger.exception("unexpected error in %s %s", request.method, request.url.path)
            envelope = {
                "error": "Internal server error",
                "message": "The reference server failed unexpectedly.",
                "error_code": "internal_server_error",
            }
            return JSONResponse(envelope, status_code=500)

    return serve


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


def check_webhook_secret(request: Request, places: Sequence[Credential], expected: str) -> None:
    """The secret from the first of ``places`` (headers, query parameters) that holds one."""
    given: str | None = None
    for place in places:
        values = request.headers if place.location == "header" else request.query_params
        given = values.get(place.name)
        if given:
            break
    if given is None:
        where = " or ".join(
            place.name if place.location == "header" else f"the '{place.name}' query parameter"
            for place in places
        )
        raise errors.unauthorized(f"Send the webhook secret in {where}.")
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
        if parameter.validator.first_error(parameter.read(values[parameter.name])) is not None:
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
    error = operation.body_validator.first_error(body)
    if error is not None:
        raise errors.from_schema_error(error)
    assert isinstance(body, dict)  # the schemas only accept objects
    return body


def refuse(fault: Refusing, state: ServerState, flaky_key: str) -> None:
    """Raise the error a refusing fault asks for (a flaky one only for its first calls)."""
    if isinstance(fault, RateLimit):
        headers = {"Retry-After": _seconds(fault.retry_after)}
        if fault.retry_after_ms is not None:
            headers["retry-after-ms"] = str(fault.retry_after_ms)
        raise errors.ApiError(
            429,
            "Too many requests",
            "Rate limited by the reference server's rate_limit fault.",
            "too_many_requests",
            headers=headers,
            extra={"code": "too_many_requests"},
        )
    if isinstance(fault, DailyCap):
        limit = fault.limit if fault.limit is not None else state.settings.daily_limit
        raise errors.daily_cap(limit)
    if isinstance(fault, Flaky) and state.flaky.should_fail(fault.key or flaky_key, fault.times):
        raise flaky_error(fault)


def flaky_error(fault: Flaky) -> errors.ApiError:
    status = fault.status
    headers = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = _seconds(fault.retry_after)
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


async def answer_fault(fault: FaultSpec, request: Request, response: Response) -> Response:
    """The answer as a fault changes it: sent late, cut short, or a stream cut."""
    if isinstance(fault, SlowFirstByte):
        await _until_disconnected(request, fault.seconds)
    elif isinstance(fault, Drop) and isinstance(response, JSONAnswer):
        headers = {"X-Request-Id": response.request_id} if response.request_id is not None else {}
        return TruncatedResponse(
            bytes(response.body),
            status_code=response.status_code,
            headers=headers,
            media_type="application/json",
        )
    if isinstance(fault, StreamCut) and isinstance(response, EventStreamResponse):
        response.cut = fault
    return response


async def _until_disconnected(request: Request, seconds: float) -> None:
    """Wait ``seconds``, or less when the client disconnects first (a client that gave up
    must not keep the handler, and the server's shutdown, waiting). The gate has read the
    body, so nothing else is waiting for the request's messages."""

    async def disconnected() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(disconnected(), seconds)
