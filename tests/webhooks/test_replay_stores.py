"""`SQLiteReplayStore` and `RedisReplayStore` (issue 15): the `ReplayStore` protocol,
TTL, bounded growth, failures as `ReplayStoreError`, thread safety, and 4 worker
processes receiving the same deliveries with every event handled exactly once.

Redis is a real redis-server on 127.0.0.1 (the `redis_url` fixture).
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import socket
import sqlite3
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from fetch_hive_sdk import InputValidationError
from fetch_hive_sdk.webhooks import (
    InMemoryReplayStore,
    RedisReplayStore,
    ReplayStore,
    ReplayStoreError,
    SQLiteReplayStore,
    WebhookEvent,
    WebhookHandler,
    WebhookReceiver,
    sign,
)

from tests.webhooks import _replay_workers as workers

StoreFactory = Callable[..., Any]


class Clock:
    """A clock the test moves by hand (no sleeps)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sqlite_store(tmp_path: Path) -> StoreFactory:
    def make(**options: Any) -> SQLiteReplayStore:
        return SQLiteReplayStore(tmp_path / "replay.sqlite3", **options)

    return make


@pytest.fixture
def redis_store(redis_url: str) -> Iterator[StoreFactory]:
    prefix = f"test:{uuid.uuid4().hex}:"  # each test its own keys in the shared server
    client = redis.Redis.from_url(redis_url)

    def make(**options: Any) -> RedisReplayStore:
        return RedisReplayStore(client, key_prefix=prefix, **options)

    yield make
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


@pytest.fixture(params=["sqlite", "redis"])
def make_store(request: pytest.FixtureRequest) -> StoreFactory:
    factory: StoreFactory = request.getfixturevalue(f"{request.param}_store")
    return factory


def test_both_satisfy_the_protocol(make_store: StoreFactory) -> None:
    store = make_store()
    assert isinstance(store, ReplayStore)
    assert [store.add_if_new(k) for k in ("a", "b", "a", "b", "c")] == [
        True, True, False, False, True,
    ]  # fmt: skip
    store.discard("a")
    store.discard("never-seen")  # no error
    assert store.add_if_new("a") is True
    assert store.add_if_new("a") is False


def test_keys_are_stored_as_given(make_store: StoreFactory) -> None:
    store = make_store()
    odd = ["", "é ✓ 😀", "a:b:c", "x" * 5000, "line\nbreak", "'; DROP TABLE replay_keys; --"]
    assert [store.add_if_new(key) for key in odd] == [True] * len(odd)
    assert [store.add_if_new(key) for key in odd] == [False] * len(odd)


@pytest.mark.parametrize("threads", [8])
def test_racing_threads_admit_each_key_once(make_store: StoreFactory, threads: int) -> None:
    store = make_store()
    keys = [f"key-{n}" for n in range(150)]
    admitted: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def work() -> None:
        start.wait()
        for key in keys:
            if store.add_if_new(key):
                with lock:
                    admitted[key] += 1

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert admitted == Counter(keys)


# SQLite: TTL and bounded growth with a hand-moved clock. ---------------------------------


def test_sqlite_key_expires_after_its_ttl(sqlite_store: StoreFactory) -> None:
    clock = Clock()
    store = sqlite_store(ttl_seconds=60, clock=clock)
    assert store.add_if_new("k") is True
    clock.now += 59.9
    assert store.add_if_new("k") is False and len(store) == 1
    clock.now += 0.1  # the TTL has passed: a redelivery now counts as new
    assert len(store) == 0
    assert store.add_if_new("k") is True
    clock.now += 59.9  # ...with a fresh TTL
    assert store.add_if_new("k") is False


def test_sqlite_growth_is_bounded(sqlite_store: StoreFactory) -> None:
    clock = Clock()
    store = sqlite_store(ttl_seconds=1000, max_entries=10, prune_every=1, clock=clock)
    for number in range(25):
        store.add_if_new(f"k{number}")
        clock.now += 1
    assert len(store) == 10
    # The keys closest to expiry (the oldest) went first; the newest ten remain.
    assert [store.add_if_new(f"k{n}") for n in range(15, 25)] == [False] * 10
    assert store.add_if_new("k0") is True


def test_sqlite_prune_deletes_expired_keys(sqlite_store: StoreFactory) -> None:
    clock = Clock()
    store = sqlite_store(ttl_seconds=10, prune_every=1_000_000, clock=clock)
    for number in range(5):
        store.add_if_new(f"k{number}")
    clock.now += 10
    store.add_if_new("fresh")
    assert store.prune() == 5
    rows = sqlite3.connect(store.path).execute("SELECT key FROM replay_keys").fetchall()
    assert rows == [("fresh",)]


def test_sqlite_file_is_in_wal_mode(sqlite_store: StoreFactory) -> None:
    store = sqlite_store()
    (mode,) = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()
    assert mode == "wal"


@pytest.mark.parametrize(
    "options",
    [{"ttl_seconds": 0}, {"ttl_seconds": float("inf")}, {"ttl_seconds": float("nan")},
     {"max_entries": 0}, {"prune_every": 0}, {"ttl_seconds": "60"}, {"max_entries": "10"},
     {"max_entries": True}, {"prune_every": 2.5}],
)  # fmt: skip
def test_sqlite_options_are_checked(sqlite_store: StoreFactory, options: dict[str, Any]) -> None:
    with pytest.raises(InputValidationError, match=f"^{next(iter(options))}: ") as caught:
        sqlite_store(**options)
    assert caught.value.argument == next(iter(options))


@pytest.mark.parametrize("max_entries", [0, -1, "10", None, True, 1.5])
def test_in_memory_store_options_are_checked(max_entries: Any) -> None:
    with pytest.raises(InputValidationError, match=r"^max_entries: ") as caught:
        InMemoryReplayStore(max_entries=max_entries)
    assert caught.value.argument == "max_entries"


def test_sqlite_failure_is_a_replay_store_error(tmp_path: Path) -> None:
    with pytest.raises(ReplayStoreError, match="SQLite replay store"):
        SQLiteReplayStore(tmp_path / "no-such-folder" / "replay.sqlite3")
    store = SQLiteReplayStore(tmp_path / "replay.sqlite3")
    (tmp_path / "replay.sqlite3").unlink()
    (tmp_path / "replay.sqlite3").mkdir()  # now a folder: every call fails
    with pytest.raises(ReplayStoreError):
        store.add_if_new("k")


# Redis: SET NX PX, the prefix, failures. --------------------------------------------------


def test_redis_keys_have_the_prefix_and_the_ttl(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    prefix = f"app1:{uuid.uuid4().hex}:"
    store = RedisReplayStore(client, ttl_seconds=120, key_prefix=prefix)
    assert store.add_if_new("workflow.completed:req_1") is True
    ttl_ms = client.pttl(f"{prefix}workflow.completed:req_1")
    assert 0 < ttl_ms <= 120_000
    other_app = RedisReplayStore(client, key_prefix=f"app2:{uuid.uuid4().hex}:")
    assert other_app.add_if_new("workflow.completed:req_1") is True  # prefixes do not mix
    client.close()


def test_redis_expired_key_counts_as_new(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    prefix = f"t:{uuid.uuid4().hex}:"
    store = RedisReplayStore(client, key_prefix=prefix)
    assert store.add_if_new("k") is True
    client.pexpire(f"{prefix}k", 0)  # what the TTL does when it runs out
    assert store.add_if_new("k") is True
    client.close()


def test_redis_from_url_and_repr_hide_the_password(redis_url: str) -> None:
    store = RedisReplayStore.from_url(redis_url.replace("redis://", "redis://:hunter2@"))
    assert "hunter2" not in repr(store) and "hunter2" not in repr(
        WebhookHandler("s", replay_store=store)
    )
    assert store.key_prefix == "fetch-hive:replay:"
    store.discard("test-from-url")
    assert store.add_if_new("test-from-url") is True
    store.discard("test-from-url")


@pytest.mark.parametrize(
    "options", [{"ttl_seconds": 0}, {"ttl_seconds": float("nan")}, {"key_prefix": ""}]
)
def test_redis_options_are_checked(redis_url: str, options: dict[str, Any]) -> None:
    with pytest.raises(InputValidationError, match=f"^{next(iter(options))}: ") as caught:
        RedisReplayStore(redis.Redis.from_url(redis_url), **options)
    assert caught.value.argument == next(iter(options))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there now


def test_redis_unreachable_is_a_replay_store_error() -> None:
    store = RedisReplayStore.from_url(f"redis://127.0.0.1:{_closed_port()}/0")
    with pytest.raises(ReplayStoreError, match="ConnectionError"):
        store.add_if_new("k")
    with pytest.raises(ReplayStoreError):
        store.discard("k")


@pytest.mark.anyio
async def test_receiver_answers_503_when_the_store_fails() -> None:
    received: list[WebhookEvent] = []
    store = RedisReplayStore.from_url(f"redis://127.0.0.1:{_closed_port()}/0")
    app = WebhookReceiver(workers.SECRET, received.append, replay_store=store)
    body = json.dumps({"event_type": "workflow.completed", "request_id": "r1"}).encode()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answer = await client.post(
            "/cb", content=body, headers={"X-Fetch-Hive-Signature": sign(body, workers.SECRET)}
        )
    assert (answer.status_code, answer.json()) == (503, {"error": "replay store unavailable"})
    assert received == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["memory", "sqlite", "redis"])
async def test_receiver_uses_each_store_unchanged(
    kind: str, sqlite_store: StoreFactory, redis_store: StoreFactory
) -> None:
    store = {"memory": InMemoryReplayStore, "sqlite": sqlite_store, "redis": redis_store}[kind]()
    calls: list[int] = []

    def on_event(event: WebhookEvent) -> None:
        calls.append(event["data"]["output"])
        if len(calls) == 1:
            raise RuntimeError("first attempt fails")  # forgotten: the retry goes through

    app = WebhookReceiver(workers.SECRET, on_event, replay_store=store)
    (payload, signature), *_ = workers.make_deliveries(1, 1)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answers = [
            await client.post("/cb", content=payload, headers={"X-Fetch-Hive-Signature": signature})
            for _ in range(3)
        ]
    assert [a.status_code for a in answers] == [500, 200, 200]
    assert [a.json().get("duplicate") for a in answers[1:]] == [False, True]
    assert calls == [0, 0]


# Four worker processes, the same deliveries, each event handled exactly once. -------------

EVENTS, COPIES, PROCESSES = 60, 3, 4


def _run_workers(start_method: str, store: Any) -> list[tuple[int, list[int], str | None]]:
    context = multiprocessing.get_context(start_method)
    deliveries = workers.make_deliveries(EVENTS, COPIES)
    start = context.Barrier(PROCESSES)
    results = context.Queue()
    processes = [
        context.Process(
            target=workers.handle_deliveries, args=(store, deliveries, seed, start, results)
        )
        for seed in [0, 0, 1, 1]  # two pairs of workers in the same order: the closest races
    ]
    for process in processes:
        process.start()
    try:
        collected = [results.get(timeout=300) for _ in processes]
    except queue.Empty:
        raise AssertionError("a worker process did not report") from None
    finally:
        for process in processes:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
                process.join()
    return collected


def _assert_exactly_once(collected: list[tuple[int, list[int], str | None]]) -> None:
    assert [error for _, _, error in collected] == [None] * PROCESSES
    assert len({pid for pid, _, _ in collected}) == PROCESSES == 4
    handled = Counter(output for _, outputs, _ in collected for output in outputs)
    assert handled == Counter(range(EVENTS))  # every event, exactly once, across processes


# Python 3.12+ warns when forking a process that has threads (pytest-timeout's, the redis
# server's reader): the forked workers only open a store and handle events, which is safe.
FORK_WARNING = "ignore:This process .* is multi-threaded:DeprecationWarning"


@pytest.mark.filterwarnings(FORK_WARNING)
@pytest.mark.parametrize("start_method", ["spawn", "fork"])
def test_sqlite_four_processes_handle_each_event_once(tmp_path: Path, start_method: str) -> None:
    path = str(tmp_path / "replay.sqlite3")
    # spawn: each worker opens the file itself (uvicorn --workers); fork: the workers
    # inherit a store created before the fork (gunicorn --preload).
    store = ("sqlite", path, "") if start_method == "spawn" else SQLiteReplayStore(path)
    _assert_exactly_once(_run_workers(start_method, store))


@pytest.mark.filterwarnings(FORK_WARNING)
@pytest.mark.parametrize("start_method", ["spawn", "fork"])
def test_redis_four_processes_handle_each_event_once(redis_url: str, start_method: str) -> None:
    prefix = f"mp:{uuid.uuid4().hex}:"
    if start_method == "spawn":
        store: Any = ("redis", redis_url, prefix)
    else:
        store = RedisReplayStore.from_url(redis_url, key_prefix=prefix)
        assert store.add_if_new("warm-up")  # the parent's pool has a connection before the fork
    _assert_exactly_once(_run_workers(start_method, store))
