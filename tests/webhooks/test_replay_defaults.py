"""The replay stores' documented defaults (a key kept 7 days; the in-memory store's 10,000
keys, most recently seen kept; SQLite's 1,000,000 keys, pruned every 1,000 new keys, 30 s
for a busy writer; Redis keys under `fetch-hive:replay:` for 7 days), each seen working."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from fetch_hive_sdk import InputValidationError
from fetch_hive_sdk.webhooks import (
    InMemoryReplayStore,
    RedisReplayStore,
    SQLiteReplayStore,
    _replay_redis,
    _replay_sqlite,
)

WEEK = 7 * 24 * 3600.0


class Clock:
    """A clock the test moves by hand (no sleeps)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_in_memory_store_keeps_10000_keys_by_default() -> None:
    store = InMemoryReplayStore()
    assert all(store.add_if_new(f"k{i}") for i in range(10_000))
    assert len(store) == 10_000 and repr(store) == (
        "InMemoryReplayStore(entries=10000, max_entries=10000)"
    )
    assert store.add_if_new("one more") and len(store) == 10_000
    assert store.add_if_new("k0")  # the oldest went first
    assert not store.add_if_new("k9999")


def test_in_memory_store_keeps_the_keys_seen_most_recently() -> None:
    store = InMemoryReplayStore(max_entries=2)
    assert store.add_if_new("a") is True and store.add_if_new("b") is True
    assert store.add_if_new("a") is False  # seen again: now the most recent
    assert store.add_if_new("c") is True  # full: "b", the least recently seen, goes
    assert store.add_if_new("a") is False and store.add_if_new("c") is False
    assert store.add_if_new("b") is True
    store.discard("b")
    store.discard("never seen")
    assert store.add_if_new("b") is True and len(store) == 2


def test_sqlite_store_defaults(tmp_path: Path) -> None:
    clock = Clock()
    store = SQLiteReplayStore(tmp_path / "replay.sqlite3", clock=clock)
    assert (store.ttl_seconds, store.max_entries) == (WEEK, 1_000_000)
    assert repr(store) == (
        f"SQLiteReplayStore(path={str(tmp_path / 'replay.sqlite3')!r}, ttl_seconds=604800, "
        "max_entries=1000000)"
    )
    assert store.add_if_new("k")
    clock.now += WEEK - 0.5
    assert not store.add_if_new("k") and len(store) == 1
    clock.now += 0.5  # seven days after: a redelivery counts as new
    assert len(store) == 0 and store.add_if_new("k")


def test_sqlite_store_prunes_every_1000_new_keys_by_default(tmp_path: Path) -> None:
    store = SQLiteReplayStore(tmp_path / "replay.sqlite3", max_entries=10)
    for i in range(999):
        assert store.add_if_new(f"k{i}")
    assert len(store) == 999  # no prune yet
    assert not store.add_if_new("k0")  # not new: not counted
    assert len(store) == 999
    assert store.add_if_new("k999")  # the 1,000th new key: pruned to max_entries
    assert len(store) == 10


def test_sqlite_store_waits_30_seconds_for_a_busy_writer_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeouts: list[float] = []
    connect = sqlite3.connect

    def recording(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        timeouts.append(kwargs["timeout"])
        return connect(*args, **kwargs)

    monkeypatch.setattr(_replay_sqlite.sqlite3, "connect", recording)
    store = SQLiteReplayStore(tmp_path / "replay.sqlite3")
    store.add_if_new("k")
    SQLiteReplayStore(tmp_path / "other.sqlite3", busy_timeout=0).add_if_new("k")
    assert timeouts == [30.0, 30.0, 0.0, 0.0]
    assert _replay_sqlite.MAX_BUSY_TIMEOUT == 2_147_483.647


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


def test_redis_store_defaults(redis_client: redis.Redis) -> None:
    store = RedisReplayStore(redis_client)
    key = f"defaults-{uuid.uuid4()}"
    assert store.add_if_new(key) and not store.add_if_new(key)
    assert _replay_redis.DEFAULT_KEY_PREFIX == "fetch-hive:replay:"
    ttl_ms = redis_client.pttl("fetch-hive:replay:" + key)
    assert WEEK * 1000 - 60_000 < ttl_ms <= WEEK * 1000
    assert repr(store) == "RedisReplayStore(key_prefix='fetch-hive:replay:', ttl_seconds=604800)"
    store.discard(key)
    assert redis_client.exists("fetch-hive:replay:" + key) == 0


def test_redis_from_url_sets_socket_timeouts_of_5_seconds(redis_url: str) -> None:
    store = RedisReplayStore.from_url(redis_url)
    options = store.client.connection_pool.connection_kwargs
    assert (options["socket_timeout"], options["socket_connect_timeout"]) == (5.0, 5.0)
    assert store.ttl_seconds == WEEK and store.key_prefix == "fetch-hive:replay:"
    mine = RedisReplayStore.from_url(redis_url, socket_timeout=1.0, ttl_seconds=2)
    assert mine.client.connection_pool.connection_kwargs["socket_timeout"] == 1.0
    assert mine.ttl_seconds == 2.0
    store.client.close()
    mine.client.close()


def test_redis_from_url_without_redis_py_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if redis-py were not installed
    with pytest.raises(ImportError) as caught:
        RedisReplayStore.from_url("redis://127.0.0.1:6379/0")
    assert str(caught.value) == (
        "RedisReplayStore needs redis-py: pip install 'fetch-hive-sdk-python[redis]'"
    )


def test_the_shortest_ttl_is_a_millisecond(tmp_path: Path, redis_client: redis.Redis) -> None:
    assert SQLiteReplayStore(tmp_path / "a.sqlite3", ttl_seconds=0.001).ttl_seconds == 0.001
    assert RedisReplayStore(redis_client, ttl_seconds=0.001)._ttl_ms == 1
    for make in (
        lambda: SQLiteReplayStore(tmp_path / "b.sqlite3", ttl_seconds=0.0009),
        lambda: RedisReplayStore(redis_client, ttl_seconds=0.0009),
    ):
        with pytest.raises(InputValidationError) as caught:
            make()
        assert caught.value.argument == "ttl_seconds"


def test_prune_returns_how_many_keys_it_deleted(tmp_path: Path) -> None:
    clock = Clock()
    store = SQLiteReplayStore(tmp_path / "r.sqlite3", ttl_seconds=10, max_entries=3, clock=clock)
    for i in range(5):
        store.add_if_new(f"k{i}")
        clock.now += 1
    assert store.prune() == 2 and len(store) == 3
    assert store.add_if_new("k0") and not store.add_if_new("k4")  # the oldest went first
    assert store.prune() == 1  # 4 keys, at most 3
    assert store.prune() == 0  # exactly at the bound: nothing to delete
    clock.now += 100
    assert store.prune() == 3 and len(store) == 0  # all expired


def test_prune_counts_again_from_zero_after_each_prune(tmp_path: Path) -> None:
    store = SQLiteReplayStore(tmp_path / "r.sqlite3", max_entries=1, prune_every=3)
    sizes = []
    for i in range(7):
        store.add_if_new(f"k{i}")
        sizes.append(len(store))
    assert sizes == [1, 2, 1, 2, 3, 1, 2]


def test_each_connection_keeps_wal_and_synchronous_normal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executed: list[str] = []

    class Recording(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            executed.append(sql)
            return super().execute(sql, *args)

    connect = sqlite3.connect
    monkeypatch.setattr(
        _replay_sqlite.sqlite3, "connect", lambda *a, **k: connect(*a, factory=Recording, **k)
    )
    store = SQLiteReplayStore(tmp_path / "r.sqlite3")
    store.add_if_new("k")
    assert executed.count("PRAGMA synchronous=NORMAL") == 2  # created, then the call
    assert executed[1] == "PRAGMA journal_mode=WAL"


def test_redis_stores_one_byte_per_key(redis_client: redis.Redis) -> None:
    store = RedisReplayStore(redis_client, key_prefix="one-byte:")
    key = f"k-{uuid.uuid4()}"
    assert store.add_if_new(key)
    assert redis_client.get("one-byte:" + key) == b"1"
