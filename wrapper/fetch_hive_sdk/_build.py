"""Descriptor + arguments -> `Operation`, the request to send: every check before sending.

Every API call goes through `prepare`, with the descriptor of its operation
(`fetch_hive_api.api.<tag>.<operation>.OPERATION`, generated from openapi.yaml) and the
values its method was given:

- each path parameter: a UUID where the spec says `format: uuid` (sent in canonical form),
  any other id a safe path segment (`_rules.path_segment`) within its schema's limits;
- each query parameter: its type, then its schema's values and limits;
- the body: JSON-safe (`_rules.json_value`), then checked against the request model's shapes
  (unknown and missing fields, types, enumerations, lengths, patterns, ranges, item counts:
  all generated from the spec);
- the credentials the operation's `security` asks for: the API key, or a webhook secret in
  its header (never in the URL, and never sent on to another host by a redirect).

A problem raises `InputValidationError` naming the argument as the caller wrote it: a
wire field the method names otherwise (`search_query` is `query`) is named by the method's
argument, with the wire name after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from . import _rules as rules
from ._base_client import Operation, RequestOptions
from ._errors import InputValidationError, RequestValidationError
from ._retry import INVOKE, PROVIDER_INVOKE, READ, RetryRule

if TYPE_CHECKING:
    from fetch_hive_runtime import OperationSpec, Param

__all__ = ["as_refusal", "prepare", "put", "split_options"]

_NOTHING: Final[Mapping[str, Any]] = {}
_RETRY: Final[dict[str, RetryRule]] = {
    "read": READ,
    "invoke": INVOKE,
    "provider_invoke": PROVIDER_INVOKE,
}
_OPTION_NAMES: Final = frozenset(RequestOptions.__annotations__)


def put(body: dict[str, Any], wire: str, value: Any) -> None:
    """Set the body's field `wire`, a dotted path for a nested one (`async.callback_url`)."""
    *parents, last = wire.split(".")
    for parent in parents:
        inner = body.get(parent)
        if not isinstance(inner, dict):
            inner = body[parent] = {}
        body = inner
    body[last] = value


def split_options(arguments: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(per-call options, the rest) of a method's `**kwargs`: a method whose keywords are a
    request object's fields takes `timeout=`, `max_retries=`... among them."""
    options: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    for key, value in arguments.items():
        (options if key in _OPTION_NAMES else fields)[key] = value
    return options, fields


def as_refusal(spec: OperationSpec[Any, Any], error: InputValidationError) -> InputValidationError:
    """An argument error of a call of `spec` as the `RequestValidationError` it is (also
    an `httpx.HTTPStatusError` with a 422 view, as the service would have answered)."""
    if isinstance(error, RequestValidationError):
        return error
    return RequestValidationError(
        error.message, argument=error.argument, method=spec.method, path=spec.path
    )


def prepare(
    spec: OperationSpec[Any, Any],
    *,
    path: Mapping[str, object] = _NOTHING,
    query: Mapping[str, object] = _NOTHING,
    body: Mapping[str, Any] | None = None,
    json_safe: bool = False,
    names: Mapping[str, str] = _NOTHING,
    because: Mapping[str, str] = _NOTHING,
    secret: object = None,
    streaming: bool = False,
    files: Any = None,
) -> Operation[Any]:
    """The checked request of `spec` with these arguments.

    `json_safe`: the body's values are already JSON-safe copies (the invoke methods check
    each argument by its own rules first), so they are not walked twice. `names` maps a wire
    name (a dotted path for a nested field) to the argument of the method that gives it,
    where they differ; `because` says why an argument is required, for the error when it
    is missing or empty. `files` are the parts of a multipart body.
    """
    try:
        url = spec.path
        for param in spec.path_params:
            text = _path_value(param, path.get(param.name), names.get(param.name, param.name))
            url = url.replace("{" + param.name + "}", quote(text, safe=""), 1)
        params: dict[str, Any] = {}
        for param in spec.query_params:
            value = query.get(param.name)
            if value is not None:
                params[param.name] = _query_value(param, value, names.get(param.name, param.name))
        kwargs: dict[str, Any] = {"method": spec.method, "url": url, "params": params}
        headers: dict[str, str] = {}
        if body is not None:
            kwargs["json"] = _checked_body(spec, body, json_safe, names, because)
        if files is not None:
            kwargs["files"] = files
    except InputValidationError as error:
        raise as_refusal(spec, error) from None
    if spec.auth == "webhook_secret":  # a credential: not the service's 422, if it is wrong
        assert spec.auth_header is not None
        headers[spec.auth_header] = rules.webhook_secret(secret)
    if headers:
        kwargs["headers"] = headers
    return Operation(
        name=spec.name,
        kwargs=kwargs,
        result_model=None if streaming else spec.answer,
        needs_api_key=spec.auth == "api_key",
        streaming=streaming,
        retry=_RETRY[spec.retry],
        # A secret header must not follow a redirect to another host.
        redirects_allowed=spec.auth != "webhook_secret",
        result_is_list=spec.answer_is_list,
    )


def _path_value(param: Param, value: object, argument: str) -> str:
    if param.format == "uuid":
        return rules.uuid_id(value, argument)
    text = rules.path_segment(value, argument)
    _raise_problem(param.shape.problem(text, argument), argument)
    return text


def _query_value(param: Param, value: object, argument: str) -> object:
    if param.format == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputValidationError(
                f"{argument}: must be an integer, got {type(value).__name__}", argument=argument
            )
    elif param.format == "text":
        value = rules.required_text(value, argument)
    _raise_problem(param.shape.problem(value, argument), argument)
    return value


def _checked_body(
    spec: OperationSpec[Any, Any],
    body: Mapping[str, Any],
    json_safe: bool,
    names: Mapping[str, str],
    because: Mapping[str, str],
) -> dict[str, Any]:
    for argument, reason in because.items():
        wire = next((w for w, a in names.items() if a == argument), argument)
        if _dig(body, wire) in (None, ""):
            raise InputValidationError(f"{argument}: is required: {reason}", argument=argument)
    if json_safe:
        checked = dict(body)
    else:
        checked = {key: rules.json_value(value, key) for key, value in body.items()}
    if spec.body is not None:
        problem = spec.body._sdk_problem(checked, "")
        if problem is not None:
            argument, message = _as_argument(problem, names)
            raise InputValidationError(message, argument=argument)
    return checked


def _dig(body: Mapping[str, Any], wire: str) -> Any:
    value: Any = body
    for part in wire.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _as_argument(problem: str, names: Mapping[str, str]) -> tuple[str, str]:
    """(the argument, the message) of a problem found in the body: a field that the method
    names otherwise is named as the caller wrote it, with its wire name after it."""
    where = problem.split(":", 1)[0]
    for wire, argument in names.items():
        head, *rest = wire.split(".")
        rendered = head + "".join(f'["{part}"]' for part in rest)
        if where == rendered or where.startswith((rendered + "[", rendered + '["')):
            message = argument + problem[len(rendered) :]
            return argument, f"{message} (sent as {rendered})"
    return where, problem


def _raise_problem(problem: str | None, argument: str) -> None:
    if problem is not None:
        raise InputValidationError(problem, argument=argument)
