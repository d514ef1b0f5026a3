"""Signature test vectors: every input is decided correctly, with one error type."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from fetch_hive_sdk.webhooks import (
    WebhookVerificationError,
    sign,
    signature_from_headers,
    verify_signature,
)

SECRET = "whsec_2b7f0c9d4e1a4f3b8c6d5e7f9a1b3c5d"
BODY = (
    b'{"event_type":"workflow.completed","request_id":"req_019d52846ea37682b03522fd0695cc45",'
    b'"data":{"run_status":"completed","output":"hello"}}'
)
# Computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac SECRET
VECTOR = "a9d8be951c2f78ad1dc3b4c3d32428246459a6a88303cfc279fa349dbdfa74cb"


def test_sign_matches_the_independent_vector() -> None:
    assert sign(BODY, SECRET) == VECTOR


def test_the_reference_server_signs_with_the_same_function_shape() -> None:
    # One concept, one signature: the server's `sign` takes the SDK's arguments.
    import inspect

    from fetch_hive_reference import sign as server_sign

    assert inspect.signature(server_sign) == inspect.signature(sign)
    assert server_sign(BODY, SECRET) == VECTOR


@pytest.mark.parametrize(
    "signature",
    [VECTOR, VECTOR.upper(), f"sha256={VECTOR}", f"SHA256={VECTOR}", f"sha256={VECTOR.upper()}",
     f"  {VECTOR}\n"],
    ids=["hex", "upper-hex", "prefixed", "upper-prefix", "prefixed-upper-hex", "whitespace"],
)  # fmt: skip
def test_valid_forms_are_accepted(signature: str) -> None:
    verify_signature(BODY, signature, SECRET)


def test_bytearray_and_memoryview_bodies_are_raw_bytes_too() -> None:
    verify_signature(bytearray(BODY), VECTOR, SECRET)
    verify_signature(memoryview(BODY), VECTOR, SECRET)


def test_any_of_several_secrets() -> None:
    verify_signature(BODY, VECTOR, ["whsec_old", SECRET])
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify_signature(BODY, VECTOR, ["whsec_old", "whsec_other"])


TAMPERED = BODY.replace(b"hello", b"hellO")
REORDERED = json.dumps(json.loads(BODY)).encode()  # same JSON, other bytes

BAD = [
    ("tampered body", TAMPERED, VECTOR, SECRET, "mismatch"),
    ("re-serialized body", REORDERED, VECTOR, SECRET, "mismatch"),
    ("wrong secret", BODY, VECTOR, "whsec_wrong", "mismatch"),
    ("missing header", BODY, None, SECRET, "missing"),
    ("empty header", BODY, "", SECRET, "missing"),
    ("blank header", BODY, "   ", SECRET, "missing"),
    ("too short", BODY, VECTOR[:-1], SECRET, "malformed"),
    ("too long", BODY, VECTOR + "0", SECRET, "malformed"),
    ("not hex", BODY, "z" * 64, SECRET, "malformed"),
    ("other scheme", BODY, f"sha1={VECTOR}", SECRET, "malformed"),
    ("base64", BODY, "qdi+lRwveK0dw7TD0yQoJGRZpqiDA8/Cefo0nb36dMs=", SECRET, "malformed"),
    ("two signatures", BODY, f"{VECTOR},{VECTOR}", SECRET, "malformed"),
    ("str body", BODY.decode(), VECTOR, SECRET, "raw request body bytes"),
    ("parsed body", json.loads(BODY), VECTOR, SECRET, "not a parsed object"),
    # Signed with the empty key itself: only the empty-secret guard can refuse it (the
    # HMAC matches), and its message is one the mismatch message does not contain.
    ("empty secret", BODY, hmac.new(b"", BODY, hashlib.sha256).hexdigest(), "", "is empty"),
    ("empty among several", BODY, VECTOR, [SECRET, ""], "is empty"),
]


@pytest.mark.parametrize(
    ("payload", "signature", "secret", "reason"),
    [case[1:] for case in BAD],
    ids=[case[0] for case in BAD],
)
def test_bad_inputs_raise_one_error_type(
    payload: object, signature: str | None, secret: str, reason: str
) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify_signature(payload, signature, secret)  # type: ignore[arg-type]
    assert SECRET not in str(caught.value)
    assert "whsec_wrong" not in str(caught.value)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Fetch-Hive-Signature": VECTOR},
        {"x-fetch-hive-signature": VECTOR},
        [(b"x-fetch-hive-signature", VECTOR.encode())],  # ASGI scope headers
        {"HTTP_X_FETCH_HIVE_SIGNATURE": VECTOR},  # WSGI / Django META
    ],
    ids=["dict", "lowercase", "asgi", "wsgi"],
)
def test_signature_header_is_found_in_any_headers_shape(headers: object) -> None:
    assert signature_from_headers(headers) == VECTOR
