"""Stream events: the JSON of each SSE `data:` line, as the generated model of its `type`.

Known types become `ResponseEvent`, `UsageEvent`... (dicts holding the event's JSON, with
typed attributes). Anything else (a type added tomorrow, a `type` that is not a string,
data that is not a JSON object, JSON nested too deeply to read) comes through as a
`GenericStreamEvent`: never dropped, never fatal.
"""

from __future__ import annotations

import json
import json.decoder
import threading
from typing import TYPE_CHECKING, Any, TypeAlias

from fetch_hive_runtime import APIObject

if TYPE_CHECKING:
    from fetch_hive_api.events import StreamEventModel

__all__ = [
    "GenericStreamEvent",
    "StreamEvent",
    "parse_stream_event",
    "stream_event_classes",
]


class GenericStreamEvent(APIObject):
    """An event this SDK has no model for; its JSON is kept as is.

    `type` is the JSON's `type` when it is a string (else None); `raw` is the `data:` text
    when it was not a JSON object (the event itself is then empty).
    """

    __slots__ = ("raw",)

    def __init__(self, data: Any = (), raw: str | None = None) -> None:
        super().__init__(data)
        self.raw = raw

    @property
    def type(self) -> str | None:
        value = self.get("type")
        return value if isinstance(value, str) else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self), self.raw))


if TYPE_CHECKING:
    StreamEvent: TypeAlias = StreamEventModel | GenericStreamEvent


def __getattr__(name: str) -> Any:
    # `StreamEvent` and `STREAM_EVENT_TYPES` at run time (for isinstance and
    # get_type_hints) need the generated models: made on first use so that importing this
    # module stays cheap.
    if name == "StreamEvent":
        union: Any = GenericStreamEvent
        for cls in reversed(stream_event_classes().values()):
            union = cls | union
        return union
    if name == "STREAM_EVENT_TYPES":
        return tuple(stream_event_classes())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_CLASSES: dict[str, type[APIObject]] = {}
# The classes of `_CLASSES` without nested models: their events are a plain dict copy.
_FLAT: dict[str, type[APIObject]] = {}
_LOCK = threading.Lock()


def stream_event_classes() -> dict[str, type[APIObject]]:
    """`type` -> generated model (openapi.yaml's `StreamEvent` union, in the order a stream
    sends them), imported on first use (keeps `import fetch_hive_sdk` fast)."""
    if not _CLASSES:
        with _LOCK:
            if not _CLASSES:
                from fetch_hive_api.events import STREAM_EVENTS

                _FLAT.update({k: c for k, c in STREAM_EVENTS.items() if not c._sdk_nested})
                _CLASSES.update(STREAM_EVENTS)
    return _CLASSES


# Step 2 of the stream's fast path (docs/streaming.md, "The fast path"): the C scanner
# behind json.loads, called directly; a flat event made by a plain dict copy. Anything
# unusual goes to `_parse_slowly`, which decides.
_scan_once = json.decoder.JSONDecoder().scan_once  # type: ignore[attr-defined]


def parse_stream_event(text: str) -> StreamEvent:
    """The typed event for one `data:` text."""
    try:
        payload, end = _scan_once(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return _parse_slowly(text)
    if end != len(text) or type(payload) is not dict:
        return _parse_slowly(text)
    try:  # free in CPython 3.11+ unless it raises
        event: StreamEvent = _FLAT[payload["type"]](payload)  # type: ignore[assignment]
    except (KeyError, TypeError):  # no type, a nested or unknown one, not a string
        return _typed(payload)
    return event


def _typed(payload: dict[str, Any]) -> StreamEvent:
    kind = payload.get("type")
    cls = stream_event_classes().get(kind) if type(kind) is str else None
    if cls is None:
        return GenericStreamEvent(payload)
    event: StreamEvent = cls(payload) if not cls._sdk_nested else cls.from_dict(payload)  # type: ignore[assignment]
    return event


def _parse_slowly(text: str) -> StreamEvent:
    """Whitespace around the JSON, invalid JSON, JSON too deep, or not an object."""
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError):
        return GenericStreamEvent(raw=text)
    if type(payload) is not dict:
        return GenericStreamEvent(raw=text)
    return _typed(payload)
