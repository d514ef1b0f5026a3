"""Worker processes for the multi-process replay tests (importable by spawned children).

Each worker is what one process of a receiver does: a `WebhookHandler` over a shared
store, fed deliveries; an event counts as handled when the handler says it is new.
"""

from __future__ import annotations

import json
import os
import random
from typing import Any

from fetch_hive_sdk.webhooks import (
    RedisReplayStore,
    ReplayStore,
    SQLiteReplayStore,
    WebhookHandler,
    sign,
)

SECRET = "whsec_multiprocess_0123456789"


def make_deliveries(events: int, copies: int) -> list[tuple[bytes, str]]:
    """`events` distinct signed callbacks (a third without a request id, so keyed by
    their body's digest), each `copies` times."""
    deliveries = []
    for number in range(events):
        body: dict[str, Any] = {"event_type": "workflow.completed", "data": {"output": number}}
        if number % 3:
            body["request_id"] = f"req_{number:04d}"
        payload = json.dumps(body).encode()
        deliveries.extend([(payload, sign(payload, SECRET))] * copies)
    return deliveries


def open_store(spec: tuple[str, str, str]) -> ReplayStore:
    kind, where, prefix = spec
    if kind == "sqlite":
        return SQLiteReplayStore(where)
    return RedisReplayStore.from_url(where, key_prefix=prefix)


def handle_deliveries(
    store: ReplayStore | tuple[str, str, str],
    deliveries: list[tuple[bytes, str]],
    seed: int,
    start: Any,
    results: Any,
) -> None:
    """Process every delivery in an order of this worker's own; put the outputs of the
    events it handled (new deliveries) on `results`. `store` is the shared store itself
    (inherited through fork) or how to open it (each spawned worker opens its own)."""
    try:
        replay_store = open_store(store) if isinstance(store, tuple) else store
        handler = WebhookHandler(SECRET, replay_store=replay_store)
        order = list(deliveries)
        random.Random(seed).shuffle(order)
        start.wait(timeout=120)  # every worker begins at once: the deliveries race
        handled = []
        for payload, signature in order:
            delivery = handler.process(payload, {"X-Fetch-Hive-Signature": signature})
            if not delivery.duplicate:
                handled.append(delivery.event["data"]["output"])
        results.put((os.getpid(), handled, None))
    except BaseException as exc:  # reported to the test instead of dying silently
        results.put((os.getpid(), [], f"{type(exc).__name__}: {exc}"))
        raise
