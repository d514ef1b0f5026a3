"""`SQLiteReplayStore`: replay protection shared by every worker process of one host.

One SQLite file (standard library `sqlite3`, WAL journal) holds the keys of processed
deliveries with their expiry time. "Insert if absent" is a single statement, so two
processes or threads receiving the same delivery at the same moment cannot both be told
it is new: SQLite serialises writers. A connection is opened per call, so the store is
safe to create before a server forks its workers and to share between threads.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from .._errors import InputValidationError, ReplayStoreError
from ._options import finite_number, positive_int
from ._replay import DEFAULT_TTL_SECONDS

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS replay_keys ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " expires_at REAL NOT NULL"
    ") WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS replay_keys_expiry ON replay_keys (expires_at)",
)
# New, or expired (then it counts as new again, with a fresh expiry): one atomic statement.
_ADD = (
    "INSERT INTO replay_keys (key, expires_at) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at "
    "WHERE replay_keys.expires_at <= ?"
)
# The longest wait for a writer SQLite can take: 2**31 - 1 milliseconds (about 24 days).
MAX_BUSY_TIMEOUT = (2**31 - 1) / 1000


class SQLiteReplayStore:
    """Keys of processed deliveries in a SQLite file, for the worker processes (and
    threads) of one host: `SQLiteReplayStore("/var/lib/myapp/replay.sqlite3")`.

    A key is remembered for `ttl_seconds` (default 7 days), then a redelivery counts as
    new. Growth is bounded: expired keys are deleted, and beyond `max_entries` the keys
    closest to expiry go first, checked every `prune_every` new keys of each process (so
    the file can exceed the bound by that many keys per process between checks).

    `busy_timeout` is how long a call waits for another process's write, in seconds (0
    to about 24 days, SQLite's limit); past it the call raises `ReplayStoreError`.

    The file must be on a local disk: SQLite's locking is not reliable over NFS or SMB.
    For several hosts, use `RedisReplayStore`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        max_entries: int = 1_000_000,
        prune_every: int = 1_000,
        busy_timeout: float = 30.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ttl_seconds = finite_number(ttl_seconds, "ttl_seconds", minimum=0.001)
        self.max_entries = positive_int(max_entries, "max_entries")
        positive_int(prune_every, "prune_every")
        # Seconds to wait for another writer; SQLite counts milliseconds in a C int, and
        # silently waits not at all beyond it.
        busy_timeout = finite_number(
            busy_timeout, "busy_timeout", minimum=0, maximum=MAX_BUSY_TIMEOUT
        )
        if not isinstance(path, str | os.PathLike):
            raise InputValidationError(
                f"path: must be a file path (str or os.PathLike), got {type(path).__name__}",
                argument="path",
            )
        if not callable(clock):
            raise InputValidationError(
                f"clock: must be a function returning seconds, got {type(clock).__name__}",
                argument="clock",
            )
        self.path = Path(path)
        self._prune_every = prune_every
        self._busy_timeout = busy_timeout
        self._clock = clock  # wall-clock seconds: the expiry is shared between processes
        self._added = 0  # new keys added by this process since its last prune
        self._added_lock = threading.Lock()
        with self._connection() as connection:
            # WAL: readers never wait for the writer; the setting is kept in the file.
            connection.execute("PRAGMA journal_mode=WAL")
            for statement in _SCHEMA:
                connection.execute(statement)

    def add_if_new(self, key: str) -> bool:
        now = self._clock()
        with self._connection() as connection:
            added = connection.execute(_ADD, (key, now + self.ttl_seconds, now)).rowcount == 1
        if added and self._count_added():
            self.prune()
        return added

    def discard(self, key: str) -> None:
        with self._connection() as connection:
            connection.execute("DELETE FROM replay_keys WHERE key = ?", (key,))

    def prune(self) -> int:
        """Delete expired keys, then the keys closest to expiry beyond `max_entries`;
        return how many were deleted. Runs by itself every `prune_every` new keys."""
        now = self._clock()
        with self._connection() as connection:
            connection.execute("BEGIN IMMEDIATE")  # one writer: the count stays true
            deleted = connection.execute(
                "DELETE FROM replay_keys WHERE expires_at <= ?", (now,)
            ).rowcount
            (count,) = connection.execute("SELECT count(*) FROM replay_keys").fetchone()
            if count > self.max_entries:
                deleted += connection.execute(
                    "DELETE FROM replay_keys WHERE key IN "
                    "(SELECT key FROM replay_keys ORDER BY expires_at LIMIT ?)",
                    (count - self.max_entries,),
                ).rowcount
            connection.execute("COMMIT")
        return int(deleted)

    def __len__(self) -> int:
        """The keys remembered and not expired."""
        with self._connection() as connection:
            (count,) = connection.execute(
                "SELECT count(*) FROM replay_keys WHERE expires_at > ?", (self._clock(),)
            ).fetchone()
        return int(count)

    def __repr__(self) -> str:
        return (
            f"SQLiteReplayStore(path={str(self.path)!r}, ttl_seconds={self.ttl_seconds:g}, "
            f"max_entries={self.max_entries})"
        )

    def _count_added(self) -> bool:
        """Count a new key; True when it is time to prune."""
        with self._added_lock:
            self._added += 1
            if self._added < self._prune_every:
                return False
            self._added = 0
            return True

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            # Autocommit (isolation_level=None): each statement is its own transaction,
            # except where BEGIN is explicit. `timeout`: how long to wait for a writer.
            with closing(
                sqlite3.connect(self.path, timeout=self._busy_timeout, isolation_level=None)
            ) as connection:
                # In WAL mode, NORMAL survives a crash of the process (not of the machine).
                connection.execute("PRAGMA synchronous=NORMAL")
                yield connection
        except sqlite3.Error as exc:
            raise ReplayStoreError(
                f"the SQLite replay store {str(self.path)!r} failed: {exc}"
            ) from exc
