"""The request rules JSON Schema cannot say, checked before anything is sent.

Every other rule of a request is the spec's, checked by the shapes generated from it
(`_build.prepare`). These are the rest, each raising `InputValidationError` naming the
argument and the problem, so that a mistake costs no request (and no credits):
- `json_value`: what JSON can carry (finite numbers, integers the service reads exactly,
  valid Unicode, string keys, no cycles, bounded nesting), with the path of the offending
  value, e.g. `inputs["scores"][3]`;
- `url`: the spec's `format: uri` rules plus a real host and port;
- header names and values as HTTP/1.1 allows them (secrets are never echoed), and the
  API key and webhook secrets that go in them;
- path segments that stay in their endpoint, UUIDs in canonical form, text that is not
  blank, and the client's options (timeouts, retries, query parameters).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import InputValidationError

if TYPE_CHECKING:
    from fetch_hive_runtime import UrlRule

# Assumption of this SDK (the service documents no bound): integers must lie within
# +-(2**53 - 1), the range that every JSON reader holds exactly (RFC 7493, I-JSON; a
# JavaScript or double-based reader silently rounds larger ones). Send bigger ones as text.
MAX_SAFE_INTEGER = 2**53 - 1
# Assumption of this SDK: at most 64 nested lists/objects inside one argument, well within
# the request body depth common JSON readers accept (100 for Ruby's JSON, 128 for serde);
# deeper data is almost always a mistake, and it would exhaust Python's recursion too.
MAX_JSON_DEPTH = 64


# Where a value sits (`inputs["scores"][3]`): a string, or a function making it. Walking
# JSON values, the path of every item is made only when that item is refused (making each
# one ahead, with json.dumps for every key, cost more than the rest of the walk).
Where = str | Callable[[], str]


def _render(where: Where) -> str:
    return where if isinstance(where, str) else where()


def _fail(argument: Where, problem: str) -> InputValidationError:
    argument = _render(argument)
    return InputValidationError(f"{argument}: {problem}", argument=argument)


def _type_name(value: object) -> str:
    return type(value).__name__


def _short_repr(value: object, limit: int = 40) -> str:
    """repr() for an error text: bounded, and never failing (an int of 5000 digits,
    a broken __repr__)."""
    try:
        text = repr(value)
    except Exception:
        return f"<{_type_name(value)}>"
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


def _child(where: Where, key: str | int) -> str:
    """The path of an item: `inputs["scores"][3]`."""
    where = _render(where)
    return f"{where}[{key}]" if isinstance(key, int) else f"{where}[{json.dumps(key)}]"


def _later_child(where: Where, key: str | int) -> Callable[[], str]:
    return lambda: _child(where, key)


def _key_of(where: Where, key: str) -> Callable[[], str]:
    return lambda: f"{_render(where)} key {json.dumps(key)}"


def _unicode(value: str, where: Where) -> str:
    """Refuse lone surrogates (from `surrogateescape` or broken text): they are not
    Unicode, so the body cannot be encoded as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _fail(
            where,
            f"contains a lone surrogate U+{ord(value[exc.start]):04X} at index {exc.start}: "
            "not valid Unicode, so it cannot be sent",
        ) from None
    return value


def required_text(value: object, argument: str) -> str:
    """A non-empty string (whitespace only counts as empty)."""
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string, got {_type_name(value)}")
    if not value.strip():
        raise _fail(argument, "must not be empty")
    return _unicode(value, argument)


def optional_text(value: object, argument: str) -> str | None:
    """None or a string; an empty string counts as not given (fetch-hive-sdk 0.4.1 used
    `""` as its default for `variant` and `thread_id`)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string or None, got {_type_name(value)}")
    return _unicode(value, argument) or None


def json_value(value: object, where: Where) -> Any:
    """A plain copy of `value` (dicts, lists, str, int, float, bool, None) that JSON can
    carry and the service can read; `InputValidationError` naming the path otherwise."""
    if type(value) is dict:
        copy = _flat_copy(value)
        if copy is not None:
            return copy
    return _json(value, where, 0, set())


def _flat_copy(value: dict[Any, Any]) -> dict[str, Any] | None:
    """The copy `_json` makes of a dict whose keys are ASCII strings and whose values are
    plain (ASCII str, bool, None, int within range, finite float), found without walking
    it: most `inputs` are such a dict, and the walk was a third of checking an invoke.
    None for anything else: the walk then decides, and names what is wrong."""
    for key, item in value.items():
        if type(key) is not str or not key.isascii():
            return None
        kind = type(item)
        if kind is str:
            if not item.isascii():
                return None
        elif kind is int:
            if not -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                return None
        elif kind is float:
            if not math.isfinite(item):
                return None
        elif item is not None and kind is not bool:
            return None
    return dict(value)


def _json(value: object, where: Where, depth: int, enclosing: set[int]) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _unicode(value, where)
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise _fail(
                where,
                f"an integer of {value.bit_length()} bits is outside +-(2**53-1), the range "
                "JSON readers hold exactly; send it as a string",
            )
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(
                where,
                f"must be a finite number, got {float(value)!r}: JSON has no NaN or Infinity "
                "(NaN often marks a missing value in pandas or numpy data; send None)",
            )
        return float(value)
    if isinstance(value, Mapping | list | tuple):
        if id(value) in enclosing:
            raise _fail(where, "contains itself (a cycle): JSON cannot carry it")
        if depth >= MAX_JSON_DEPTH:
            raise _fail(where, f"is nested more than {MAX_JSON_DEPTH} levels deep")
        enclosing.add(id(value))
        try:
            if isinstance(value, Mapping):
                return _json_object(value, where, depth, enclosing)
            return [
                _json(item, _later_child(where, index), depth + 1, enclosing)
                for index, item in enumerate(value)
            ]
        finally:
            enclosing.discard(id(value))
    raise _fail(where, _not_json(value))


def _json_object(
    value: Mapping[Any, Any], where: Where, depth: int, enclosing: set[int]
) -> dict[str, Any]:
    copy: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise _fail(
                where, f"keys must be strings, got {_type_name(key)} key {_short_repr(key)}"
            )
        _unicode(key, _key_of(where, key))
        copy[key] = _json(item, _later_child(where, key), depth + 1, enclosing)
    return copy


def _not_json(value: object) -> str:
    kind = _type_name(value)
    if isinstance(value, set | frozenset):
        return f"a {kind} is not a JSON value: pass a list (e.g. sorted(...))"
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{kind} is not a JSON value: decode it to str (or base64 for binary data)"
    return (
        f"{kind} is not a JSON value (str, int, float, bool, None, list or dict); "
        "convert it first (e.g. int(), float(), str() or .item() for numpy scalars)"
    )


def https_url(value: object, argument: str) -> str:
    """A callback URL: https, or http to a loopback host (local development)."""
    return url(value, argument, rule="callback")


def url(value: object, argument: str, *, rule: UrlRule = "any") -> str:
    """An absolute http(s) URL without its surrounding whitespace, by the runtime's URL rules
    (`fetch_hive_runtime._url`: the spec's `format: uri`, a real host, the scheme `rule`)."""
    from fetch_hive_runtime._url import uri_problem  # with the first URL checked

    if not isinstance(value, str):
        raise _fail(argument, f"must be a URL string, got {_type_name(value)}")
    text = value.strip()
    problem = uri_problem(text, argument, rule)
    if problem is not None:
        raise InputValidationError(problem, argument=argument)
    return text


def _https_only(value: object, argument: str) -> str:
    """Attachment URLs: https only, even locally (the service fetches them)."""
    return url(value, argument, rule="https")


def request_options(
    timeout: object,
    max_retries: object,
    headers: object,
    *,
    headers_argument: str = "extra_headers",
) -> None:
    """Per-call or client options. `timeout`: None (no timeout), positive seconds, or an
    `httpx.Timeout` (the NOT_GIVEN sentinel is handled by the caller)."""
    import httpx

    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise _fail(
                "timeout",
                f"must be seconds, an httpx.Timeout or None, got {_type_name(timeout)}",
            )
        if timeout <= 0 or not math.isfinite(timeout):
            raise _fail("timeout", f"must be a positive number of seconds, got {timeout!r}")
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise _fail("max_retries", f"must be an integer >= 0, got {max_retries!r}")
    if headers is None:
        return
    if not isinstance(headers, Mapping):
        raise _fail(headers_argument, f"must be a mapping, got {_type_name(headers)}")
    for name, item in headers.items():
        header_field(name, item, headers_argument)


# HTTP/1.1 (RFC 9110, as h11 enforces it): a name is a token; a value is visible ASCII
# with single spaces or tabs inside, never at either end. httpx sends values as ASCII.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FIELD_VALUE = re.compile(r"(?:[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*)?")


def query_values(value: object, argument: str) -> dict[str, Any] | None:
    """Query parameters (`extra_query`, `default_query`): string names; values that are
    text, numbers or booleans, or lists of them; no control characters."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(argument, f"must be a mapping, got {_type_name(value)}")
    checked: dict[str, Any] = {}
    for name, item in value.items():
        if not isinstance(name, str) or not name:
            raise _fail(argument, f"names must be non-empty strings, got {_short_repr(name)}")
        where = _child(argument, name)
        items = item if isinstance(item, list | tuple) else [item]
        for one in items:
            if not isinstance(one, str | int | float) or (
                isinstance(one, float) and not math.isfinite(one)
            ):
                raise _fail(
                    where,
                    f"must be text, a number or a boolean (or a list of them), got {_short_repr(one)}",
                )
            if isinstance(one, str) and any(c < " " or c == "\x7f" for c in one):
                raise _fail(where, "contains a control character")
        checked[name] = (
            [_query_text(one) for one in items]
            if isinstance(item, list | tuple)
            else _query_text(item)
        )
    return checked


def _query_text(value: str | float) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def header_field(name: object, value: object, argument: str) -> None:
    """One header for `argument` (`extra_headers`, `default_headers`). The error names the
    header, never its value: headers often carry secrets."""
    if not isinstance(name, str):
        raise _fail(argument, f"header names must be strings, got {_type_name(name)}")
    if _TOKEN.fullmatch(name) is None:
        raise _fail(
            argument,
            f"{_short_repr(name)} is not a valid header name (letters, digits and "
            "!#$%&'*+-.^_`|~ only; no spaces, colons or control characters)",
        )
    where = f"{argument}[{json.dumps(name)}]"
    if not isinstance(value, str):
        raise _fail(where, f"header values must be strings, got {_type_name(value)}")
    if _FIELD_VALUE.fullmatch(value) is None:
        raise _fail(where, f"the value {_header_value_problem(value)} (value not shown)")


def _header_value_problem(value: str) -> str:
    for position, char in enumerate(value):
        if char in "\r\n":
            return f"contains a line break at position {position}"
        if not " " <= char <= "~" and char != "\t":
            kind = "a control" if char.isascii() else "a non-ASCII"
            return f"contains {kind} character U+{ord(char):04X} at position {position}"
    return "starts or ends with whitespace"


def api_key(value: object, argument: str = "api_key") -> str | None:
    """The key without surrounding whitespace (a trailing newline from an env file is a
    common accident); None when empty. Visible ASCII only: anything else (a zero-width
    space pasted with it, a line break) cannot go in the `Authorization` header. The key
    is never echoed in the error."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string, got {_type_name(value)}")
    key = value.strip()
    _secret_characters(key, argument, allow_spaces=False)
    return key or None


def webhook_secret(value: object, argument: str = "webhook_secret") -> str:
    """A webhook secret to send in a header: non-empty, surrounding whitespace removed,
    printable ASCII only. Never echoed in the error."""
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string, got {_type_name(value)}")
    secret = value.strip()
    if not secret:
        raise _fail(argument, "must not be empty")
    _secret_characters(secret, argument, allow_spaces=True)
    return secret


def _secret_characters(secret: str, argument: str, *, allow_spaces: bool) -> None:
    problem = secret_problem(secret, allow_spaces=allow_spaces)
    if problem is not None:
        raise _fail(argument, f"{problem} (value not shown)")


def secret_problem(secret: str, *, allow_spaces: bool = True) -> str | None:
    """What makes `secret` unusable in an HTTP header, without quoting it; None if fine."""
    for position, char in enumerate(secret):
        if char == " " and not allow_spaces:
            return f"contains whitespace at position {position}"
        if char in "\r\n":
            return f"contains a line break at position {position}"
        if not " " <= char <= "~":
            kind = "a control" if char.isascii() else "a non-ASCII"
            return (
                f"contains {kind} character U+{ord(char):04X} at position {position} "
                "(pasted with it?); only printable ASCII is allowed"
            )
    return None


def base_url(value: object, argument: str = "base_url") -> str:
    """An absolute http(s) URL, without its trailing slash."""
    return url(value, argument).rstrip("/")


# Assumption of this SDK: an id in a URL path is at most this long. The service documents no
# limit; URLs beyond about 8 KB are refused by most servers and proxies (httpx itself refuses
# a URL component over 64 KB), so a longer id is a mistake, named before sending.
MAX_PATH_SEGMENT = 1024


def path_segment(value: object, argument: str) -> str:
    """A value that goes into the URL path as one segment (an id). `.` and `..` are refused:
    the URL would be normalised to another endpoint (`/public/requests/..` is `/public`),
    which would receive the credentials. Control characters (NUL, CR, LF...) are refused:
    no id of the service holds one (percent-encoding them would send them unharmed, to no
    avail). At most `MAX_PATH_SEGMENT` characters."""
    text = required_text(value, argument)
    if text.strip() in (".", ".."):
        raise _fail(argument, f"{text!r} is not an id (it would change the URL's path)")
    for position, char in enumerate(text):
        if char < " " or char == "\x7f":
            raise _fail(
                argument,
                f"contains the control character U+{ord(char):04X} at position {position}: "
                "no id holds one",
            )
    if len(text) > MAX_PATH_SEGMENT:
        raise _fail(
            argument, f"is {len(text)} characters long: an id is at most {MAX_PATH_SEGMENT}"
        )
    return text


def uuid_id(value: object, argument: str) -> str:
    """An id that must be a UUID (workspaces, knowledge bases, items, agents, chats,
    delegations, approvals): refused before sending when it is not one."""
    import uuid  # loaded with the first resource call, not at `import fetch_hive_sdk`

    if isinstance(value, uuid.UUID):
        return str(value)
    text = required_text(value, argument)
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise _fail(argument, f"must be a UUID, got {_short_repr(text)}") from None
