"""The exact words of each refusal of fetch_hive_sdk.webhooks' signing and verifying (a
receiver's log line is all its operator sees), and that `sign` checks what `verify` does."""

from __future__ import annotations

import pytest
from fetch_hive_sdk.webhooks import WebhookVerificationError, sign, verify_signature

SECRET = "whsec_test"
BODY = b'{"event": "workflow.completed"}'

REFUSALS = [
    ("text body", ('{"a": 1}', "0" * 64, SECRET),
     "payload is a str: pass the raw request body bytes exactly as received "
     "(e.g. `await request.body()`), not decoded text"),
    ("parsed body", ({"a": 1}, "0" * 64, SECRET),
     "payload is a dict: pass the raw request body bytes, not a parsed object"),
    ("no secret", (BODY, "0" * 64, []), "no webhook secret given"),
    ("secret of bytes", (BODY, "0" * 64, b"whsec"),
     "the webhook secret must be a string or a list of strings, got bytes"),
    ("secret of None", (BODY, "0" * 64, None),
     "the webhook secret must be a string or a list of strings, got NoneType"),
    ("secret in a list of numbers", (BODY, "0" * 64, [3]),
     "the webhook secret must be a string, got int"),
    ("empty secret", (BODY, "0" * 64, ""),
     "the webhook secret is empty: a signature made with an empty key proves nothing"),
    ("blank secret", (BODY, "0" * 64, "  "),
     "the webhook secret is blank (only whitespace): a signature made with it proves nothing"),
    ("secret with a space around", (BODY, "0" * 64, " whsec_x"),
     "the webhook secret starts or ends with whitespace (copied with it?): remove it "
     "(value not shown)"),
    ("secret with a line break", (BODY, "0" * 64, "whsec\nx"),
     "the webhook secret contains a line break at position 5 (value not shown)"),
    ("signature of bytes, not ASCII", (BODY, b"\xff" * 64, SECRET),
     "malformed X-Fetch-Hive-Signature header: not ASCII"),
    ("signature of another type", (BODY, 5, SECRET), "the signature must be a str or bytes, got int"),
    ("no signature", (BODY, None, SECRET), "missing X-Fetch-Hive-Signature header"),
    ("blank signature", (BODY, "  ", SECRET), "missing X-Fetch-Hive-Signature header"),
    ("short signature", (BODY, "abc", SECRET),
     "malformed X-Fetch-Hive-Signature header: expected 64 hex digits, optionally prefixed "
     "with 'sha256='"),
    ("wrong signature", (BODY, "0" * 64, SECRET),
     "signature mismatch: the body was changed or signed with another secret"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_each_refusal_says_what_is_wrong(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(*args)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_sign_refuses_what_verify_refuses() -> None:
    with pytest.raises(WebhookVerificationError, match="payload is a str"):
        sign('{"a": 1}', SECRET)  # type: ignore[arg-type]
    with pytest.raises(WebhookVerificationError, match="the webhook secret is empty"):
        sign(BODY, "")
    signature = sign(bytearray(BODY), SECRET)
    verify_signature(memoryview(BODY), f"  SHA256={signature.upper()} ", [SECRET])
    verify_signature(BODY, signature.encode(), ("whsec_other", SECRET))
