"""Remember which deliveries were processed, so a repeated delivery is not processed twice."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable


@runtime_checkable
class ReplayStore(Protocol):
    """Where seen deliveries are remembered. Implement it over Redis or a database to share
    it between processes; both methods must be atomic."""

    def add_if_new(self, key: str) -> bool:
        """Remember `key`; True if it was not seen before."""
        ...

    def discard(self, key: str) -> None:
        """Forget `key` (its processing failed, so a retried delivery must be processed)."""
        ...


class InMemoryReplayStore:
    """The default store: the most recent `max_entries` keys of this process, thread-safe."""

    def __init__(self, max_entries: int = 10_000) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add_if_new(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                self._seen.move_to_end(key)
                return False
            self._seen[key] = None
            if len(self._seen) > self._max_entries:
                self._seen.popitem(last=False)  # forget the oldest
            return True

    def discard(self, key: str) -> None:
        with self._lock:
            self._seen.pop(key, None)

    def __len__(self) -> int:
        return len(self._seen)

    def __repr__(self) -> str:
        return f"InMemoryReplayStore(entries={len(self._seen)}, max_entries={self._max_entries})"
