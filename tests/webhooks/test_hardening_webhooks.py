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
import os
import re
import socket
import subprocess
import sys
import threading
from collections import OrderedDict
from pathlib import Path
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
    WebhookSecretUnavailableError,
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
    ("one space", " ", "is blank (only whitespace)"),
    ("spaces and a tab", "  \t ", "is blank (only whitespace)"),
    ("blank in list", [SECRET, "   "], "is blank (only whitespace)"),
    ("leading space", f" {SECRET}", "starts or ends with whitespace"),
    ("trailing space", f"{SECRET} ", "starts or ends with whitespace"),
    ("trailing space in list", [SECRET, f"{SECRET}  "], "starts or ends with whitespace"),
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
    with pytest.raises(WebhookSecretUnavailableError, match="is empty"):  # an outage: 503
        handler.process(BODY, {"X-Fetch-Hive-Signature": forged})
    assert len(handler.replay_store) == 0  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", [" ", "   ", "\t", " \t "])
def test_a_callback_signed_with_a_blank_key_is_refused(blank: str) -> None:
    forged = hmac.new(blank.encode(), BODY, hashlib.sha256).hexdigest()  # as guessable
    reason = "is blank (only whitespace)"
    with pytest.raises(WebhookVerificationError, match=re.escape(reason)):
        verify_signature(BODY, forged, blank)
    with pytest.raises(WebhookVerificationError, match=re.escape(reason)):
        construct_event(BODY, {"X-Fetch-Hive-Signature": forged}, blank)
    with pytest.raises(WebhookVerificationError, match=re.escape(reason)):
        sign(BODY, blank)
    handler = WebhookHandler(lambda: blank)  # a secret provider that read a blank value
    with pytest.raises(WebhookSecretUnavailableError, match=re.escape(reason)):  # 503
        handler.process(BODY, {"X-Fetch-Hive-Signature": forged})
    assert len(handler.replay_store) == 0  # type: ignore[arg-type]


CLI = Path(sys.executable).with_name("fetch-hive")


@pytest.mark.parametrize(
    ("secret", "reason"),
    [(" ", "is blank"), ("\t \t", "is blank"), (f" {SECRET} ", "starts or ends with whitespace")],
    ids=["space", "tabs and a space", "surrounding spaces"],
)
def test_cli_refuses_a_blank_or_padded_secret_even_with_a_matching_signature(
    secret: str, reason: str
) -> None:
    """`FETCH_HIVE_WEBHOOK_SECRET=" " fetch-hive verify-webhook --signature <HMAC keyed
    with " ">` printed "verified": now a usage error (exit 2), the secret not shown."""
    signature = hmac.new(secret.encode(), BODY, hashlib.sha256).hexdigest()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    environment["FETCH_HIVE_WEBHOOK_SECRET"] = secret
    done = subprocess.run(
        [str(CLI), "verify-webhook", "--signature", signature],
        input=BODY, capture_output=True, env=environment, timeout=60, check=False,
    )  # fmt: skip
    stderr = done.stderr.decode()
    assert (done.returncode, done.stdout) == (2, b""), stderr
    assert stderr.startswith("fetch-hive: FETCH_HIVE_WEBHOOK_SECRET: the webhook secret ")
    assert reason in stderr and "Traceback" not in stderr
    assert SECRET not in stderr


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


async def _answer_unread(app: WebhookReceiver, *lengths: bytes) -> tuple[int, Any]:
    """Call the receiver over raw ASGI with these `Content-Length` headers and a body it
    must not read; its status and JSON answer."""
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"application/json")]
    headers += [(b"content-length", length) for length in lengths]
    scope = {"type": "http", "method": "POST", "path": "/cb", "headers": headers}
    await app(scope, receive, send)
    assert [message["type"] for message in sent] == ["http.response.start", "http.response.body"]
    return sent[0]["status"], json.loads(sent[1]["body"])


OVER_THE_LIMIT = [
    ("one over", [b"65"]),
    ("13 digits", [b"1000000000000"]),
    ("spaces around", [b" 99999 "]),
    ("21 digits", [b"1" + b"0" * 20]),
    ("40 digits", [b"9" * 40]),
    ("5000 digits (beyond int()'s default digit limit)", [b"7" * 5000]),
    ("leading zeros", [b"0" * 30 + b"65"]),
    ("repeated in one header", [b"65, 65"]),
    ("repeated header", [b"65", b"000065"]),
]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "lengths", [c[1] for c in OVER_THE_LIMIT], ids=[c[0] for c in OVER_THE_LIMIT]
)
async def test_declared_length_over_the_limit_is_refused_unread(lengths: list[bytes]) -> None:
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=64)
    assert await _answer_unread(app, *lengths) == (413, {"error": "body too large"})


MALFORMED_LENGTHS = [
    ("letters", [b"abc"]),
    ("empty", [b""]),
    ("blank", [b"  "]),
    ("negative", [b"-1"]),
    ("plus sign", [b"+5"]),
    ("exponent", [b"1e3"]),
    ("hex", [b"0x10"]),
    ("decimal", [b"5.0"]),
    ("digit superscript two (str.isdigit says yes)", ["\u00b2".encode("latin-1")]),
    ("Arabic-Indic digits", ["\u0665".encode()]),
    ("two values in one header", [b"5, 6"]),
    ("a trailing comma", [b"5,"]),
    ("two differing headers", [b"5", b"6"]),
    ("huge, then a different value", [b"9" * 40, b"5"]),
]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "lengths", [c[1] for c in MALFORMED_LENGTHS], ids=[c[0] for c in MALFORMED_LENGTHS]
)
async def test_a_content_length_that_is_not_a_length_is_a_400_unread(lengths: list[bytes]) -> None:
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=64)
    assert await _answer_unread(app, *lengths) == (400, {"error": "invalid Content-Length header"})


@pytest.mark.anyio
@pytest.mark.parametrize(
    "lengths",
    [[], [str(len(BODY)).encode()], [b"0" * 25 + str(len(BODY)).encode()], [b" 00, 0 "]],
    ids=["absent", "exact", "leading zeros", "zero, repeated"],
)
async def test_a_declared_length_within_the_limit_is_read_over_raw_asgi(
    lengths: list[bytes],
) -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append, max_body_bytes=len(BODY))
    sent: list[dict[str, Any]] = []
    messages = [{"type": "http.request", "body": BODY, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"x-fetch-hive-signature", sign(BODY, SECRET).encode())]
    headers += [(b"content-length", length) for length in lengths]
    await app({"type": "http", "method": "POST", "path": "/cb", "headers": headers}, receive, send)
    assert sent[0]["status"] == 200 and messages == []  # the body was read
    assert [event.request_id for event in received] == ["req_1"]


@pytest.mark.anyio
async def test_a_body_longer_than_declared_is_still_refused_while_reading() -> None:
    app = WebhookReceiver(SECRET, lambda event: None, max_body_bytes=64)
    sent: list[dict[str, Any]] = []
    messages = [
        {"type": "http.request", "body": b"x" * 40, "more_body": True},
        {"type": "http.request", "body": b"x" * 40, "more_body": False},
    ]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-length", b"10")]  # a lie
    await app({"type": "http", "method": "POST", "path": "/cb", "headers": headers}, receive, send)
    assert sent[0]["status"] == 413 and messages == []


@pytest.mark.anyio
async def test_declared_length_within_the_limit_is_read() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append, max_body_bytes=len(BODY))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answer = await client.post("/cb", content=BODY, headers=_signed())
    assert answer.status_code == 200 and len(received) == 1


# The receiver's and the handler's options: refused when they are created (they used to
# be taken, and then every delivery got a 500). ----------------------------------------

RECEIVER_OPTIONS: list[tuple[str, dict[str, Any], str, str]] = [
    ("max_body_bytes str", {"max_body_bytes": "10"}, "max_body_bytes", "must be an int, got str"),
    ("max_body_bytes None", {"max_body_bytes": None}, "max_body_bytes", "must be an int, got NoneType"),
    ("max_body_bytes float", {"max_body_bytes": 1024.0}, "max_body_bytes", "must be an int, got float"),
    ("max_body_bytes True", {"max_body_bytes": True}, "max_body_bytes", "must be an int, got bool"),
    ("max_body_bytes 0", {"max_body_bytes": 0}, "max_body_bytes", "must be at least 1, got 0"),
    ("max_body_bytes -1", {"max_body_bytes": -1}, "max_body_bytes", "must be at least 1, got -1"),
    ("on_event None", {"on_event": None}, "on_event", "must be a function taking the event, got NoneType"),
    ("on_event list", {"on_event": []}, "on_event", "must be a function taking the event, got list"),
    ("replay_store dict", {"replay_store": {}}, "replay_store", "must be a replay store"),
    ("replay_store str", {"replay_store": "redis://127.0.0.1"}, "replay_store", "got str"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "argument", "reason"),
    [c[1:] for c in RECEIVER_OPTIONS],
    ids=[c[0] for c in RECEIVER_OPTIONS],
)
def test_bad_receiver_options_are_refused_when_it_is_created(
    options: dict[str, Any], argument: str, reason: str
) -> None:
    options = dict(options)
    on_event = options.pop("on_event", lambda event: None)
    with pytest.raises(InputValidationError, match=re.escape(reason)) as caught:
        WebhookReceiver(SECRET, on_event, **options)
    assert caught.value.argument == argument
    assert str(caught.value).startswith(f"{argument}: ")


@pytest.mark.parametrize("store", [{}, "redis://127.0.0.1", object(), 0])
def test_bad_replay_store_is_refused_when_the_handler_is_created(store: Any) -> None:
    with pytest.raises(InputValidationError, match="replay_store: must be a replay store") as c:
        WebhookHandler(SECRET, replay_store=store)
    assert c.value.argument == "replay_store"


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [1, len(BODY), 1 << 20])
async def test_good_receiver_options_still_work(limit: int) -> None:
    class Store(InMemoryReplayStore):  # any object with both methods will do
        pass

    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, received.append, replay_store=Store(), max_body_bytes=limit)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        answer = await client.post("/cb", content=BODY, headers=_signed())
    expected = 413 if limit < len(BODY) else 200
    assert answer.status_code == expected and len(received) == (expected == 200)


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
