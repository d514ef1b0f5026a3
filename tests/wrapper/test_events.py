"""Stream events: every type is its generated model (a dict holding the event's JSON, with
typed attributes); unknown types, odd `type` values and non-JSON data pass through."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from _depth import examples
from fetch_hive_api import models
from fetch_hive_sdk import GenericStreamEvent, ResponseFieldError
from fetch_hive_sdk._events import STREAM_EVENT_TYPES, parse_stream_event
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
    assert set(SAMPLES) == set(STREAM_EVENT_TYPES) == set(GENERATED)


@pytest.mark.parametrize("kind", STREAM_EVENT_TYPES)
def test_each_type_is_its_generated_model_and_its_json(kind: str) -> None:
    sample = SAMPLES[kind]
    event = parse_stream_event(json.dumps(sample))
    assert type(event) is GENERATED[kind] and isinstance(event, dict)
    assert event.type == event["type"] == event.get("type") == kind
    assert event == sample and json.loads(json.dumps(event)) == sample
    assert event.to_dict() == sample and type(event.to_dict()) is dict
    for copied in (pickle.loads(pickle.dumps(event)), copy.deepcopy(event), copy.copy(event)):
        assert type(copied) is GENERATED[kind] and copied == sample
    for key, value in sample.items():
        assert event[key] == value


def test_typed_fields_at_every_level() -> None:
    usage = parse_stream_event(json.dumps(SAMPLES["usage"]))
    assert isinstance(usage, models.UsageEvent)
    assert usage.usage is not None and isinstance(usage["usage"], models.Usage)
    assert usage.usage.completion_tokens.total_tokens == 2  # type: ignore[union-attr]
    assert usage["usage"]["completion_tokens"]["total_tokens"] == 2
    assert usage["usage"].completion_tokens["total_tokens"] == 2  # type: ignore[index,union-attr]
    assert usage.usage["completion_tokens"].total_tokens == 2
    tool = parse_stream_event(json.dumps(SAMPLES["tool"]))
    assert tool.tool_input == {"q": "fetch hive"}  # type: ignore[union-attr]
    artifact = parse_stream_event(json.dumps(SAMPLES["artifact"]))
    assert artifact.artifact.file_size == 12  # type: ignore[union-attr]
    error = parse_stream_event(json.dumps(SAMPLES["error"]))
    assert error.status_code == 502  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected_type", "expected_raw"),
    [
        ('{"type": "delegation", "id": 3}', "delegation", None),
        ('{"no_type": true}', None, None),
        ('{"type": ["response"]}', None, None),  # a type that is not a string
        ('{"type": {"a": 1}}', None, None),
        ('{"type": 7}', None, None),
        ("[1, 2]", None, "[1, 2]"),
        ("not json at all", None, "not json at all"),
        ("[" * 50_000 + "]" * 50_000, None, "[" * 50_000 + "]" * 50_000),  # too deep
    ],
)
def test_anything_else_passes_through(
    text: str, expected_type: str | None, expected_raw: str | None
) -> None:
    event = parse_stream_event(text)
    assert type(event) is GenericStreamEvent
    assert event.type == expected_type
    assert event.raw == expected_raw
    if expected_raw is None:
        assert event == json.loads(text)
    else:
        assert event == {}
    assert pickle.loads(pickle.dumps(event)).raw == expected_raw


def test_whitespace_around_the_json_is_still_a_typed_event() -> None:
    event = parse_stream_event('  {"type": "response", "response": "spaced"}  ')
    assert isinstance(event, models.ResponseEvent) and event.response == "spaced"


def test_a_known_type_with_fields_that_do_not_fit_is_kept_whole() -> None:
    # Tolerant reader: still its model, its JSON intact; only reading the misfit, typed,
    # fails, naming the field.
    text = '{"type": "usage", "usage": "not an object", "request_id": 5}'
    event = parse_stream_event(text)
    assert type(event) is models.UsageEvent and event == json.loads(text)
    with pytest.raises(ResponseFieldError, match=r"UsageEvent\.usage: expected a Usage object"):
        event.usage  # noqa: B018
    with pytest.raises(ResponseFieldError, match=r"UsageEvent\.request_id") as caught:
        event.request_id  # noqa: B018
    assert isinstance(caught.value, TypeError)
    assert (caught.value.model, caught.value.field) == ("UsageEvent", "request_id")
    assert event["usage"] == "not an object" and event.stop_reason is None


JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10)
)


@settings(max_examples=examples(200), deadline=None)
@given(
    kind=st.sampled_from(STREAM_EVENT_TYPES),
    extra=st.dictionaries(st.text(min_size=1, max_size=5), JSON_SCALARS, max_size=4),
)
def test_every_event_equals_its_json(kind: str, extra: dict[str, Any]) -> None:
    payload = {**extra, **SAMPLES[kind]}
    event = parse_stream_event(json.dumps(payload))
    assert event == json.loads(json.dumps(payload))
    assert json.loads(json.dumps(event)) == json.loads(json.dumps(payload))


def test_event_repr_names_the_model_and_shows_the_json() -> None:
    event = parse_stream_event(json.dumps(SAMPLES["response"]))
    assert repr(event) == (
        "ResponseEvent({'type': 'response', 'request_id': 'req_1', 'model': 'm', 'response': 'Hi'})"
    )
