"""Verify, parse and de-duplicate one callback delivery, whatever the web framework."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from .._errors import (
    InputValidationError,
    WebhookSecretUnavailableError,
    WebhookVerificationError,
)
from ._events import WebhookEvent, parse_webhook_event
from ._replay import InMemoryReplayStore, ReplayStore
from ._signature import (
    HeadersLike,
    check_secrets,
    secret_list,
    signature_from_headers,
    verify_signature,
)


@dataclass(frozen=True)
class Delivery:
    """One verified delivery: its event, whether it was seen before, and the key it was
    remembered under (see `replay_key`)."""

    event: WebhookEvent
    duplicate: bool
    replay_key: str = ""

    def __post_init__(self) -> None:
        if not self.replay_key:
            object.__setattr__(self, "replay_key", replay_key(self.event))


def replay_key(event: WebhookEvent, payload: bytes | None = None) -> str:
    """The key under which a delivery is remembered: deliveries of the same event share it.

    `event_type:request_id` when the event has a request id. Without one, the key is
    `event_type:sha256:` and the SHA-256 of the verified raw body (`payload`), so that
    distinct events never collide (and a redelivery with the same bytes is still caught);
    without the body, the SHA-256 of the event's JSON with sorted keys.
    """
    # Read from the JSON, not the typed attributes: a field that does not fit its schema
    # must not stop a delivery from being remembered.
    event_type, request_id = event.get("event_type"), event.get("request_id")
    if isinstance(request_id, str) and request_id:
        return f"{event_type}:{request_id}"
    if payload is None:
        payload = json.dumps(event, sort_keys=True, separators=(",", ":"), default=str).encode()
    return f"{event_type}:sha256:{hashlib.sha256(bytes(payload)).hexdigest()}"


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
    for secrets that rotate or live in a secrets manager. When it raises or returns no
    usable secret (None, an empty string...), `process` raises
    `WebhookSecretUnavailableError`: answer 503 so that the service delivers again.

    >>> handler = WebhookHandler(secret)
    >>> delivery = handler.process(raw_body, request_headers)
    >>> if not delivery.duplicate: ...

    When your processing of a delivery fails, call `forget(delivery)` so that the
    service's retry of it is processed instead of being reported as a duplicate.
    """

    def __init__(self, secret: Secrets, *, replay_store: ReplayStore | None = None) -> None:
        self._secret = secret if callable(secret) else _checked_secrets(secret)
        self.replay_store: ReplayStore = (
            _checked_replay_store(replay_store)
            if replay_store is not None
            else InMemoryReplayStore()
        )

    def process(self, payload: bytes, headers: HeadersLike | Any) -> Delivery:
        """Verify, parse and de-duplicate one delivery. Raises `WebhookVerificationError`
        for a delivery that cannot be trusted (answer 400) and
        `WebhookSecretUnavailableError` when the secret function fails (answer 503: the
        service delivers again)."""
        event = construct_event(payload, headers, self._current_secrets())
        key = replay_key(event, payload)
        is_new = self.replay_store.add_if_new(key)
        return Delivery(event=event, duplicate=not is_new, replay_key=key)

    def _current_secrets(self) -> str | list[str]:
        """The fixed secret(s), or what the secret function gives now, checked: a function
        that raises or gives nothing usable is an outage (a secrets manager down, a
        setting not loaded), never a forged delivery."""
        if not callable(self._secret):
            return self._secret
        try:
            secret = self._secret()
        except Exception as exc:
            # Its text is left out (and unchained): it may quote a token or the secret.
            raise WebhookSecretUnavailableError(
                f"the secret function raised {type(exc).__name__} (its text is not shown)"
            ) from None
        try:
            secrets = secret_list(secret)
            check_secrets(secrets)
        except WebhookVerificationError as exc:  # its text never quotes the secret
            raise WebhookSecretUnavailableError(
                f"the secret function gave no usable secret: {exc}"
            ) from None
        return secrets

    def forget(self, delivery: Delivery) -> None:
        self.replay_store.discard(delivery.replay_key)

    def __repr__(self) -> str:  # never show the secrets
        return f"WebhookHandler(secret=<hidden>, replay_store={self.replay_store!r})"


def _checked_replay_store(store: object) -> ReplayStore:
    """`store` if it is a replay store: refused when the handler is created, not with a
    500 on the first delivery."""
    if not all(callable(getattr(store, name, None)) for name in ("add_if_new", "discard")):
        raise InputValidationError(
            "replay_store: must be a replay store (with add_if_new(key) and discard(key) "
            f"methods, see ReplayStore), got {type(store).__name__}",
            argument="replay_store",
        )
    return cast(ReplayStore, store)


def _checked_secrets(secret: object) -> str | list[str]:
    """A fixed secret (or several), checked once, when the handler is created: a bad one
    is a configuration mistake better reported at startup than on every delivery."""
    try:
        secrets = secret_list(secret)
        check_secrets(secrets)
    except WebhookVerificationError as exc:
        raise InputValidationError(f"secret: {exc}", argument="secret") from None
    return secret if isinstance(secret, str) else secrets
