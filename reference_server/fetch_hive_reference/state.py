"""What the server remembers: runs, agent threads, callback deliveries, concurrency slots,
and (in ``store``, SQLite) the stored resources.

Runs are kept in memory; the runs that are resources of their own, Hive Agent runs, are also
kept in the store (``save_run``), so ``GET /public/requests/{id}`` finds them after a restart
with ``--state``. One a previous process left unfinished is ``failed`` (it never finishes).

Every in-memory collection is bounded (oldest entries forgotten first). The event loop mutates
the state; tests read it from another thread through ``RunningServer``, hence the locks.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from .callbacks import CallbackSender, Delivery, webhook_secret
from .faults import FlakyCounters
from .settings import Settings
from .spec import ApiSpec
from .store import Store

REQUESTABLE_TYPES = {
    "prompt": "PromptDeployment",
    "workflow": "WorkflowDeployment",
    "agent": "Agent",
    "hive_agent": "HiveAgent",
    "knowledge_base_item": "KnowledgeBaseItem",
}


#: The kind of stored run records (``Store``), keyed by request id.
STORED_RUN = "run"
UNFINISHED_RUN = ("pending", "queued", "running")
RESTART_MESSAGE = "The reference server stopped before the run finished."


def new_request_id() -> str:
    """``req_`` and 32 random hex digits (uuid4().hex took four times as long)."""
    return "req_" + os.urandom(16).hex()


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class RunRecord:
    """One run as ``GET /public/requests/{id}`` shows it. (Slots: a record kept in the
    history is one object fewer for the garbage collector to visit.)"""

    request_id: str
    request_type: str
    name: str
    variant: str | None = None
    status: str = "running"
    metadata: dict[str, Any] | None = None
    user: str | None = None
    generated_at: datetime = field(default_factory=now)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    data: dict[str, Any] | None = None
    message: str | None = None
    #: Start inputs and callback URL of the run (the legacy workflow-run lookup shows them).
    inputs: dict[str, Any] | None = None
    callback_url: str | None = None
    #: Position in the server's history (the legacy lookup's integer ``id``).
    number: int = 0

    def start(self) -> None:
        self.status = "running"
        self.started_at = now()

    def finish(self, status: str, data: dict[str, Any], message: str | None = None) -> None:
        self.status = status
        self.data = data
        self.message = message
        self.ended_at = now()

    def to_doc(self) -> dict[str, Any]:
        """Every field, as JSON (the stored form; ``from_doc`` reads it back)."""
        doc: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            doc[item.name] = value.isoformat() if isinstance(value, datetime) else value
        return {"id": self.request_id, **doc}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> RunRecord:
        values: dict[str, Any] = {
            item.name: doc[item.name] for item in fields(cls) if item.name in doc
        }
        for name in ("generated_at", "started_at", "ended_at"):
            if isinstance(values.get(name), str):
                values[name] = datetime.fromisoformat(values[name])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        def stamp(value: datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return {
            "request_id": self.request_id,
            "id": self.request_id,
            "status": self.status,
            "request_type": self.request_type,
            "requestable_type": REQUESTABLE_TYPES[self.request_type],
            "requestable_id": self.name,
            "message": self.message,
            "generated_at": stamp(self.generated_at),
            "started_at": stamp(self.started_at),
            "ended_at": stamp(self.ended_at),
            "metadata": self.metadata,
            "user_metadata": {"user": self.user} if self.user is not None else None,
            "data": self.data,
        }


K = TypeVar("K")
V = TypeVar("V")


class _Bounded(Generic[K, V]):
    """An insertion-ordered map that forgets its oldest entries past ``limit``."""

    def __init__(self, limit: Callable[[], int]) -> None:
        self._items: OrderedDict[K, V] = OrderedDict()
        self._limit = limit

    def put(self, key: K, value: V) -> None:
        self._items.pop(key, None)
        self._items[key] = value
        while len(self._items) > max(1, self._limit()):
            self._items.popitem(last=False)

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def values(self) -> list[V]:
        return list(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


class ServerState:
    def __init__(self, settings: Settings, spec: ApiSpec) -> None:
        self.settings = settings
        self.spec = spec
        self.flaky = FlakyCounters()
        self.sender = CallbackSender(lambda: self.settings)
        self._lock = threading.Lock()
        self.store = Store(settings.state_path)
        self._runs: _Bounded[str, RunRecord] = _Bounded(lambda: self.settings.history_limit)
        self._run_count = 0
        self._deliveries: deque[Delivery] = deque(maxlen=settings.delivery_log_limit)
        self._tasks: set[asyncio.Task[None]] = set()
        self.active_workflows = 0
        self._queue: deque[Callable[[], Awaitable[None]]] = deque()
        self.peak_workflows = 0
        #: The event loop serving requests (set at start-up); other threads submit work to it.
        self.loop: asyncio.AbstractEventLoop | None = None

    # ---- runs -----------------------------------------------------------------------------
    def add_run(self, record: RunRecord) -> None:
        with self._lock:
            self._run_count += 1
            record.number = self._run_count
            self._runs.put(record.request_id, record)

    def get_run(self, request_id: str) -> RunRecord | None:
        """The run: from memory, else (a stored run of an earlier process) from the store."""
        with self._lock:
            found = self._runs.get(request_id)
        if found is not None:
            return found
        doc = self.store.get(STORED_RUN, request_id)
        return RunRecord.from_doc(doc) if doc is not None else None

    def save_run(self, record: RunRecord) -> None:
        """Keep the run's current state in the store too (it outlives a restart); the store
        keeps as many runs as the history (``history_limit``)."""
        doc = record.to_doc()
        if self.store.get(STORED_RUN, record.request_id) is None:
            self.store.insert(STORED_RUN, doc)
            self.store.trim(STORED_RUN, self.settings.history_limit)
        else:
            self.store.update(STORED_RUN, record.request_id, doc)

    def fail_unfinished_stored_runs(self) -> None:
        """Stored runs a previous process left unfinished will never finish: ``failed``."""
        for doc in self.store.select(STORED_RUN):
            if doc.get("status") in UNFINISHED_RUN:
                record = RunRecord.from_doc(doc)
                record.finish("failed", {"error": RESTART_MESSAGE}, message=RESTART_MESSAGE)
                self.store.update(STORED_RUN, record.request_id, record.to_doc())

    def runs(self) -> list[RunRecord]:
        with self._lock:
            return self._runs.values()

    # ---- agent threads ----------------------------------------------------------------------
    # Threads live in the store: a chat's messages are the turns of the thread of its id.
    def thread_history(self, agent: str, thread_id: str) -> list[dict[str, Any]]:
        return [
            {"role": message["role"], "content": message["content"]}
            for message in self.store.thread_messages(agent, thread_id)
        ]

    def append_turns(self, agent: str, thread_id: str, turns: list[dict[str, Any]]) -> None:
        self.store.append_messages(agent, thread_id, turns, self.settings.thread_turn_limit)
        # Chats are resources: their threads are never forgotten for the bound.
        chats = [chat["id"] for chat in self.store.select("chat")]
        self.store.forget_old_threads(self.settings.thread_limit, protected=chats)

    def replace_turns(self, agent: str, thread_id: str, turns: list[dict[str, Any]]) -> None:
        self.store.clear_messages(agent, thread_id)
        self.append_turns(agent, thread_id, turns)

    # ---- callbacks --------------------------------------------------------------------------
    def secret_for(self, kind: str, name: str) -> str:
        return webhook_secret(self.settings.secret_seed, kind, name)

    def record_delivery(self, delivery: Delivery) -> None:
        with self._lock:
            self._deliveries.append(delivery)

    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    # ---- workflow concurrency ---------------------------------------------------------------
    def try_acquire_workflow_slot(self) -> bool:
        if self.active_workflows >= self.settings.workflow_cap:
            return False
        self.active_workflows += 1
        self.peak_workflows = max(self.peak_workflows, self.active_workflows)
        return True

    def queue_workflow(self, job: Callable[[], Awaitable[None]]) -> bool:
        """Park a job until a slot frees up; False when the queue is full."""
        if len(self._queue) >= self.settings.max_queued:
            return False
        self._queue.append(job)
        return True

    def release_workflow_slot(self) -> None:
        self.active_workflows -= 1
        while self._queue and self.try_acquire_workflow_slot():
            self.spawn(self._queue.popleft()())

    # ---- background tasks -------------------------------------------------------------------
    def spawn(self, work: Awaitable[object]) -> asyncio.Task[None]:
        async def runner() -> None:
            await work

        task = asyncio.get_running_loop().create_task(runner())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @property
    def pending_tasks(self) -> int:
        return len(self._tasks)

    async def _cancel_background_work(self, reason: str) -> None:
        # Queued jobs first: a cancelled job frees its slot, which would start the next one.
        self._queue.clear()
        loop = asyncio.get_running_loop()
        while True:
            # Tasks of another loop (in-process ASGI tests run requests on short-lived loops)
            # ended with it and cannot be awaited here.
            stale = {task for task in self._tasks if task.get_loop() is not loop}
            self._tasks -= stale
            tasks = list(self._tasks)
            if not tasks:
                break
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            # Awaiting a finished task does not yield, so its done-callback (which discards it)
            # may not have run yet: drop them here, or this loop would spin forever.
            self._tasks.difference_update(tasks)
        for delivery in self.deliveries():
            if not delivery.finished:
                delivery.outcome = "cancelled"
                delivery.reason = reason
        self.active_workflows = 0

    async def reset(self) -> None:
        """Forget what happened so far (for test isolation): cancel background work, clear the
        runs, threads, deliveries and flaky counters. Settings are left as they are."""
        await self._cancel_background_work("state reset")
        with self._lock:
            self._runs = _Bounded(lambda: self.settings.history_limit)
            self._deliveries.clear()
        self.store.clear()
        self.peak_workflows = 0
        self.flaky.reset()

    async def aclose(self) -> None:
        """Cancel runs and deliveries still in flight, then close the HTTP client."""
        await self._cancel_background_work("server shut down")
        await self.sender.aclose()
        # The store stays open: every write is already committed, and an in-process app (ASGI
        # tests) may run its lifespan again with the same state.
