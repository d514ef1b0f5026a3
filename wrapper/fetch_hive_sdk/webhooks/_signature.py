"""Signing and verifying callback bodies (`X-Fetch-Hive-Signature`).

Assumption of this SDK (the scheme is not documented): the signature is the lowercase hex
HMAC-SHA256 of the raw request body, keyed with the webhook secret's UTF-8 bytes. Verifiers
accept an optional `sha256=` prefix and hex digits in either case, as `str` or as ASCII
`bytes` (a raw header value).

Secrets must be printable ASCII, neither empty nor blank, without whitespace at either
end: an empty or blank key would make every signature trivially forgeable, and a secret
with a pasted zero-width space, a trailing newline or a surrounding space would fail
every delivery with a misleading "mismatch".
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .. import _rules as _characters
from .._errors import WebhookVerificationError

SIGNATURE_HEADER = "X-Fetch-Hive-Signature"
_SIGNATURE = re.compile(r"(?:sha256=)?([0-9a-f]{64})", re.IGNORECASE)

HeadersLike = Mapping[str, str] | Iterable[tuple[str, str]]


def sign(payload: bytes, secret: str) -> str:
    """The `X-Fetch-Hive-Signature` value for `payload`, for your own tests."""
    _check_payload(payload)
    check_secrets([secret])
    return hmac.new(secret.encode("utf-8"), bytes(payload), hashlib.sha256).hexdigest()


def verify_signature(
    payload: bytes, signature: str | bytes | None, secret: str | Iterable[str]
) -> None:
    """Raise `WebhookVerificationError` unless `signature` signs `payload` with `secret`.

    `payload` must be the raw request body exactly as received. `signature` is the header
    value, as `str` or ASCII `bytes`. `secret` may also be several secrets (rotation, or
    one receiver for several deployments): any one matching is enough. The comparison runs
    in constant time.
    """
    _check_payload(payload)
    secrets = secret_list(secret)
    check_secrets(secrets)
    if isinstance(signature, bytes | bytearray):
        try:
            signature = bytes(signature).decode("ascii")
        except UnicodeDecodeError:
            raise WebhookVerificationError(
                f"malformed {SIGNATURE_HEADER} header: not ASCII"
            ) from None
    if signature is not None and not isinstance(signature, str):
        raise WebhookVerificationError(
            f"the signature must be a str or bytes, got {type(signature).__name__}"
        )
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


def secret_list(secret: object) -> list[Any]:
    """`secret` as a list of candidates: one string, or an iterable of them."""
    if isinstance(secret, str):
        return [secret]
    if secret is None or isinstance(secret, bytes | bytearray) or not isinstance(secret, Iterable):
        raise WebhookVerificationError(
            f"the webhook secret must be a string or a list of strings, got {type(secret).__name__}"
        )
    return list(secret)


def check_secrets(secrets: list[Any]) -> None:
    if not secrets:
        raise WebhookVerificationError("no webhook secret given")
    for candidate in secrets:
        problem = secret_problem(candidate)
        if problem is not None:
            raise WebhookVerificationError(problem)


def secret_problem(secret: object) -> str | None:
    """Why `secret` cannot verify a signature (never quoting it); None when it can."""
    if not isinstance(secret, str):
        return f"the webhook secret must be a string, got {type(secret).__name__}"
    if not secret:
        # Anyone can compute an HMAC with an empty key: accepting it would accept forgeries.
        return "the webhook secret is empty: a signature made with an empty key proves nothing"
    if not secret.strip():
        # As guessable as an empty key (and as the client's triggers, which refuse it).
        return (
            "the webhook secret is blank (only whitespace): a signature made with it proves nothing"
        )
    problem = _characters.secret_problem(secret)
    if problem is not None:
        return f"the webhook secret {problem} (value not shown)"
    if secret != secret.strip():
        # Copied with a space around it: every delivery would fail with a "mismatch".
        return (
            "the webhook secret starts or ends with whitespace (copied with it?): "
            "remove it (value not shown)"
        )
    return None
