"""`RedisReplayStore`: replay protection shared by receivers on any number of hosts.

Each processed delivery is one Redis key, set with `SET key 1 NX PX ttl`: atomic
("set if absent" is one command) and self-expiring, so the keyspace stays bounded by what
arrives within one TTL. Needs redis-py: `pip install 'fetch-hive-sdk-python[redis]'`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import InputValidationError, ReplayStoreError
from ._options import finite_number
from ._replay import DEFAULT_TTL_SECONDS

if TYPE_CHECKING:
    import redis

DEFAULT_KEY_PREFIX = "fetch-hive:replay:"


class RedisReplayStore:
    """Keys of processed deliveries in Redis, for receivers on several hosts.

    >>> store = RedisReplayStore.from_url("redis://redis.internal:6379/0")
    >>> receiver = WebhookReceiver(secret, on_event, replay_store=store)

    `client` is a synchronous `redis.Redis` (its connection pool is thread-safe and
    re-created after a fork). Keys are `key_prefix` + the delivery's replay key, kept for
    `ttl_seconds` (default 7 days; at least one millisecond). With a Redis `maxmemory`
    policy, prefer `volatile-ttl` or `noeviction`: an evicted key lets a replay through.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        key_prefix: str = DEFAULT_KEY_PREFIX,
    ) -> None:
        ttl_seconds = finite_number(ttl_seconds, "ttl_seconds", minimum=0.001)
        if not isinstance(key_prefix, str) or not key_prefix:
            raise InputValidationError(
                "key_prefix: must be a non-empty string (keys share the database)",
                argument="key_prefix",
            )
        import redis  # installed: the client is one of its objects

        self.client = client
        self._failures = (redis.RedisError, OSError)
        self.ttl_seconds = float(ttl_seconds)
        self.key_prefix = key_prefix
        self._ttl_ms = round(self.ttl_seconds * 1000)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        key_prefix: str = DEFAULT_KEY_PREFIX,
        **client_options: Any,
    ) -> RedisReplayStore:
        """A store over a new client for `url` (`redis://`, `rediss://`, `unix://`);
        `client_options` go to `redis.Redis.from_url` (e.g. `socket_timeout=2`)."""
        try:
            import redis
        except ImportError:
            raise ImportError(
                "RedisReplayStore needs redis-py: pip install 'fetch-hive-sdk-python[redis]'"
            ) from None
        client_options.setdefault("socket_timeout", 5.0)
        client_options.setdefault("socket_connect_timeout", 5.0)
        client = redis.Redis.from_url(url, **client_options)
        return cls(client, ttl_seconds=ttl_seconds, key_prefix=key_prefix)

    def add_if_new(self, key: str) -> bool:
        try:
            created = self.client.set(self.key_prefix + key, b"1", nx=True, px=self._ttl_ms)
        except self._failures as exc:
            raise self._error(exc) from exc
        return bool(created)

    def discard(self, key: str) -> None:
        try:
            self.client.delete(self.key_prefix + key)
        except self._failures as exc:
            raise self._error(exc) from exc

    def __repr__(self) -> str:
        # Never the URL: it may hold a password.
        return f"RedisReplayStore(key_prefix={self.key_prefix!r}, ttl_seconds={self.ttl_seconds:g})"

    def _error(self, exc: Exception) -> ReplayStoreError:
        return ReplayStoreError(f"the Redis replay store failed: {type(exc).__name__}: {exc}")
