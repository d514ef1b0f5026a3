"""Remember which deliveries were processed, so a repeated delivery is not processed twice.

`InMemoryReplayStore` (here) protects one process; `SQLiteReplayStore` the worker
processes of one host; `RedisReplayStore` any number of hosts.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

from ._options import positive_int

# Assumption of this SDK (retry windows are not documented): a redelivery of a callback
# comes within 7 days of the first delivery. Stores with a TTL remember a key that long.
DEFAULT_TTL_SECONDS = 7 * 24 * 3600.0


@runtime_checkable
class ReplayStore(Protocol):
    """Where seen deliveries are remembered. Both methods must be atomic and thread-safe:
    `WebhookReceiver` calls them from worker threads. A store that fails raises
    `ReplayStoreError`. How long keys are kept (a TTL) is the store's own setting."""

    def add_if_new(self, key: str) -> bool:
        """Remember `key`; True if it was not seen before."""
        ...

    def discard(self, key: str) -> None:
        """Forget `key` (its processing failed, so a retried delivery must be processed)."""
        ...


class InMemoryReplayStore:
    """The default store: the most recent `max_entries` keys of this process, thread-safe."""

    def __init__(self, max_entries: int = 10_000) -> None:
        self._max_entries = positive_int(max_entries, "max_entries")
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
