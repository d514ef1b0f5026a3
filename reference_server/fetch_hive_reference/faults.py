"""Faults: switches that make the reference server misbehave on purpose.

A fault is written ``name`` or ``name; key=value; key=value``, the same way everywhere: the
``X-Reference-Fault`` request header (one request), ``Settings.fault`` / ``--fault`` (every
request), and ``RunningServer.set_fault`` (every request, changed at run time). The header wins
over the server-wide fault.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

FAULT_HEADER = "x-reference-fault"

#: Every fault and the parameters it takes.
FAULT_PARAMETERS: dict[str, frozenset[str]] = {
    "rate_limit": frozenset({"retry_after", "retry_after_ms"}),
    "daily_cap": frozenset({"limit"}),
    "provider_error": frozenset(),
    "stream_error": frozenset({"after"}),
    "drop": frozenset({"after"}),
    "slow_first_byte": frozenset({"seconds"}),
    "flaky": frozenset({"times", "status", "key", "retry_after"}),
}


class FaultSyntaxError(ValueError):
    """A fault string that cannot be understood."""


@dataclass(frozen=True)
class FaultSpec:
    name: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        parts = [part.strip() for part in text.split(";")]
        name = parts[0].lower()
        if name not in FAULT_PARAMETERS:
            known = ", ".join(FAULT_PARAMETERS)
            raise FaultSyntaxError(f"unknown fault {name!r} (known: {known})")
        params: dict[str, str] = {}
        for part in parts[1:]:
            if not part:
                continue
            key, sep, value = part.partition("=")
            key = key.strip().lower()
            if not sep or key not in FAULT_PARAMETERS[name]:
                raise FaultSyntaxError(f"fault {name!r} takes no parameter {part!r}")
            params[key] = value.strip()
        spec = cls(name, params)
        spec._check_numbers()
        return spec

    @classmethod
    def parse_optional(cls, text: str | None) -> FaultSpec | None:
        return None if text is None or not text.strip() else cls.parse(text)

    def _check_numbers(self) -> None:
        for key in ("after", "times", "status", "limit", "retry_after_ms"):
            if key in self.params:
                self.int_param(key, 0)
        for key in ("retry_after", "seconds"):
            if key in self.params:
                self.float_param(key, 0.0)
        status = self.int_param("status", 500)
        if not 400 <= status <= 599:
            raise FaultSyntaxError("flaky status must be a 4xx or 5xx code")

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
