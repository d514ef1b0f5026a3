"""Typed stream events: the JSON of each SSE `data:` line, by its `type`.

Known types become the generated event models (`ResponseEvent`, `UsageEvent`, ...) with
mapping access (`event["response"]`, `event.get("type")`) and a `type` attribute. Anything
else (a type added tomorrow, a known type whose fields do not parse, data that is not a
JSON object) comes through as a `GenericEvent`: never dropped, never fatal.
"""

from __future__ import annotations

import json
import json.decoder
import threading
from typing import TYPE_CHECKING, Any, TypeAlias

from ._mapping import WireMapping, with_mapping

if TYPE_CHECKING:
    from fetch_hive_api.models.artifact_event import ArtifactEvent
    from fetch_hive_api.models.error_event import ErrorEvent
    from fetch_hive_api.models.reasoning_event import ReasoningEvent
    from fetch_hive_api.models.response_event import ResponseEvent
    from fetch_hive_api.models.summary_event import SummaryEvent
    from fetch_hive_api.models.tool_event import ToolEvent
    from fetch_hive_api.models.usage_event import UsageEvent

__all__ = ["EVENT_TYPES", "GenericEvent", "StreamEvent", "event_class", "parse_event"]

EVENT_TYPES = ("summary", "reasoning", "response", "tool", "artifact", "usage", "error")


class GenericEvent(WireMapping):
    """An event this SDK has no model for; its JSON is kept as is.

    `type` is the JSON's `type` (None when absent); `raw` is the `data:` text when it was
    not a JSON object.
    """

    __slots__ = ("_data", "_sdk_response_info", "raw")

    def __init__(self, data: dict[str, Any], raw: str | None = None) -> None:
        self._data = data
        self.raw = raw

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def _wire(self) -> dict[str, Any]:
        return self._data

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GenericEvent):
            return NotImplemented
        return (self._data, self.raw) == (other._data, other.raw)

    __hash__ = None  # type: ignore[assignment]  # mutable JSON inside


class _EventType:
    """Mixin for the typed events: `event.type` reads the generated `type_` field."""

    __slots__ = ()
    type_: str

    @property
    def type(self) -> str:
        return self.type_


if TYPE_CHECKING:
    StreamEvent: TypeAlias = (
        SummaryEvent
        | ReasoningEvent
        | ResponseEvent
        | ToolEvent
        | ArtifactEvent
        | UsageEvent
        | ErrorEvent
        | GenericEvent
    )


def __getattr__(name: str) -> Any:
    # `StreamEvent` at run time (for isinstance and get_type_hints) needs the generated
    # models: built on first use so that importing this module stays cheap.
    if name == "StreamEvent":
        from fetch_hive_api.models import (
            ArtifactEvent,
            ErrorEvent,
            ReasoningEvent,
            ResponseEvent,
            SummaryEvent,
            ToolEvent,
            UsageEvent,
        )

        return (
            SummaryEvent
            | ReasoningEvent
            | ResponseEvent
            | ToolEvent
            | ArtifactEvent
            | UsageEvent
            | ErrorEvent
            | GenericEvent
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Event types whose generated models hold only JSON scalars, so that the generated
# `from_dict` just copies each key to the attribute of the same name (`type` to `type_`)
# and keeps the rest in `additional_properties`. Their events are created with `type_`
# and the parsed JSON only, and each attribute is filled in from that JSON on first
# access, exactly as `from_dict` would fill it (tests/wrapper/test_events.py compares
# the two on generated payloads). Why: most consumers read one field of most events, and
# the generated `from_dict` costs more than decoding and parsing the event together.
FLAT_EVENT_TYPES = frozenset({"summary", "reasoning", "response", "error"})

_CLASSES: dict[str, type[Any]] = {}
_LOCK = threading.Lock()


class _LazyFields:
    """Mixin for flat event models: attributes filled in from `_sdk_payload` on demand."""

    __slots__ = ()
    _sdk_payload: dict[str, Any] | None
    _sdk_fields: frozenset[str]  # attribute names
    _sdk_keys: frozenset[str]  # the JSON keys `from_dict` reads into them
    _sdk_unset: Any  # the generated client's UNSET
    _sdk_type: str  # the event type, constant per class

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute without a value: a field not filled in yet.
        if name.startswith(("__", "_sdk")):
            raise AttributeError(name)
        payload = getattr(self, "_sdk_payload", None)
        if payload is None or name not in self._sdk_fields:
            raise AttributeError(name)
        if name == "type_":
            object.__setattr__(self, name, self._sdk_type)
            return self._sdk_type
        if name == "additional_properties":
            self._sdk_fill_all()  # a mutable dict: from now on the fields are the truth
            return object.__getattribute__(self, name)
        value = payload.get(name, self._sdk_unset)
        object.__setattr__(self, name, value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_sdk_payload", None) is not None:
            self._sdk_fill_all()
        object.__setattr__(self, name, value)

    def _sdk_fill_all(self) -> None:
        payload = self._sdk_payload
        assert payload is not None
        unset = self._sdk_unset
        for name in self._sdk_fields:
            if name not in ("additional_properties", "type_"):
                object.__setattr__(self, name, payload.get(name, unset))
        object.__setattr__(self, "type_", self._sdk_type)
        keys = self._sdk_keys
        extra = {key: value for key, value in payload.items() if key not in keys}
        object.__setattr__(self, "additional_properties", extra)
        object.__setattr__(self, "_sdk_payload", None)

    def _wire(self) -> dict[str, Any]:
        payload = self._sdk_payload
        if payload is not None:
            return payload
        wire: dict[str, Any] = self.to_dict()
        return wire


def _load_classes() -> dict[str, type[Any]]:
    # Built once, under a lock: two streams starting together in two threads must share
    # the same classes (the stream compares event classes by identity).
    with _LOCK:
        if not _CLASSES:
            _CLASSES.update(_build_classes())
    return _CLASSES


def _build_classes() -> dict[str, type[Any]]:
    from fetch_hive_api.models.artifact_event import ArtifactEvent
    from fetch_hive_api.models.error_event import ErrorEvent
    from fetch_hive_api.models.reasoning_event import ReasoningEvent
    from fetch_hive_api.models.response_event import ResponseEvent
    from fetch_hive_api.models.summary_event import SummaryEvent
    from fetch_hive_api.models.tool_event import ToolEvent
    from fetch_hive_api.models.usage_event import UsageEvent
    from fetch_hive_api.types import UNSET

    models: dict[str, type[Any]] = {
        "summary": SummaryEvent,
        "reasoning": ReasoningEvent,
        "response": ResponseEvent,
        "tool": ToolEvent,
        "artifact": ArtifactEvent,
        "usage": UsageEvent,
        "error": ErrorEvent,
    }
    built: dict[str, type[Any]] = {}
    for name, model in models.items():
        namespace: dict[str, Any] = {
            "__slots__": (),
            "__module__": model.__module__,
            "__qualname__": model.__qualname__,
        }
        bases: tuple[type, ...] = (_EventType, with_mapping(model))
        if name in FLAT_EVENT_TYPES:
            namespace["__slots__"] = ("_sdk_payload",)
            fields = frozenset(attribute.name for attribute in model.__attrs_attrs__)
            namespace["_sdk_fields"] = fields
            namespace["_sdk_keys"] = (fields - {"type_", "additional_properties"}) | {"type"}
            namespace["_sdk_unset"] = UNSET
            namespace["_sdk_type"] = name
            bases = (_LazyFields, *bases)
        built[name] = type(model.__name__, bases, namespace)
    return built


def event_class(event_type: str) -> type[Any]:
    """The class that events of `event_type` are read into (a generated model subclass)."""
    return (_CLASSES or _load_classes())[event_type]


# The C scanner behind json.loads, called directly: json.loads spends more time in its
# wrapper (two regex matches for surrounding whitespace) than parsing a small event.
scan_once = json.decoder.JSONDecoder().scan_once  # type: ignore[attr-defined]


def loads(text: str) -> Any:
    """`json.loads(text)`, faster for the usual compact object; same results and errors."""
    try:
        value, end = scan_once(text, 0)
    except (StopIteration, ValueError):
        return json.loads(text)  # leading whitespace, or invalid: json.loads decides
    if end != len(text):
        return json.loads(text)  # trailing whitespace or extra data
    return value


_set = object.__setattr__


def new_lazy_event(cls: Any, payload: dict[str, Any]) -> Any:
    """An event of a flat type (a class from `event_class`) over its parsed JSON."""
    event = cls.__new__(cls)
    _set(event, "_sdk_payload", payload)
    return event


class EventParser:
    """`data:` text -> typed event. One per stream; its `__call__` is the hot path."""

    __slots__ = ("_classes", "_flat")

    def __init__(self) -> None:
        self._classes = _CLASSES or _load_classes()
        self._flat = {name: self._classes[name] for name in FLAT_EVENT_TYPES}

    def __call__(self, text: str) -> StreamEvent:
        try:
            payload, end = scan_once(text, 0)
            if end != len(text):
                payload = json.loads(text)
        except (StopIteration, ValueError):
            try:
                payload = json.loads(text)
            except ValueError:
                return GenericEvent({}, raw=text)
        if type(payload) is not dict:
            return GenericEvent({}, raw=text)
        kind = payload.get("type")
        cls: Any = self._flat.get(kind)  # type: ignore[arg-type]
        if cls is not None:
            event = cls.__new__(cls)
            _set(event, "_sdk_payload", payload)
            return event  # type: ignore[no-any-return]
        cls = self._classes.get(kind)  # type: ignore[arg-type]
        if cls is not None:
            try:
                parsed: StreamEvent = cls.from_dict(payload)
                return parsed
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a known type with unexpected fields: pass it through as JSON
        return GenericEvent(payload)


def parse_event(text: str) -> StreamEvent:
    """The typed event for one `data:` text."""
    return EventParser()(text)
