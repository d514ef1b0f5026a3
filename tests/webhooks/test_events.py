"""construct_event: verify first, parse second; typed events; unknown types kept whole."""

from __future__ import annotations

import json

import pytest
from fetch_hive_sdk.webhooks import (
    AgentCompleted,
    AgentDelegationCompleted,
    AgentFailed,
    GenericEvent,
    WebhookVerificationError,
    WorkflowCompleted,
    WorkflowFailed,
    construct_event,
    sign,
)

SECRET = "whsec_events"


def _signed(body: object) -> tuple[bytes, dict[str, str]]:
    payload = json.dumps(body).encode()
    return payload, {"X-Fetch-Hive-Signature": sign(payload, SECRET)}


@pytest.mark.parametrize(
    ("event_type", "data", "cls"),
    [
        (
            "workflow.completed",
            {"run_status": "completed", "output": {"a": [1]}},
            WorkflowCompleted,
        ),
        ("workflow.failed", {"run_status": "failed", "error": "step 2 failed"}, WorkflowFailed),
        ("agent.completed", {"response": "Done."}, AgentCompleted),
        ("agent.failed", {"error": "tool timeout"}, AgentFailed),
        ("agent.delegation.completed", {"response": "Report ready."}, AgentDelegationCompleted),
    ],
)
def test_known_events_are_typed_and_read_as_mappings(
    event_type: str, data: dict[str, object], cls: type
) -> None:
    body = {"event_type": event_type, "request_id": "req_1", "data": data, "extra": True}
    event = construct_event(*_signed(body), secret=SECRET)
    assert type(event) is cls
    assert event.event_type == event_type
    assert event.request_id == "req_1"
    assert event["data"] == data
    assert event.get("extra") is True
    assert event.to_dict() == body
    for key, value in data.items():
        assert getattr(event.data, key) == value


def test_unknown_event_type_is_a_generic_event_not_an_error() -> None:
    body = {"event_type": "workflow.paused", "request_id": "req_2", "data": {"step": 3}}
    event = construct_event(*_signed(body), secret=SECRET)
    assert isinstance(event, GenericEvent)
    assert (event.event_type, event.request_id, event.data) == (
        "workflow.paused",
        "req_2",
        {"step": 3},
    )
    assert event["data"]["step"] == 3
    assert dict(event) == body and event.to_dict() == body


def test_known_type_with_unexpected_shape_is_kept_whole() -> None:
    body = {"event_type": "workflow.completed", "request_id": "req_3"}  # no data
    event = construct_event(*_signed(body), secret=SECRET)
    assert isinstance(event, GenericEvent) and event.to_dict() == body


def test_verification_happens_before_parsing() -> None:
    # Not JSON, and not signed: the signature is what is reported.
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        construct_event(b"not json", {"X-Fetch-Hive-Signature": "0" * 64}, SECRET)


@pytest.mark.parametrize("payload", [b"not json", b"[1, 2]", b"\xff\xfe"])
def test_signed_but_unreadable_bodies_are_refused(payload: bytes) -> None:
    with pytest.raises(WebhookVerificationError, match="JSON"):
        construct_event(payload, {"X-Fetch-Hive-Signature": sign(payload, SECRET)}, SECRET)


def test_missing_header_is_refused() -> None:
    payload, _ = _signed({"event_type": "agent.completed", "request_id": "r", "data": {}})
    with pytest.raises(WebhookVerificationError, match="missing"):
        construct_event(payload, {}, SECRET)
