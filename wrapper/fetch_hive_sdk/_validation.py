"""Argument checks that run before anything is sent.

Each check raises `InputValidationError` naming the argument and the problem, so that a
mistake costs no request (and no credits). The checks follow the documented rules
(api-reference sections 2.2, 2.3 and 2.6); the service remains the final judge of
everything else.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from ._errors import InputValidationError

MAX_ATTACHMENTS = 5
MESSAGE_ROLES = ("user", "assistant", "system")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1"})


def _fail(argument: str, problem: str) -> InputValidationError:
    return InputValidationError(f"{argument}: {problem}", argument=argument)


def _type_name(value: object) -> str:
    return type(value).__name__


def required_text(value: object, argument: str) -> str:
    """A non-empty string (whitespace only counts as empty)."""
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string, got {_type_name(value)}")
    if not value.strip():
        raise _fail(argument, "must not be empty")
    return value


def optional_text(value: object, argument: str) -> str | None:
    """None or a string; an empty string counts as not given (fetch-hive-sdk 0.4.1 used
    `""` as its default for `variant` and `thread_id`)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(argument, f"must be a string or None, got {_type_name(value)}")
    return value or None


def inputs(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(
            "inputs", f"must be a mapping of variable names to values, got {_type_name(value)}"
        )
    for key in value:
        if not isinstance(key, str):
            raise _fail("inputs", f"keys must be strings, got {_type_name(key)} key {key!r}")
    return dict(value)


def metadata(value: object) -> dict[str, Any] | None:
    """Flat map: non-empty string keys; string, number, boolean or null values."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail("metadata", f"must be a flat mapping, got {_type_name(value)}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise _fail("metadata", f"keys must be strings, got {_type_name(key)} key {key!r}")
        if not key.strip():
            raise _fail("metadata", "keys must not be empty")
        where = f"metadata[{key!r}]"
        if isinstance(item, float) and not math.isfinite(item):
            raise _fail(where, f"must be a finite number, got {item!r}")
        if item is not None and not isinstance(item, str | int | float | bool):
            raise _fail(
                where,
                f"values must be strings, numbers, booleans or None, got {_type_name(item)}"
                " (metadata is flat: no nested objects or lists)",
            )
    return dict(value)


def callback(
    async_mode: object,
    callback_url: object,
    *,
    mode_argument: str = "async_mode",
    url_argument: str = "callback_url",
) -> str | None:
    """The callback URL to send, or None for direct delivery.

    A `callback_url` without `async_mode=True` is not sent, as in fetch-hive-sdk 0.4.1.
    """
    if not isinstance(async_mode, bool):
        raise _fail(mode_argument, f"must be True or False, got {_type_name(async_mode)}")
    if not async_mode:
        return None
    if callback_url is None or callback_url == "":
        raise _fail(url_argument, f"is required when {mode_argument} is True")
    return https_url(callback_url, url_argument)


AGENT_ASYNC_KEYS = ("enabled", "callback_url", "allow_background")


def async_options(value: object) -> dict[str, Any] | None:
    """An agent invoke's `async` object: fetch-hive-sdk 0.4.1 sends `{"enabled": true,
    "callback_url": ...}`; the published SDK spec has `{"callback_url": ...,
    "allow_background": bool}`. Both are accepted: `callback_url` is required when
    `enabled` is true, checked whenever given; `allow_background` is a boolean."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail("async_options", f"must be a mapping, got {_type_name(value)}")
    unknown = sorted(str(key) for key in value if key not in AGENT_ASYNC_KEYS)
    if unknown:
        raise _fail(
            "async_options",
            f"unknown key {unknown[0]!r} (expected {', '.join(AGENT_ASYNC_KEYS)})",
        )
    options: dict[str, Any] = {}
    for key in ("enabled", "allow_background"):
        if key in value:
            if not isinstance(value[key], bool):
                raise _fail(
                    f"async_options[{key!r}]",
                    f"must be True or False, got {_type_name(value[key])}",
                )
            options[key] = value[key]
    url = value.get("callback_url")
    if options.get("enabled") is True and url in (None, ""):
        raise _fail("async_options['callback_url']", "is required when enabled is True")
    if url is not None:
        options["callback_url"] = https_url(url, "async_options['callback_url']")
    if not options:
        raise _fail("async_options", "is empty: give callback_url (and allow_background)")
    return options


def https_url(value: object, argument: str) -> str:
    """An absolute https URL; http only for localhost and 127.0.0.1 (local development)."""
    if not isinstance(value, str):
        raise _fail(argument, f"must be a URL string, got {_type_name(value)}")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise _fail(argument, f"must be an absolute https:// URL, got {value!r}")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise _fail(
            argument,
            f"must use https (http is allowed only for localhost and 127.0.0.1), got {value!r}",
        )
    return value


def _https_only(value: object, argument: str) -> str:
    """Attachment URLs: https only, even locally (the service fetches them)."""
    url = https_url(value, argument)
    if urlsplit(url.strip()).scheme != "https":
        raise _fail(argument, f"must be an https:// URL, got {value!r}")
    return url


def _list(value: object, argument: str) -> Sequence[Any] | None:
    if value is None:
        return None
    # A bare string is a sequence of characters: almost always a mistake here.
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _fail(argument, f"must be a list, got {_type_name(value)}")
    return value


def attachments(value: object, argument: str) -> list[Any] | None:
    items = _list(value, argument)
    if items is None:
        return None
    checked: list[Any] = []
    for index, item in enumerate(items):
        where = f"{argument}[{index}]"
        if isinstance(item, str):
            checked.append(_https_only(item, where))
        elif isinstance(item, Mapping):
            if "file_url" not in item:
                raise _fail(where, "an attachment object needs a 'file_url'")
            _https_only(item["file_url"], f"{where}['file_url']")
            checked.append(dict(item))
        else:
            raise _fail(where, f"must be a URL string or a mapping, got {_type_name(item)}")
    return checked


def image_urls(value: object, argument: str) -> list[str] | None:
    items = _list(value, argument)
    if items is None:
        return None
    return [_https_only(item, f"{argument}[{index}]") for index, item in enumerate(items)]


def attachment_count(files: list[Any] | None, images: list[str] | None, where: str) -> None:
    total = len(files or ()) + len(images or ())
    if total > MAX_ATTACHMENTS:
        raise _fail(
            where,
            f"at most {MAX_ATTACHMENTS} attachments per message (attachments and image_urls "
            f"together), got {total}",
        )


def messages(value: object) -> list[dict[str, Any]] | None:
    items = _list(value, "messages")
    if items is None:
        return None
    checked: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        where = f"messages[{index}]"
        if not isinstance(item, Mapping):
            raise _fail(
                where, f"must be a mapping with 'role' and 'content', got {_type_name(item)}"
            )
        role = item.get("role")
        if role not in MESSAGE_ROLES:
            raise _fail(
                f"{where}['role']", f"must be one of {', '.join(MESSAGE_ROLES)}, got {role!r}"
            )
        content = item.get("content")
        if not isinstance(content, str):
            raise _fail(f"{where}['content']", f"must be a string, got {_type_name(content)}")
        files = attachments(item.get("attachments"), f"{where}['attachments']")
        images = image_urls(item.get("image_urls"), f"{where}['image_urls']")
        attachment_count(files, images, where)
        checked.append(dict(item))
    return checked


def artifact_refs(known: object, used: object) -> tuple[list[str] | None, list[str] | None]:
    known_ids = _uuids(known, "known_artifact_refs")
    used_ids = _uuids(used, "artifact_refs")
    if used_ids:
        missing = [ref for ref in used_ids if ref not in set(known_ids or ())]
        if missing:
            raise _fail(
                "artifact_refs",
                f"every id must also be in known_artifact_refs; missing {missing[0]}",
            )
    return known_ids, used_ids


def _uuids(value: object, argument: str) -> list[str] | None:
    items = _list(value, argument)
    if items is None:
        return None
    checked: list[str] = []
    for index, item in enumerate(items):
        try:
            checked.append(str(item if isinstance(item, uuid.UUID) else uuid.UUID(str(item))))
        except ValueError:
            raise _fail(f"{argument}[{index}]", f"must be a UUID, got {item!r}") from None
    return checked or None


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
    for key, item in headers.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise _fail(headers_argument, f"names and values must be strings, got {key!r}")
        # The value is not echoed: headers often carry secrets.
        if _CONTROL.search(key) or _CONTROL.search(item):
            raise _fail(headers_argument, f"{key!r} contains a line break or control character")


# Characters that cannot appear in an HTTP header (httpx would echo the whole value, secret
# included, in its error).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def api_key(value: object) -> str | None:
    """The key without surrounding whitespace (a trailing newline from an env file is a
    common accident); None when empty. Never echoed in the error."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail("api_key", f"must be a string, got {_type_name(value)}")
    key = value.strip()
    if _CONTROL.search(key) or " " in key:
        raise _fail("api_key", "contains whitespace or control characters (value not shown)")
    return key or None


def base_url(value: object, argument: str = "base_url") -> str:
    """An absolute http(s) URL, without its trailing slash."""
    if not isinstance(value, str):
        raise _fail(argument, f"must be a URL string, got {_type_name(value)}")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise _fail(argument, f"must be an absolute http(s) URL, got {value!r}")
    return value.strip().rstrip("/")


def path_segment(value: object, argument: str) -> str:
    """A value that goes into the URL path as one segment (an id). `.` and `..` are refused:
    the URL would be normalised to another endpoint (`/public/requests/..` is `/public`),
    which would receive the credentials."""
    text = required_text(value, argument)
    if text.strip() in (".", ".."):
        raise _fail(argument, f"{text!r} is not an id (it would change the URL's path)")
    return text
