"""What the events of a stream add up to (fetch_hive_sdk._stream_state.StreamState), event
by event, without a transport: the clients' streams are test_streaming.py's business."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import IncompleteStreamError, StreamConsumedError, StreamError
from fetch_hive_sdk._stream_state import RECENT_EVENTS, StreamBase, StreamState


def feed(state: StreamState, *events: dict[str, Any] | str) -> list[Any]:
    return [state.on_data(e if isinstance(e, str) else json.dumps(e)) for e in events]


RESPONSE = {"type": "response", "request_id": "req_1", "response": "Hel"}
MORE = {"type": "response", "response": "lo"}
USAGE = {"type": "usage", "usage": {"total_tokens": 7}, "stop_reason": "end_turn"}


def test_done_completes_the_stream_and_is_no_event() -> None:
    state = StreamState()
    assert (state.complete, state.accumulating, state.count) == (False, False, 0)
    assert state.complete is False and state.accumulating is False
    assert feed(state, "[DONE]") == [None]
    assert state.complete is True and state.count == 0


def test_the_text_is_kept_only_when_accumulating() -> None:
    plain = StreamState()
    feed(plain, RESPONSE, MORE, USAGE)
    assert plain.result().response == "" and plain.count == 3
    kept = StreamState()
    kept.accumulate()
    events = feed(kept, RESPONSE, {"type": "response", "response": 5}, MORE, USAGE)
    assert [type(e).__name__ for e in events] == [
        "ResponseEvent", "ResponseEvent", "ResponseEvent", "UsageEvent",
    ]  # fmt: skip
    result = kept.finished()
    assert result.response == "Hello"  # a text that is no string is skipped
    assert result.events_received == 4 and result.request_id == "req_1"
    assert result.usage == {"total_tokens": 7} and result.stop_reason == "end_turn"
    assert result.tool_calls == [] and result.artifacts == []


def test_accumulate_after_reading_is_refused_by_how_many_were_lost() -> None:
    state = StreamState()
    feed(state, RESPONSE, MORE)
    with pytest.raises(StreamConsumedError) as caught:
        state.accumulate()
    assert str(caught.value).startswith("2 event(s) were already read without keeping them")
    early = StreamState()
    early.accumulate()
    feed(early, RESPONSE)
    early.accumulate()  # again: nothing was lost
    assert early.accumulating is True


def test_the_final_usage_event_completes_the_stream() -> None:
    state = StreamState()
    feed(state, RESPONSE)
    assert state.complete is False and state.usage_event is None
    (usage,) = feed(state, USAGE)
    assert state.complete is True and state.usage_event is usage
    assert state.stop_reason() == "end_turn"
    other = StreamState()
    feed(other, {"type": "usage", "usage": {}, "stop_reason": 3})
    assert other.stop_reason() is None and StreamState().stop_reason() is None


def test_an_error_event_raises_with_the_event() -> None:
    state = StreamState()
    with pytest.raises(StreamError) as caught:
        feed(state, RESPONSE, {"type": "error", "error": "provider down"})
    assert caught.value.event["error"] == "provider down"
    assert state.count == 2


def test_reasoning_tools_artifacts_and_summary_when_accumulating() -> None:
    events = [
        {"type": "summary", "request_id": "req_9", "model": "m-1"},
        {"type": "reasoning", "response": "think "},
        {"type": "reasoning", "response": "more"},
        {"type": "tool", "tool": "search", "tool_input": {"q": 1}},
        {"type": "artifact", "artifact": {"file_url": "https://f.example/a"}},
        {"type": "artifact", "artifact": "not an object"},
        {"type": "summary", "request_id": "req_other"},
        USAGE,
    ]
    kept = StreamState()
    kept.accumulate()
    feed(kept, *events)
    result = kept.finished()
    assert result.reasoning == "think more"
    assert [call["tool"] for call in result.tool_calls or []] == ["search"]
    assert result.artifacts == [{"file_url": "https://f.example/a"}]
    assert result.summary == events[0]  # the first summary
    assert (result.request_id, result.model) == ("req_9", "m-1")
    plain = StreamState()
    feed(plain, *events)
    result = plain.finished()
    assert result.reasoning == "" and result.summary is None
    assert "tool_calls" not in result and "artifacts" not in result
    # Bounded memory: a stream read event by event keeps none of them.
    assert (plain._answer, plain._reasoning, plain._tool_calls, plain._artifacts) == (
        [],
        [],
        [],
        [],
    )


def test_the_request_id_and_model_come_from_the_first_event_that_has_them() -> None:
    state = StreamState()
    feed(
        state,
        {"type": "response", "request_id": 7, "model": None, "response": ""},
        {"type": "response", "model": "m-2", "response": ""},
        {"type": "response", "request_id": "req_2", "model": "m-3", "response": ""},
        {"type": "response", "request_id": "req_3", "response": ""},
    )
    assert (state.request_id, state.model) == ("req_2", "m-2")


def test_an_incomplete_stream_keeps_the_last_few_events() -> None:
    state = StreamState()
    state.accumulate()
    feed(state, *({"type": "response", "response": str(i)} for i in range(8)))
    with pytest.raises(IncompleteStreamError) as caught:
        state.finished()
    error = caught.value
    assert RECENT_EVENTS == 5
    assert [e["response"] for e in error.events] == ["3", "4", "5", "6", "7"]
    assert error.events_received == 8 and error.partial.response == "01234567"
    assert error.request_id is None


class View(StreamBase):
    def __init__(self, response: httpx.Response) -> None:
        self._init(response, retries_taken=2)


def test_the_stream_view_reads_the_answer_and_the_state() -> None:
    response = httpx.Response(200, headers={"x-request-id": "req_h", "x-ratelimit-limit": "100"})
    view = View(response)
    assert view.http_response is response and view.retries_taken == 2
    assert view.request_id == "req_h"  # until an event names one
    assert view.rate_limit is not None and view.rate_limit.limit == 100
    assert View(httpx.Response(200)).rate_limit is None
    assert (view.events_received, view.completed, view.usage, view.stop_reason) == (
        0, False, None, None,
    )  # fmt: skip
    feed(view._state, RESPONSE, USAGE)
    assert view.request_id == "req_1" and view.events_received == 2 and view.completed
    assert view.usage == {"total_tokens": 7} and view.stop_reason == "end_turn"
    result = view._whole_answer()
    assert result.http_response is response and result.retries_taken == 2
