"""Typed events: every type, unknown types, mapping access, and the lazily filled flat events
read exactly what the generated `from_dict` reads."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fetch_hive_api import models
from fetch_hive_api.types import UNSET
from fetch_hive_sdk import GenericEvent
from fetch_hive_sdk._events import EVENT_TYPES, FLAT_EVENT_TYPES, event_class, parse_event
from hypothesis import given, settings
from hypothesis import strategies as st

GENERATED = {
    "summary": models.SummaryEvent,
    "reasoning": models.ReasoningEvent,
    "response": models.ResponseEvent,
    "tool": models.ToolEvent,
    "artifact": models.ArtifactEvent,
    "usage": models.UsageEvent,
    "error": models.ErrorEvent,
}

SAMPLES: dict[str, dict[str, Any]] = {
    "summary": {
        "type": "summary",
        "summary_text": "Earlier: greetings",
        "original_token_count": 12000,
        "context_limit": 8000,
        "model": "m",
        "provider": "openai",
    },
    "reasoning": {
        "type": "reasoning",
        "request_id": "req_1",
        "model": "m",
        "response": "Hmm",
        "done": False,
    },
    "response": {"type": "response", "request_id": "req_1", "model": "m", "response": "Hi"},
    "tool": {
        "type": "tool",
        "tool_id": "t1",
        "tool": "google_search",
        "tool_type": "search",
        "tool_input": {"q": "fetch hive"},
        "observation": '{"results": []}',
    },
    "artifact": {
        "type": "artifact",
        "artifact": {
            "file_url": "https://files.example/a.png",
            "file_name": "a.png",
            "file_size": 12,
        },
    },
    "usage": {
        "type": "usage",
        "request_id": "req_1",
        "usage": {
            "duration": 1.2,
            "prompt_tokens": {"total_tokens": 5, "cached_tokens": 0},
            "completion_tokens": {"total_tokens": 2, "reasoning_tokens": 0},
            "total_tokens": 7,
        },
        "stop_reason": "completed",
    },
    "error": {
        "type": "error",
        "request_id": "req_1",
        "error": "provider_error",
        "message": "Upstream failed",
        "provider": "openai",
        "error_type": "provider_stream_error",
        "status_code": 502,
        "error_code": "internal_server_error",
    },
}


def test_the_table_covers_every_documented_type() -> None:
    assert set(SAMPLES) == set(EVENT_TYPES) == set(GENERATED)


@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_each_type_is_its_generated_model_with_mapping_access(kind: str) -> None:
    sample = SAMPLES[kind]
    event = parse_event(json.dumps(sample))
    assert isinstance(event, GENERATED[kind])
    assert type(event) is event_class(kind)
    assert event.type == event.type_ == event["type"] == event.get("type") == kind
    assert event.to_dict() == GENERATED[kind].from_dict(sample).to_dict() == sample
    assert dict(event) == sample and "type" in event and "nope" not in event
    for key, value in sample.items():
        assert event[key] == value


def test_typed_fields() -> None:
    usage = parse_event(json.dumps(SAMPLES["usage"]))
    assert usage.usage.completion_tokens.total_tokens == 2  # type: ignore[union-attr]
    tool = parse_event(json.dumps(SAMPLES["tool"]))
    assert tool.tool_input["q"] == "fetch hive"  # type: ignore[union-attr]
    error = parse_event(json.dumps(SAMPLES["error"]))
    assert error.status_code == 502  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected_type", "expected_raw"),
    [
        ('{"type": "delegation", "id": 3}', "delegation", None),
        ('{"no_type": true}', None, None),
        ('{"type": "usage", "usage": "not an object"}', "usage", None),  # bad fields
        ("[1, 2]", None, "[1, 2]"),
        ("not json at all", None, "not json at all"),
        ('  {"type": "response", "response": "spaced"}  ', "response", None),
    ],
)
def test_anything_else_passes_through(
    text: str, expected_type: str | None, expected_raw: str | None
) -> None:
    event = parse_event(text)
    if expected_type == "response":  # whitespace around JSON is still a typed event
        assert isinstance(event, models.ResponseEvent) and event.response == "spaced"
        return
    assert isinstance(event, GenericEvent)
    assert event.type == expected_type
    assert event.raw == expected_raw
    if expected_raw is None:
        assert event.to_dict() == json.loads(text)
        assert event.get("type") == expected_type


# The lazily filled flat events equal the generated from_dict, field by field. ------------

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=10)


def flat_fields(kind: str) -> list[str]:
    return [
        a.name
        for a in GENERATED[kind].__attrs_attrs__
        if a.name not in ("type_", "additional_properties")
    ]


def test_flat_event_models_hold_only_json_scalars() -> None:
    # If the spec gives a flat event a nested object, it must leave FLAT_EVENT_TYPES.
    for kind in FLAT_EVENT_TYPES:
        for attribute in GENERATED[kind].__attrs_attrs__:
            annotation = str(attribute.type)
            if attribute.name in ("type_", "additional_properties"):
                continue
            parts = {part.strip() for part in annotation.split("|")}
            assert parts <= {"str", "int", "float", "bool", "None", "Unset"}, (
                kind,
                attribute.name,
                annotation,
            )


@settings(max_examples=200, deadline=None)
@given(data=st.data(), kind=st.sampled_from(sorted(FLAT_EVENT_TYPES)))
def test_lazy_flat_events_read_what_from_dict_reads(data: st.DataObject, kind: str) -> None:
    fields = flat_fields(kind)
    present = data.draw(st.lists(st.sampled_from(fields), unique=True))
    payload: dict[str, Any] = {"type": kind}
    for name in present:
        payload[name] = data.draw(JSON_SCALARS)
    extra = data.draw(
        st.dictionaries(
            st.text(min_size=1, max_size=5).filter(lambda k: k not in fields and k != "type"),
            JSON_SCALARS,
            max_size=3,
        )
    )
    payload.update(extra)
    reference = GENERATED[kind].from_dict(dict(payload))
    lazy = parse_event(json.dumps(payload))
    # Mapping access first (served from the JSON), then every attribute in a drawn order.
    assert dict(lazy) == payload
    for name in data.draw(st.permutations([*fields, "type_", "additional_properties"])):
        assert getattr(lazy, name) == getattr(reference, name), name
    assert lazy.to_dict() == reference.to_dict()


def test_lazy_event_stays_consistent_when_changed() -> None:
    event = parse_event(json.dumps({"type": "response", "response": "a", "x": 1}))
    event.response = "b"  # type: ignore[union-attr]
    assert event["response"] == "b" and event.to_dict()["x"] == 1
    other = parse_event(json.dumps({"type": "response", "response": "a", "x": 1}))
    other.additional_properties["y"] = 2  # type: ignore[union-attr]
    assert other["y"] == 2 and other.model is UNSET  # type: ignore[union-attr]
    with pytest.raises(AttributeError):
        _ = other.not_a_field  # type: ignore[union-attr]


def test_event_repr_shows_the_json() -> None:
    event = parse_event(json.dumps(SAMPLES["response"]))
    assert (
        repr(event)
        == "ResponseEvent(type='response', request_id='req_1', model='m', response='Hi')"
    )
