"""construct_event: verify first, parse second; typed events; unknown types kept whole."""

from __future__ import annotations

import copy
import json
import pickle

import pytest
from fetch_hive_sdk import ResponseFieldError
from fetch_hive_sdk.webhooks import (
    AgentCompletedEvent,
    AgentDelegationCompletedEvent,
    AgentFailedEvent,
    GenericWebhookEvent,
    WebhookVerificationError,
    WorkflowCompletedEvent,
    WorkflowFailedEvent,
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
            WorkflowCompletedEvent,
        ),
        (
            "workflow.failed",
            {"run_status": "failed", "error": "step 2 failed"},
            WorkflowFailedEvent,
        ),
        ("agent.completed", {"response": "Done."}, AgentCompletedEvent),
        ("agent.failed", {"error": "tool timeout"}, AgentFailedEvent),
        (
            "agent.delegation.completed",
            {"response": "Report ready."},
            AgentDelegationCompletedEvent,
        ),
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
    assert isinstance(event, GenericWebhookEvent)
    assert (event.event_type, event.request_id, event.data) == (
        "workflow.paused",
        "req_2",
        {"step": 3},
    )
    assert event["data"]["step"] == 3
    assert dict(event) == body and event.to_dict() == body


def test_known_type_with_unexpected_shape_is_kept_whole() -> None:
    # Tolerant reader: the event is its model, its JSON intact; only reading the field
    # that does not fit, typed, fails, and the error names it.
    body = {"event_type": "workflow.completed", "request_id": 7}  # no data, id not a string
    event = construct_event(*_signed(body), secret=SECRET)
    assert type(event) is WorkflowCompletedEvent and event == body
    with pytest.raises(ResponseFieldError, match=r"WorkflowCompletedEvent\.data: .*missing"):
        event.data  # noqa: B018
    with pytest.raises(ResponseFieldError, match=r"WorkflowCompletedEvent\.request_id"):
        event.request_id  # noqa: B018
    assert event["request_id"] == 7 and event.event_type == "workflow.completed"


def test_events_are_the_body_json_as_dicts() -> None:
    body = {"event_type": "agent.completed", "request_id": "r", "data": {"response": "Hi"}}
    event = construct_event(*_signed(body), secret=SECRET)
    assert isinstance(event, dict) and event == body
    assert json.loads(json.dumps(event)) == body
    for copied in (pickle.loads(pickle.dumps(event)), copy.deepcopy(event)):
        assert type(copied) is AgentCompletedEvent and copied == body
        assert copied.data.response == copied["data"]["response"] == "Hi"
    assert event["data"].response == event.data["response"] == "Hi"


def test_deeply_nested_signed_body_is_a_typed_error() -> None:
    payload = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        construct_event(payload, {"X-Fetch-Hive-Signature": sign(payload, SECRET)}, SECRET)


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
