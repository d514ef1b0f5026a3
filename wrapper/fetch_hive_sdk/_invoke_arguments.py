"""The invoke and trigger methods' own arguments, checked before their body is built.

These methods keep fetch-hive-sdk 0.4.1's flat arguments (`inputs` and `metadata` as
mappings, `async_mode` with `callback_url`, `async_options`, attachments as URLs or
objects, earlier `messages`, artifact references), which `_operations` turns into the body.
Each is checked here with a message that names the argument as the caller wrote it
(`metadata["customer"]: ... (metadata is flat: no nested objects or lists)`); then the
generated shapes check the body as the spec says (`_build.prepare`). What only these
checks can say: JSON safety (`_rules.json_value`), the URL rules, and the limits across
arguments (attachments plus image_urls; artifact refs among the known ones).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._rules import (
    _child,
    _fail,
    _https_only,
    _key_of,
    _later_child,
    _short_repr,
    _type_name,
    _unicode,
    https_url,
    json_value,
)

__all__ = [
    "artifact_refs",
    "async_options",
    "attachment_count",
    "attachments",
    "callback",
    "image_urls",
    "inputs",
    "messages",
    "metadata",
]


def inputs(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(
            "inputs", f"must be a mapping of variable names to values, got {_type_name(value)}"
        )
    checked: dict[str, Any] = json_value(value, "inputs")
    return checked


def metadata(value: object) -> dict[str, Any] | None:
    """Flat map: non-empty string keys; string, number, boolean or null values."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail("metadata", f"must be a flat mapping, got {_type_name(value)}")
    checked: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise _fail(
                "metadata", f"keys must be strings, got {_type_name(key)} key {_short_repr(key)}"
            )
        if not key.strip():
            raise _fail("metadata", "keys must not be empty")
        where = _later_child("metadata", _unicode(key, _key_of("metadata", key)))
        if item is not None and not isinstance(item, str | int | float | bool):
            raise _fail(
                where,
                f"values must be strings, numbers, booleans or None, got {_type_name(item)}"
                " (metadata is flat: no nested objects or lists)",
            )
        checked[key] = json_value(item, where)
    return checked


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
                    f'async_options["{key}"]',
                    f"must be True or False, got {_type_name(value[key])}",
                )
            options[key] = value[key]
    url = value.get("callback_url")
    if options.get("enabled") is True and url in (None, ""):
        raise _fail('async_options["callback_url"]', "is required when enabled is True")
    if url is not None:
        options["callback_url"] = https_url(url, 'async_options["callback_url"]')
    if not options:
        raise _fail("async_options", "is empty: give callback_url (and allow_background)")
    return options


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
                raise _fail(where, 'an attachment object needs a "file_url"')
            attachment = json_value(item, where)
            attachment["file_url"] = _https_only(item["file_url"], _child(where, "file_url"))
            checked.append(attachment)
        else:
            raise _fail(where, f"must be a URL string or a mapping, got {_type_name(item)}")
    return checked


def image_urls(value: object, argument: str) -> list[str] | None:
    items = _list(value, argument)
    if items is None:
        return None
    return [_https_only(item, f"{argument}[{index}]") for index, item in enumerate(items)]


def attachment_count(files: list[Any] | None, images: list[str] | None, where: str) -> None:
    """At most as many attachments as the spec allows (`AgentInvokeRequest.attachments`'
    maxItems), counting `attachments` and `image_urls` together: a sum JSON Schema cannot
    say but by nesting conditions."""
    from fetch_hive_api.models.agent_invoke_request import AgentInvokeRequest

    limit = AgentInvokeRequest._sdk_limit("attachments", "max_items")
    total = len(files or ()) + len(images or ())
    if limit is not None and total > limit:
        raise _fail(
            where,
            f"at most {limit} attachments per message (attachments and image_urls "
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
        content = item.get("content")
        if not isinstance(content, str):
            raise _fail(_child(where, "content"), f"must be a string, got {_type_name(content)}")
        message = json_value(item, where)
        files = attachments(item.get("attachments"), _child(where, "attachments"))
        images = image_urls(item.get("image_urls"), _child(where, "image_urls"))
        attachment_count(files, images, where)
        for key, value in (("attachments", files), ("image_urls", images)):
            if value is not None:
                message[key] = value
        checked.append(message)
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
    import uuid  # only for the rare artifact refs: keeps `import fetch_hive_sdk` light

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
