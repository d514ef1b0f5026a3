"""Signed completion events, delivered over real HTTP to loopback callback URLs only.

Signature (this project's assumption, api-reference section 4): ``X-Fetch-Hive-Signature`` is the
lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the webhook secret's UTF-8 bytes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .settings import LOOPBACK_HOSTS, Settings

if TYPE_CHECKING:  # httpx is imported with the first callback (a server may send none)
    import httpx

logger = logging.getLogger("fetch_hive_reference.callbacks")

SIGNATURE_HEADER = "X-Fetch-Hive-Signature"
USER_AGENT = "fetch-hive-reference"


def webhook_secret(seed: str, kind: str, name: str) -> str:
    """The stable webhook secret of one deployment (``kind`` is prompt, workflow or agent)."""
    digest = hmac.new(seed.encode(), f"{kind}:{name}".encode(), hashlib.sha256).hexdigest()
    return "whsec_" + digest[:32]


def sign(payload: bytes, secret: str) -> str:
    """The `X-Fetch-Hive-Signature` of `payload`, as the SDK's `sign` (same arguments)."""
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def encode_event(event: dict[str, Any]) -> bytes:
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def host_allowed(url: str, extra_hosts: Iterable[str] = ()) -> bool:
    """True for http(s) URLs on loopback, or on a host the settings allow explicitly."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"} or not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for allowed in (*LOOPBACK_HOSTS, *extra_hosts):
        if host == allowed.lower():
            return True
        if address is not None:
            try:
                if address in ipaddress.ip_network(allowed, strict=False):
                    return True
            except ValueError:
                continue
    return False


@dataclass
class Delivery:
    """One completion event and what happened when it was sent."""

    request_id: str
    event_type: str
    url: str
    body: bytes
    signature: str
    outcome: str = "pending"  # pending, delivered, failed, refused, cancelled
    attempts: int = 0
    statuses: list[int | None] = field(default_factory=list)
    reason: str | None = None

    @property
    def delivered(self) -> bool:
        return self.outcome == "delivered"

    @property
    def event(self) -> Any:
        return json.loads(self.body)

    @property
    def finished(self) -> bool:
        return self.outcome != "pending"


class CallbackSender:
    """Sends deliveries with bounded retries; one pooled client for the server's lifetime."""

    def __init__(self, settings: Callable[[], Settings]) -> None:
        self._settings = settings
        self._client: httpx.AsyncClient | None = None

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            # trust_env=False: no proxy from the environment; the request goes where it says.
            self._client = httpx.AsyncClient(
                trust_env=False, follow_redirects=False, headers={"User-Agent": USER_AGENT}
            )
        return self._client

    async def send(self, delivery: Delivery) -> None:
        settings = self._settings()
        if not host_allowed(delivery.url, settings.callback_allow_hosts):
            delivery.outcome = "refused"
            delivery.reason = "not a loopback http(s) URL; the reference server calls no other host"
            return
        import httpx

        delay = settings.callback_backoff
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: delivery.signature}
        for attempt in range(1, settings.callback_attempts + 1):
            delivery.attempts = attempt
            try:
                response = await self._get_client().post(
                    delivery.url,
                    content=delivery.body,
                    headers=headers,
                    timeout=settings.callback_timeout,
                )
            except httpx.HTTPError as exc:
                delivery.statuses.append(None)
                delivery.reason = type(exc).__name__
            else:
                delivery.statuses.append(response.status_code)
                if response.is_success:
                    delivery.outcome = "delivered"
                    delivery.reason = None
                    return
                delivery.reason = f"HTTP {response.status_code}"
            if attempt < settings.callback_attempts:
                await asyncio.sleep(delay)
                delay *= 2
        delivery.outcome = "failed"
        logger.info(
            "callback for %s not delivered after %d attempts (%s)",
            delivery.request_id,
            delivery.attempts,
            delivery.reason,
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
