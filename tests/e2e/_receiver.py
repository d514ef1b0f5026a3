"""A callback receiver on a real loopback socket, for end-to-end tests."""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fetch_hive_reference.testing import serving_asgi
from fetch_hive_sdk.webhooks import WebhookEvent, WebhookReceiver


@dataclass
class Receiver:
    url: str
    secrets: list[str]
    events: queue.Queue[WebhookEvent]
    raw: list[tuple[bytes, list[tuple[bytes, bytes]]]] = field(default_factory=list)

    def next_event(self, timeout: float = 15.0) -> WebhookEvent:
        return self.events.get(timeout=timeout)


class _RecordingApp:
    """Keeps every raw delivery (to replay it), then hands it to the WebhookReceiver."""

    def __init__(self, inner: WebhookReceiver, raw: list[Any]) -> None:
        self._inner, self._raw = inner, raw

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._inner(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        self._raw.append((body, list(scope["headers"])))
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self._inner(scope, replay, send)


@contextlib.contextmanager
def running_receiver() -> Iterator[Receiver]:
    """Start a WebhookReceiver on 127.0.0.1 (free port); its secrets are filled in later."""
    events: queue.Queue[WebhookEvent] = queue.Queue()
    secrets: list[str] = []
    receiver = Receiver("", secrets, events)
    app = _RecordingApp(WebhookReceiver(lambda: secrets, events.put), receiver.raw)
    with serving_asgi(app, lifespan="off", name="callback receiver") as port:
        receiver.url = f"http://127.0.0.1:{port}/fetch-hive/callback"
        yield receiver
