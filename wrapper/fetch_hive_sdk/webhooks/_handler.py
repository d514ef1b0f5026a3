"""Verify, parse and de-duplicate one callback delivery, whatever the web framework."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._events import WebhookEvent, parse_webhook_event
from ._replay import InMemoryReplayStore, ReplayStore
from ._signature import HeadersLike, signature_from_headers, verify_signature


@dataclass(frozen=True)
class Delivery:
    """One verified delivery: its event, and whether it was seen before."""

    event: WebhookEvent
    duplicate: bool

    @property
    def replay_key(self) -> str:
        return replay_key(self.event)


def replay_key(event: WebhookEvent) -> str:
    """Deliveries of the same event of the same run share this key."""
    return f"{event.event_type}:{event.request_id}"


def construct_event(
    payload: bytes, headers: HeadersLike | Any, secret: str | Iterable[str]
) -> WebhookEvent:
    """Verify the signature in `headers` over the raw `payload`, then parse the event.

    Raises `WebhookVerificationError` for any bad input, before anything is parsed.
    """
    verify_signature(payload, signature_from_headers(headers), secret)
    return parse_webhook_event(payload)


Secrets = str | Iterable[str] | Callable[[], str | Iterable[str]]


class WebhookHandler:
    """Verifies, parses and de-duplicates deliveries for one secret (or several).

    `secret` may also be a function returning the secret(s), called for each delivery:
    for secrets that rotate or live in a secrets manager.

    >>> handler = WebhookHandler(secret)
    >>> delivery = handler.process(raw_body, request_headers)
    >>> if not delivery.duplicate: ...

    When your processing of a delivery fails, call `forget(delivery)` so that the
    service's retry of it is processed instead of being reported as a duplicate.
    """

    def __init__(self, secret: Secrets, *, replay_store: ReplayStore | None = None) -> None:
        self._secret = secret if isinstance(secret, str) or callable(secret) else list(secret)
        self.replay_store: ReplayStore = (
            replay_store if replay_store is not None else InMemoryReplayStore()
        )

    def process(self, payload: bytes, headers: HeadersLike | Any) -> Delivery:
        secret = self._secret() if callable(self._secret) else self._secret
        event = construct_event(payload, headers, secret)
        is_new = self.replay_store.add_if_new(replay_key(event))
        return Delivery(event=event, duplicate=not is_new)

    def forget(self, delivery: Delivery) -> None:
        self.replay_store.discard(delivery.replay_key)

    def __repr__(self) -> str:  # never show the secrets
        return f"WebhookHandler(secret=<hidden>, replay_store={self.replay_store!r})"
