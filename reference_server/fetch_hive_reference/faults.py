"""Faults: switches that make the reference server misbehave on purpose.

A fault is written ``name`` or ``name; key=value; key=value``, the same way everywhere: the
``X-Reference-Fault`` request header (one request), ``Settings.fault`` / ``--fault`` (every
request), and ``RunningServer.set_fault`` (every request, changed at run time). The header wins
over the server-wide fault.

``FaultSpec.parse`` gives one typed object per fault (``RateLimit``, ``Drop``...), whose
fields are its parameters, read and checked once. Where each kind acts: the gate
(``gate.py``) refuses with ``Refusing`` faults, delays with ``SlowFirstByte`` and cuts JSON
answers with ``Drop``; a stream stops where a ``StreamCut`` fault says; run handlers fail
their run on ``ProviderError``. Standard library only: the command line parses faults before
the server is imported.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

FAULT_HEADER = "x-reference-fault"


class FaultSyntaxError(ValueError):
    """A fault string that cannot be understood."""


@dataclass(frozen=True)
class FaultSpec:
    """A parsed fault: ``name`` and its parameters as written (``params``); each subclass
    adds them as typed fields."""

    #: The fault's name in the fault syntax, and the parameters it takes.
    name: ClassVar[str] = ""
    parameters: ClassVar[frozenset[str]] = frozenset()

    params: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        """The fault ``text`` describes; FaultSyntaxError when it describes none."""
        return _parse(text)

    @classmethod
    def parse_optional(cls, text: str | None) -> FaultSpec | None:
        return None if text is None or not text.strip() else _parse(text)

    def int_param(self, key: str, default: int) -> int:
        raw = self.params.get(key)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise FaultSyntaxError(f"{key} must be an integer") from None
        if value < 0:
            raise FaultSyntaxError(f"{key} must not be negative")
        return value

    def float_param(self, key: str, default: float) -> float:
        raw = self.params.get(key)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise FaultSyntaxError(f"{key} must be a number") from None
        if not 0 <= value <= 3600:
            raise FaultSyntaxError(f"{key} must be between 0 and 3600")
        return value

    def __str__(self) -> str:
        return "; ".join([self.name, *(f"{key}={value}" for key, value in self.params.items())])


# ---- refusing faults: the request is answered with an error instead of being served --------
@dataclass(frozen=True)
class Refusing(FaultSpec):
    """A fault that answers the request with an error before its handler runs."""


@dataclass(frozen=True)
class RateLimit(Refusing):
    name: ClassVar[str] = "rate_limit"
    parameters: ClassVar[frozenset[str]] = frozenset({"retry_after", "retry_after_ms"})

    retry_after: float = 1.0
    retry_after_ms: int | None = None


@dataclass(frozen=True)
class DailyCap(Refusing):
    name: ClassVar[str] = "daily_cap"
    parameters: ClassVar[frozenset[str]] = frozenset({"limit"})

    #: None: the server's ``Settings.daily_limit``.
    limit: int | None = None


@dataclass(frozen=True)
class Flaky(Refusing):
    """Fails ``times`` times per key, then lets the requests through."""

    name: ClassVar[str] = "flaky"
    parameters: ClassVar[frozenset[str]] = frozenset({"times", "status", "key", "retry_after"})

    times: int = 2
    status: int = 500
    #: None: counted per operation and deployment (or agent, or first path parameter).
    key: str | None = None
    retry_after: float | None = None


# ---- faults of the run and of the answer ------------------------------------------------
@dataclass(frozen=True)
class ProviderError(FaultSpec):
    """The model provider fails: runs that call one answer 502 and are recorded failed."""

    name: ClassVar[str] = "provider_error"


@dataclass(frozen=True)
class SlowFirstByte(FaultSpec):
    """Nothing is sent for ``seconds`` (or until the client disconnects)."""

    name: ClassVar[str] = "slow_first_byte"
    parameters: ClassVar[frozenset[str]] = frozenset({"seconds"})

    seconds: float = 2.0


@dataclass(frozen=True)
class StreamCut(FaultSpec):
    """A stream stops after ``after`` events (never later than its last text event)."""

    after: int = 2


@dataclass(frozen=True)
class StreamError(StreamCut):
    """The stream's rest is an ``error`` event."""

    name: ClassVar[str] = "stream_error"
    parameters: ClassVar[frozenset[str]] = frozenset({"after"})


@dataclass(frozen=True)
class Drop(StreamCut):
    """The connection closes mid-body: streams after ``after`` events, JSON answers after
    half their bytes."""

    name: ClassVar[str] = "drop"
    parameters: ClassVar[frozenset[str]] = frozenset({"after"})


#: Every fault by name, in the order the error for an unknown one lists them.
FAULTS: dict[str, type[FaultSpec]] = {
    kind.name: kind
    for kind in (RateLimit, DailyCap, ProviderError, StreamError, Drop, SlowFirstByte, Flaky)
}


@functools.lru_cache(maxsize=256)
def _parse(text: str) -> FaultSpec:
    """Parsed once per distinct text (the server-wide fault is read on every request);
    the objects are frozen, so sharing them is safe."""
    parts = [part.strip() for part in text.split(";")]
    name = parts[0].lower()
    kind = FAULTS.get(name)
    if kind is None:
        raise FaultSyntaxError(f"unknown fault {name!r} (known: {', '.join(FAULTS)})")
    params: dict[str, str] = {}
    for part in parts[1:]:
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in kind.parameters:
            raise FaultSyntaxError(f"fault {name!r} takes no parameter {part!r}")
        params[key] = value.strip()
    written = FaultSpec(params)
    # Every number checked in one order, so a string with several mistakes names the same one.
    ints = {
        key: written.int_param(key, 0)
        for key in ("after", "times", "status", "limit", "retry_after_ms")
        if key in params
    }
    floats = {
        key: written.float_param(key, 0.0) for key in ("retry_after", "seconds") if key in params
    }
    if not 400 <= ints.get("status", 500) <= 599:
        raise FaultSyntaxError("flaky status must be a 4xx or 5xx code")
    typed: dict[str, Any] = {**ints, **floats}
    if "key" in params:
        typed["key"] = params["key"]
    return kind(params, **typed)


class FlakyCounters:
    """How often each flaky key has failed so far; bounded, shared by every request thread."""

    def __init__(self, limit: int = 10_000) -> None:
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def should_fail(self, key: str, times: int) -> bool:
        """Count one call for ``key``; True for the first ``times`` calls, False after."""
        with self._lock:
            count = self._counts.pop(key, 0)
            self._counts[key] = count + 1
            while len(self._counts) > self._limit:
                self._counts.popitem(last=False)
            return count < times

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
