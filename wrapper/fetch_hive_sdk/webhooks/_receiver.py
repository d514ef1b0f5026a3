"""A tiny ASGI app that receives callbacks: verify, de-duplicate, hand over, answer.

Pure ASGI (no framework needed): run it with any ASGI server, or mount it in Starlette
or FastAPI. Answers: 200 processed; 200 with `"duplicate": true` for a repeated delivery
(not processed again); 400 for a delivery that fails verification, or whose
`Content-Length` is not a length (unread); 413 for a body over `max_body_bytes` (at once,
unread, when the declared `Content-Length` is over it, however many digits it has); 405
for other methods; 500 when your handler raised (the delivery is forgotten, so the
service's retry is processed); 503 when the replay store failed, or when the secret
function raised or gave no usable secret (nothing was processed; the service delivers
again; one log line, without the exception's text).
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from .._errors import (
    InputValidationError,
    ReplayStoreError,
    WebhookSecretUnavailableError,
    WebhookVerificationError,
)
from ._events import WebhookEvent
from ._handler import Secrets, WebhookHandler
from ._options import positive_int
from ._replay import ReplayStore

logger = logging.getLogger("fetch_hive_sdk.webhooks")

EventCallback = Callable[[WebhookEvent], Awaitable[None] | None]
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class _BodyTooLarge(Exception):
    pass


class WebhookReceiver:
    """ASGI app: `WebhookReceiver(secret, on_event)`; `on_event` may be sync or async."""

    def __init__(
        self,
        secret: Secrets,
        on_event: EventCallback,
        *,
        replay_store: ReplayStore | None = None,
        max_body_bytes: int = 1 << 20,
    ) -> None:
        # Checked here, not on the first delivery (which would get a 500).
        if not callable(on_event):
            raise InputValidationError(
                f"on_event: must be a function taking the event, got {type(on_event).__name__}",
                argument="on_event",
            )
        positive_int(max_body_bytes, "max_body_bytes")
        self.handler = WebhookHandler(secret, replay_store=replay_store)
        self._on_event = on_event
        self._max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        import anyio.to_thread  # here: `fetch_hive_sdk.webhooks` stays light for WSGI apps

        if scope["method"] != "POST":
            await _answer(send, 405, {"error": "callbacks are POST requests"})
            return
        # Refused on the declared size alone: nothing of the body is read.
        try:
            too_large = _declared_over(scope, self._max_body_bytes)
        except _MalformedLength:
            await _answer(send, 400, {"error": "invalid Content-Length header"})
            return
        if too_large:
            await _answer(send, 413, {"error": "body too large"})
            return
        try:
            body = await _read_body(receive, self._max_body_bytes)
        except _BodyTooLarge:
            await _answer(send, 413, {"error": "body too large"})
            return
        try:
            # In a worker thread: a secret provider or a shared replay store does I/O,
            # which must not hold up the event loop.
            delivery = await anyio.to_thread.run_sync(self.handler.process, body, scope["headers"])
        except WebhookVerificationError as exc:
            logger.warning("callback refused: %s", exc)
            await _answer(send, 400, {"error": str(exc)})
            return
        except WebhookSecretUnavailableError as exc:
            # One line, no traceback: the message names the cause, never a secret.
            logger.error("webhook secret unavailable, answered 503 (delivered again): %s", exc)
            await _answer(send, 503, {"error": "webhook secret unavailable"})
            return
        except ReplayStoreError:
            logger.exception("replay store unavailable; the delivery was not processed")
            await _answer(send, 503, {"error": "replay store unavailable"})
            return
        if delivery.duplicate:
            logger.info("duplicate delivery ignored: %s", delivery.replay_key)
            await _answer(send, 200, {"received": True, "duplicate": True})
            return
        try:
            outcome = self._on_event(delivery.event)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            logger.exception("callback handler failed for %s", delivery.replay_key)
            try:
                await anyio.to_thread.run_sync(self.handler.forget, delivery)
            except ReplayStoreError:
                logger.exception(
                    "could not forget %s: its retry will count as a duplicate", delivery.replay_key
                )
            await _answer(send, 500, {"error": "handler failed"})
            return
        await _answer(send, 200, {"received": True, "duplicate": False})

    def __repr__(self) -> str:
        return f"WebhookReceiver({self.handler!r})"


class _MalformedLength(Exception):
    pass


def _declared_over(scope: Scope, limit: int) -> bool:
    """Whether the request's `Content-Length` declares more than `limit` bytes, however
    many digits it has (compared without converting a huge number); False when absent
    (the limit is still enforced while reading). Raises `_MalformedLength` when it is not
    a length: not digits only, or several different values (RFC 9110, section 8.6)."""
    declared: bytes | None = None
    for name, value in scope.get("headers", ()):
        if name.lower() != b"content-length":
            continue
        for item in bytes(value).split(b","):  # `42, 42` is one length, said twice
            digits = item.strip(b" \t")
            if not digits.isdigit():  # ASCII digits only (bytes.isdigit)
                raise _MalformedLength
            digits = digits.lstrip(b"0") or b"0"
            if declared is not None and digits != declared:
                raise _MalformedLength
            declared = digits
    if declared is None:
        return False
    return len(declared) > len(str(limit)) or int(declared) > limit


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _answer(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
