"""Signing and verifying callback bodies (`X-Fetch-Hive-Signature`).

Assumption of this SDK (the scheme is not documented): the signature is the lowercase hex
HMAC-SHA256 of the raw request body, keyed with the webhook secret's UTF-8 bytes. Verifiers
accept an optional `sha256=` prefix and hex digits in either case.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import WebhookVerificationError

SIGNATURE_HEADER = "X-Fetch-Hive-Signature"
_SIGNATURE = re.compile(r"(?:sha256=)?([0-9a-f]{64})", re.IGNORECASE)

HeadersLike = Mapping[str, str] | Iterable[tuple[str, str]]


def sign(payload: bytes, secret: str) -> str:
    """The `X-Fetch-Hive-Signature` value for `payload`, for your own tests."""
    _check_payload(payload)
    _check_secrets([secret])
    return hmac.new(secret.encode("utf-8"), bytes(payload), hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature: str | None, secret: str | Iterable[str]) -> None:
    """Raise `WebhookVerificationError` unless `signature` signs `payload` with `secret`.

    `payload` must be the raw request body exactly as received. `secret` may also be
    several secrets (rotation, or one receiver for several deployments): any one matching
    is enough. The comparison runs in constant time.
    """
    _check_payload(payload)
    secrets = [secret] if isinstance(secret, str) else list(secret)
    _check_secrets(secrets)
    if signature is not None and not isinstance(signature, str):
        raise WebhookVerificationError("the signature must be a string")
    if signature is None or not signature.strip():
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    match = _SIGNATURE.fullmatch(signature.strip())
    if match is None:
        raise WebhookVerificationError(
            f"malformed {SIGNATURE_HEADER} header: expected 64 hex digits, "
            "optionally prefixed with 'sha256='"
        )
    given = match.group(1).lower().encode("ascii")
    body = bytes(payload)
    matched = False
    for candidate in secrets:  # no early exit: the time taken says nothing about which matched
        expected = hmac.new(candidate.encode("utf-8"), body, hashlib.sha256).hexdigest()
        matched |= hmac.compare_digest(expected.encode("ascii"), given)
    if not matched:
        raise WebhookVerificationError(
            "signature mismatch: the body was changed or signed with another secret"
        )


def signature_from_headers(headers: Any) -> str | None:
    """The signature header from any headers object (dict, Starlette, Django, WSGI pairs)."""
    wanted = SIGNATURE_HEADER.lower()
    items: Iterable[tuple[Any, Any]] = headers.items() if hasattr(headers, "items") else headers
    for name, value in items:
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        if key.lower().replace("_", "-") in (wanted, "http-" + wanted):
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def _check_payload(payload: object) -> None:
    if isinstance(payload, str):
        raise WebhookVerificationError(
            "payload is a str: pass the raw request body bytes exactly as received "
            "(e.g. `await request.body()`), not decoded text"
        )
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise WebhookVerificationError(
            f"payload is a {type(payload).__name__}: pass the raw request body bytes, "
            "not a parsed object"
        )


def _check_secrets(secrets: list[Any]) -> None:
    if not secrets or not all(isinstance(s, str) and s for s in secrets):
        raise WebhookVerificationError("the webhook secret must be a non-empty string")
