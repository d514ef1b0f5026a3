"""The server's stored resources, in SQLite (the standard library's ``sqlite3``).

In memory by default; in a file with ``--state PATH`` (``Settings.state_path``), so local
development survives a restart. Three tables:

- ``resources``: one JSON document per resource, keyed by ``(kind, id)``, with the
  workspace and parent it belongs to (knowledge bases, items, agents, chats, assets,
  approvals, delegations, paused agent runs, the run records of Hive Agent runs). ``seq``
  keeps creation order.
- ``messages``: the turns of agent threads (a chat's messages are its thread's turns).
- ``blobs``: the bytes of uploaded assets.

Requests run on the event loop and tests read from other threads: one lock serialises every
statement. Keys of a document that start with ``_`` are internal and never sent to clients.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    workspace_id TEXT,
    parent_id TEXT,
    doc TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE INDEX IF NOT EXISTS resources_by_owner ON resources (kind, workspace_id, parent_id);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    agent TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_thread ON messages (agent, thread_id, seq);
CREATE TABLE IF NOT EXISTS blobs (
    id TEXT PRIMARY KEY,
    content BLOB NOT NULL
);
"""

Doc = dict[str, Any]

#: Kinds of the stored resources that the handlers of other resources read too.
KNOWLEDGE_BASE = "knowledge_base"
KNOWLEDGE_BASE_ITEM = "knowledge_base_item"
AGENT = "agent"
CHAT = "chat"
ASSET = "asset"


def new_id() -> str:
    return str(uuid.uuid4())


def timestamp(*, hours: float = 0) -> str:
    """Now (or ``hours`` from now), as an ISO 8601 date-time in UTC."""
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()


def public(doc: Mapping[str, Any]) -> Doc:
    """The document as clients see it: internal ``_`` keys left out."""
    return {key: value for key, value in doc.items() if not key.startswith("_")}


class StoreError(ValueError):
    """The state file cannot be used; the message names the path and why."""


def _connect(path: Path | None) -> sqlite3.Connection:
    """The database, its tables made; a path that cannot hold it is a StoreError (the
    user's file is left untouched)."""
    if path is not None and path.is_dir():
        raise StoreError(f"{path}: is a folder, not a file")
    if path is not None and not path.parent.is_dir():
        raise StoreError(f"{path}: its folder {path.parent} does not exist")
    db: sqlite3.Connection | None = None
    try:
        db = sqlite3.connect(
            str(path) if path is not None else ":memory:",
            check_same_thread=False,
            isolation_level=None,  # autocommit: every statement is durable when it returns
        )
        db.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if isinstance(exc, sqlite3.OperationalError):  # permissions, locks, a full disk...
            raise StoreError(f"{path}: cannot be opened ({exc})") from None
        raise StoreError(f"{path}: not an SQLite database") from None
    db.row_factory = sqlite3.Row
    return db


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = _connect(path)

    # ---- resources ----------------------------------------------------------------------------
    def insert(
        self,
        kind: str,
        doc: Doc,
        *,
        workspace_id: str | None = None,
        parent_id: str | None = None,
    ) -> Doc:
        with self._lock:
            self._db.execute(
                "INSERT INTO resources (kind, id, workspace_id, parent_id, doc) VALUES (?, ?, ?, ?, ?)",
                (kind, doc["id"], workspace_id, parent_id, json.dumps(doc)),
            )
        return doc

    def get(self, kind: str, resource_id: str, *, parent_id: str | None = None) -> Doc | None:
        query = "SELECT doc FROM resources WHERE kind = ? AND id = ?"
        args: list[Any] = [kind, resource_id]
        if parent_id is not None:
            query += " AND parent_id = ?"
            args.append(parent_id)
        with self._lock:
            row = self._db.execute(query, args).fetchone()
        return json.loads(row["doc"]) if row is not None else None

    def update(self, kind: str, resource_id: str, changes: Mapping[str, Any]) -> Doc:
        with self._lock:
            doc = self.get(kind, resource_id)
            if doc is None:
                raise KeyError(f"{kind} {resource_id}")
            doc.update(changes)
            self._db.execute(
                "UPDATE resources SET doc = ? WHERE kind = ? AND id = ?",
                (json.dumps(doc), kind, resource_id),
            )
        return doc

    def delete(self, kind: str, resource_id: str) -> bool:
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM resources WHERE kind = ? AND id = ?", (kind, resource_id)
            )
        return cursor.rowcount > 0

    def select(
        self,
        kind: str,
        *,
        workspace_id: str | None = None,
        parent_id: str | None = None,
    ) -> list[Doc]:
        query = "SELECT doc FROM resources WHERE kind = ?"
        args: list[Any] = [kind]
        if workspace_id is not None:
            query += " AND workspace_id = ?"
            args.append(workspace_id)
        if parent_id is not None:
            query += " AND parent_id = ?"
            args.append(parent_id)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return [json.loads(row["doc"]) for row in rows]

    def trim(self, kind: str, keep: int) -> None:
        """Keep only the ``keep`` newest ``kind`` resources."""
        with self._lock:
            self._db.execute(
                "DELETE FROM resources WHERE kind = ? AND seq NOT IN ("
                " SELECT seq FROM resources WHERE kind = ? ORDER BY seq DESC LIMIT ?)",
                (kind, kind, max(1, keep)),
            )

    def delete_children(self, kind: str, parent_ids: Iterable[str]) -> list[str]:
        """Delete every ``kind`` resource under these parents; the ids deleted."""
        deleted: list[str] = []
        with self._lock:
            for parent_id in parent_ids:
                rows = self._db.execute(
                    "SELECT id FROM resources WHERE kind = ? AND parent_id = ?", (kind, parent_id)
                ).fetchall()
                deleted += [row["id"] for row in rows]
                self._db.execute(
                    "DELETE FROM resources WHERE kind = ? AND parent_id = ?", (kind, parent_id)
                )
        return deleted

    # ---- thread messages ----------------------------------------------------------------------
    def thread_messages(self, agent: str, thread_id: str) -> list[Doc]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, role, content, sent_at FROM messages"
                " WHERE agent = ? AND thread_id = ? ORDER BY seq",
                (agent, thread_id),
            ).fetchall()
        return [dict(row) for row in rows]

    def append_messages(
        self, agent: str, thread_id: str, turns: Iterable[Mapping[str, Any]], keep: int
    ) -> None:
        """Add turns to a thread and keep only its last ``keep`` messages."""
        with self._lock:
            for turn in turns:
                self._db.execute(
                    "INSERT INTO messages (id, agent, thread_id, role, content, sent_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (new_id(), agent, thread_id, turn["role"], turn["content"], timestamp()),
                )
            self._db.execute(
                "DELETE FROM messages WHERE agent = ? AND thread_id = ? AND seq NOT IN ("
                " SELECT seq FROM messages WHERE agent = ? AND thread_id = ?"
                " ORDER BY seq DESC LIMIT ?)",
                (agent, thread_id, agent, thread_id, keep),
            )

    def clear_messages(self, agent: str, thread_id: str) -> None:
        with self._lock:
            self._db.execute(
                "DELETE FROM messages WHERE agent = ? AND thread_id = ?", (agent, thread_id)
            )

    def forget_old_threads(self, keep: int, protected: Iterable[str] = ()) -> None:
        """Keep the ``keep`` most recently used threads; ``protected`` thread ids never go."""
        protected_ids = set(protected)
        with self._lock:
            rows = self._db.execute(
                "SELECT agent, thread_id, MAX(seq) AS last FROM messages"
                " GROUP BY agent, thread_id ORDER BY last DESC"
            ).fetchall()
            unprotected = [row for row in rows if row["thread_id"] not in protected_ids]
            for row in unprotected[keep:]:
                self.clear_messages(row["agent"], row["thread_id"])

    # ---- blobs --------------------------------------------------------------------------------
    def put_blob(self, blob_id: str, content: bytes) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO blobs (id, content) VALUES (?, ?)", (blob_id, content)
            )

    def get_blob(self, blob_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute("SELECT content FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        return bytes(row["content"]) if row is not None else None

    # ---- lifecycle ----------------------------------------------------------------------------
    def clear(self) -> None:
        with self._lock:
            for table in ("resources", "messages", "blobs"):
                self._db.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        with self._lock:
            self._db.close()
