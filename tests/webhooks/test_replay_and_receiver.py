"""Replay protection and the ASGI receiver, driven over httpx's ASGI transport."""

from __future__ import annotations

import json

import httpx
import pytest
from fetch_hive_sdk.webhooks import (
    InMemoryReplayStore,
    ReplayStore,
    WebhookEvent,
    WebhookHandler,
    WebhookReceiver,
    WebhookSecretUnavailableError,
    WorkflowCompletedEvent,
    sign,
)

SECRET = "whsec_receiver"
BODY = json.dumps(
    {"event_type": "workflow.completed", "request_id": "req_9", "data": {"output": "ok"}}
).encode()


def _headers(payload: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {"X-Fetch-Hive-Signature": sign(payload, secret), "Content-Type": "application/json"}


def test_in_memory_store_is_bounded_and_forgets_the_oldest() -> None:
    store = InMemoryReplayStore(max_entries=3)
    assert isinstance(store, ReplayStore)
    assert [store.add_if_new(k) for k in "abcd"] == [True] * 4
    assert len(store) == 3
    assert store.add_if_new("a") is True  # forgotten: the oldest went first
    assert store.add_if_new("d") is False
    store.discard("d")
    assert store.add_if_new("d") is True


def test_replayed_delivery_is_reported_as_duplicate() -> None:
    handler = WebhookHandler(SECRET)
    first = handler.process(BODY, _headers())
    again = handler.process(BODY, _headers())
    assert (first.duplicate, again.duplicate) == (False, True)
    handler.forget(again)
    assert handler.process(BODY, _headers()).duplicate is False


def test_handler_repr_hides_the_secret() -> None:
    assert SECRET not in repr(WebhookHandler(SECRET))
    assert SECRET not in repr(WebhookReceiver(SECRET, lambda event: None))


def _client(app: WebhookReceiver) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver")


@pytest.mark.anyio
async def test_receiver_hands_each_event_over_once() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append)
    async with _client(app) as client:
        first = await client.post("/callback", content=BODY, headers=_headers())
        replay = await client.post("/callback", content=BODY, headers=_headers())
    assert (first.status_code, first.json()) == (200, {"received": True, "duplicate": False})
    assert (replay.status_code, replay.json()["duplicate"]) == (200, True)
    assert len(received) == 1 and isinstance(received[0], WorkflowCompletedEvent)
    assert received[0].data.output == "ok"


@pytest.mark.anyio
async def test_receiver_refuses_forged_and_unsigned_deliveries() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append)
    async with _client(app) as client:
        forged = await client.post("/cb", content=BODY, headers=_headers(secret="whsec_attacker"))
        unsigned = await client.post("/cb", content=BODY)
        tampered = await client.post("/cb", content=BODY + b" ", headers=_headers())
        wrong_method = await client.get("/cb")
    assert [r.status_code for r in (forged, unsigned, tampered)] == [400, 400, 400]
    assert "mismatch" in forged.json()["error"] and SECRET not in forged.text
    assert wrong_method.status_code == 405
    assert received == []


@pytest.mark.anyio
async def test_async_handler_and_failure_lets_the_retry_through() -> None:
    calls: list[str] = []

    async def on_event(event: WebhookEvent) -> None:
        calls.append(str(event.request_id))
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = WebhookReceiver(SECRET, on_event)
    async with _client(app) as client:
        failed = await client.post("/cb", content=BODY, headers=_headers())
        retried = await client.post("/cb", content=BODY, headers=_headers())
    assert failed.status_code == 500 and "database" not in failed.text
    assert (retried.status_code, retried.json()["duplicate"]) == (200, False)
    assert calls == ["req_9", "req_9"]


@pytest.mark.anyio
async def test_receiver_limits_the_body_size() -> None:
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=64)
    async with _client(app) as client:
        response = await client.post("/cb", content=b"x" * 65, headers=_headers(b"x" * 65))
    assert response.status_code == 413


def test_secret_provider_is_asked_for_each_delivery() -> None:
    current: list[str] = []
    handler = WebhookHandler(lambda: current)
    with pytest.raises(WebhookSecretUnavailableError, match="no webhook secret given"):
        handler.process(BODY, _headers())  # no secret known yet: not accepted; retried (503)
    current.append(SECRET)
    assert handler.process(BODY, _headers()).duplicate is False
