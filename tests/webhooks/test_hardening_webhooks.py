"""Issue 11 items 5, 11 and 13, and the replay store's thread safety:

- bad secrets and signatures give `WebhookVerificationError` (never `TypeError`), and a
  callback signed with an empty key is refused;
- events without a `request_id` are de-duplicated by a digest of their verified raw body,
  so distinct events never collide;
- `WebhookReceiver` answers 413 on the declared `Content-Length` without reading the body;
- `InMemoryReplayStore` under racing threads (a test that fails without its lock).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import socket
import threading
from collections import OrderedDict
from typing import Any

import httpx
import pytest
from fetch_hive_reference.testing import serving_asgi
from fetch_hive_sdk import InputValidationError
from fetch_hive_sdk.webhooks import (
    Delivery,
    GenericWebhookEvent,
    InMemoryReplayStore,
    WebhookEvent,
    WebhookHandler,
    WebhookReceiver,
    WebhookVerificationError,
    construct_event,
    replay_key,
    sign,
    verify_signature,
)

SECRET = "whsec_hardening_0123456789"
BODY = json.dumps(
    {"event_type": "workflow.completed", "request_id": "req_1", "data": {"output": "ok"}}
).encode()


def _signed(payload: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {"X-Fetch-Hive-Signature": sign(payload, secret)}


# Item 11: every bad secret or signature is a WebhookVerificationError. ------------------

BAD_SECRETS: list[tuple[str, Any, str]] = [
    ("None", None, "must be a string or a list of strings, got NoneType"),
    ("int", 42, "got int"),
    ("bytes", SECRET.encode(), "got bytes"),
    ("empty list", [], "no webhook secret given"),
    ("None in list", [SECRET, None], "must be a string, got NoneType"),
    ("empty", "", "is empty"),
    ("empty in list", [SECRET, ""], "is empty"),
    ("trailing newline", f"{SECRET}\n", "line break"),
    ("CR inside", f"{SECRET[:5]}\r{SECRET[5:]}", "line break"),
    ("NUL", f"{SECRET}\x00", "control character U+0000"),
    ("zero-width space", f"\u200b{SECRET}", "non-ASCII character U+200B"),
]


@pytest.mark.parametrize(
    ("secret", "reason"), [c[1:] for c in BAD_SECRETS], ids=[c[0] for c in BAD_SECRETS]
)
def test_bad_secrets_are_verification_errors(secret: Any, reason: str) -> None:
    for call in (
        lambda: construct_event(BODY, _signed(), secret),
        lambda: verify_signature(BODY, sign(BODY, SECRET), secret),
    ):
        with pytest.raises(WebhookVerificationError, match=re.escape(reason)) as caught:
            call()
        assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("secret", "reason"), [c[1:] for c in BAD_SECRETS], ids=[c[0] for c in BAD_SECRETS]
)
def test_bad_fixed_secret_is_refused_when_the_handler_is_created(secret: Any, reason: str) -> None:
    for make in (
        lambda: WebhookHandler(secret),
        lambda: WebhookReceiver(secret, lambda event: None),
    ):
        with pytest.raises(InputValidationError, match=re.escape(reason)) as caught:
            make()
        assert caught.value.argument == "secret" and SECRET not in str(caught.value)


def test_a_callback_signed_with_an_empty_key_is_refused() -> None:
    forged = hmac.new(b"", BODY, hashlib.sha256).hexdigest()  # anyone can compute this
    with pytest.raises(WebhookVerificationError, match="is empty"):
        verify_signature(BODY, forged, "")
    with pytest.raises(WebhookVerificationError, match="is empty"):
        construct_event(BODY, {"X-Fetch-Hive-Signature": forged}, "")
    handler = WebhookHandler(lambda: "")  # a secret provider that lost its secret
    with pytest.raises(WebhookVerificationError, match="is empty"):
        handler.process(BODY, {"X-Fetch-Hive-Signature": forged})
    assert len(handler.replay_store) == 0  # type: ignore[arg-type]


SIGNATURES: list[tuple[str, Any, str | None]] = [
    ("str", sign(BODY, SECRET), None),
    ("ASCII bytes", sign(BODY, SECRET).encode(), None),
    ("prefixed bytearray", bytearray(b"sha256=" + sign(BODY, SECRET).encode()), None),
    ("bytes of another body", sign(b"{}", SECRET).encode(), "mismatch"),
    ("non-ASCII bytes", b"\xff" * 64, "not ASCII"),
    ("empty bytes", b"", "missing"),
    ("int", 12345, "must be a str or bytes, got int"),
    ("list", [sign(BODY, SECRET)], "got list"),
]


@pytest.mark.parametrize(
    ("signature", "reason"), [c[1:] for c in SIGNATURES], ids=[c[0] for c in SIGNATURES]
)
def test_signature_as_str_or_ascii_bytes(signature: Any, reason: str | None) -> None:
    if reason is None:
        verify_signature(BODY, signature, SECRET)
        return
    with pytest.raises(WebhookVerificationError, match=re.escape(reason)):
        verify_signature(BODY, signature, SECRET)


def test_raw_asgi_header_bytes_verify() -> None:
    headers = [(b"x-fetch-hive-signature", sign(BODY, SECRET).encode())]
    assert construct_event(BODY, headers, SECRET).request_id == "req_1"


# Item 5: replay keys for events without a request id. -----------------------------------


def _event_body(**fields: Any) -> bytes:
    return json.dumps({"event_type": "workflow.completed", **fields}).encode()


NO_REQUEST_ID = [
    ("absent", {}),
    ("null", {"request_id": None}),
    ("empty", {"request_id": ""}),
    ("not a string", {"request_id": 17}),
]


@pytest.mark.parametrize("fields", [c[1] for c in NO_REQUEST_ID], ids=[c[0] for c in NO_REQUEST_ID])
def test_distinct_events_without_request_id_are_all_processed(fields: dict[str, Any]) -> None:
    handler = WebhookHandler(SECRET)
    bodies = [_event_body(**fields, data={"output": n}) for n in range(5)]
    first = [handler.process(body, _signed(body)) for body in bodies]
    again = [handler.process(body, _signed(body)) for body in reversed(bodies)]
    assert [delivery.duplicate for delivery in first] == [False] * 5
    assert [delivery.duplicate for delivery in again] == [True] * 5
    keys = {delivery.replay_key for delivery in first}
    assert len(keys) == 5
    for delivery, body in zip(first, bodies, strict=True):
        digest = hashlib.sha256(body).hexdigest()
        assert delivery.replay_key == f"workflow.completed:sha256:{digest}"


def test_events_with_a_request_id_keep_their_key() -> None:
    handler = WebhookHandler(SECRET)
    delivery = handler.process(BODY, _signed())
    assert delivery.replay_key == "workflow.completed:req_1" == replay_key(delivery.event)
    # The same run's event, other bytes (re-serialized by the sender): still a duplicate.
    other_bytes = json.dumps(json.loads(BODY), indent=2).encode()
    assert handler.process(other_bytes, _signed(other_bytes)).duplicate is True


def test_replay_key_without_the_body_uses_the_events_json() -> None:
    first = GenericWebhookEvent({"event_type": "x", "data": {"a": 1, "b": 2}})
    same = GenericWebhookEvent({"data": {"b": 2, "a": 1}, "event_type": "x"})
    other = GenericWebhookEvent({"event_type": "x", "data": {"a": 2, "b": 2}})
    assert replay_key(first) == replay_key(same) != replay_key(other)
    assert replay_key(first).startswith("x:sha256:")
    assert Delivery(first, duplicate=False).replay_key == replay_key(first)


@pytest.mark.anyio
async def test_receiver_hands_over_distinct_events_without_request_id() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append)
    bodies = [_event_body(data={"output": n}) for n in range(3)]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answers = [await client.post("/cb", content=b, headers=_signed(b)) for b in bodies * 2]
    assert [a.json()["duplicate"] for a in answers] == [False] * 3 + [True] * 3
    assert [event["data"]["output"] for event in received] == [0, 1, 2]


# Item 13: 413 on the declared Content-Length, before reading anything. -------------------


@pytest.mark.anyio
@pytest.mark.parametrize("declared", [b"65", b"1000000000000", b" 99999 "])
async def test_declared_length_over_the_limit_is_refused_unread(declared: bytes) -> None:
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=64)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/cb",
        "headers": [(b"content-type", b"application/json"), (b"content-length", declared)],
    }
    await app(scope, receive, send)
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"]) == {"error": "body too large"}


@pytest.mark.anyio
async def test_declared_length_within_the_limit_is_read() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append, max_body_bytes=len(BODY))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answer = await client.post("/cb", content=BODY, headers=_signed())
    assert answer.status_code == 200 and len(received) == 1


def test_real_server_answers_413_before_the_body_is_sent() -> None:
    """Over a real socket: only the headers are sent, announcing 1 GB; the answer comes
    without a byte of the body."""
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=1024)
    with (
        serving_asgi(app, lifespan="off", name="receiver") as port,
        socket.create_connection(("127.0.0.1", port), timeout=30) as sock,
    ):
        sock.sendall(
            b"POST /cb HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\n\r\n"
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            assert chunk, "connection closed without an answer"
            head += chunk
    assert head.startswith(b"HTTP/1.1 413 ")


# The replay store's lock: racing threads, with the race window held open. ---------------


class _RaceWindow(OrderedDict[str, None]):
    """The store's dict. The first membership check, once it has its answer, holds its
    thread inside the store until either another thread has also checked (no lock: both
    got "absent", the race is on) or every other thread is blocked on the store's lock
    (the lock works). Deterministic: no sleeps, no timing."""

    def __init__(self, threads: int, lock: _CountingLock) -> None:
        super().__init__()
        self.threads = threads
        self.lock = lock
        self.checks = 0
        self.held_once = False
        self.changed = threading.Condition()

    def __contains__(self, key: object) -> bool:
        answer = super().__contains__(key)
        with self.changed:
            self.checks += 1
            self.changed.notify_all()
            if not self.held_once:
                self.held_once = True
                opened = self.changed.wait_for(
                    lambda: self.checks > 1 or self.lock.waiting == self.threads - 1, timeout=60
                )
                assert opened, "neither a racing thread nor a blocked one arrived"
        return answer


class _CountingLock:
    """A lock that tells how many threads are waiting for it."""

    def __init__(self, window: _RaceWindow | None = None) -> None:
        self._lock = threading.Lock()
        self._count = threading.Lock()
        self.waiting = 0
        self.window = window

    def __enter__(self) -> None:
        with self._count:
            self.waiting += 1
        if self.window is not None:
            with self.window.changed:
                self.window.changed.notify_all()
        self._lock.acquire()
        with self._count:
            self.waiting -= 1

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class _RacingStore(InMemoryReplayStore):
    def __init__(self, threads: int) -> None:
        super().__init__()
        lock = _CountingLock()
        window = _RaceWindow(threads, lock)
        lock.window = window
        self._lock = lock  # type: ignore[assignment]
        self._seen = window


@pytest.mark.parametrize("threads", [2, 8])
def test_in_memory_store_admits_each_key_once_under_racing_threads(threads: int) -> None:
    store = _RacingStore(threads)
    keys = [f"k{n}" for n in range(20)]
    results: list[list[bool]] = [[] for _ in range(threads)]
    start = threading.Barrier(threads)

    def work(index: int) -> None:
        # Every thread starts with the same key (the held race), then goes its own way.
        rest = keys[1:]
        order = [keys[0], *rest[index:], *rest[:index]]
        if index % 2:
            order[1:] = reversed(order[1:])
        start.wait()
        results[index].extend(store.add_if_new(key) for key in order)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    admitted = sum(sum(result) for result in results)
    assert admitted == len(keys)  # exactly one thread was told "new" for each key
    assert len(store) == len(keys)
