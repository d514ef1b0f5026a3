"""Streams, sync and async: typed events, helpers, every failure mode, resources, 0.4.1 names."""

from __future__ import annotations

import gc
import inspect
from typing import Any

import httpx
import pytest
from _conditions import until
from _depth import examples
from _mypy_snippets import Checked, snippet
from _wrapper_support import (
    BASE_URL,
    ChunkStream,
    Recorder,
    Sleeps,
    invoke,
    make_client,
    reply,
    sse_body,
    sse_reply,
)
from fetch_hive_api import models
from fetch_hive_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncStream,
    AuthenticationError,
    GenericStreamEvent,
    IncompleteStreamError,
    InputValidationError,
    RateLimitError,
    Stream,
    StreamError,
    StreamResult,
    _base_client,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.anyio

RID = "req_019d52846ea37682b03522fd0695cc43"
USAGE = {
    "type": "usage",
    "request_id": RID,
    "usage": {
        "duration": 0.8,
        "prompt_tokens": {"total_tokens": 9, "cached_tokens": 1},
        "completion_tokens": {"total_tokens": 4, "reasoning_tokens": 2},
        "total_tokens": 13,
    },
    "stop_reason": "completed",
}
AGENT_EVENTS: list[Any] = [
    {
        "type": "summary",
        "summary_text": "So far",
        "original_token_count": 900,
        "context_limit": 800,
    },
    {"type": "reasoning", "request_id": RID, "model": "m-1", "response": "Let me ", "done": False},
    {"type": "reasoning", "request_id": RID, "model": "m-1", "response": "think.", "done": True},
    {
        "type": "tool",
        "tool_id": "t1",
        "tool": "google_search",
        "tool_input": {"q": "x"},
        "observation": "{}",
    },
    {
        "type": "artifact",
        "artifact": {"file_url": "https://files.example/chart.png", "file_name": "chart.png"},
    },
    {"type": "response", "request_id": RID, "model": "m-1", "response": "Hello", "done": False},
    {"type": "delegation_started", "delegation_id": "d1"},  # unknown today
    {"type": "response", "request_id": RID, "model": "m-1", "response": ", world", "done": True},
    USAGE,
]


def chunked(body: bytes, size: int = 7) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


async def open_stream(
    kind: str, recorder: Recorder, method: str = "invoke_agent", **options: Any
) -> Any:
    client = make_client(kind, recorder, options.pop("sleeps", None), **options)
    arguments: dict[str, Any] = (
        {"agent": "agent-1", "message": "hi"} if method == "invoke_agent" else {"deployment": "p"}
    )
    return await invoke(client, method, **arguments, streaming=True)


async def events_of(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):  # an AsyncStream, or an async generator
        return [event async for event in stream]
    return list(stream)


async def until_done(stream: Any) -> StreamResult:
    result = stream.until_done()
    return await result if inspect.isawaitable(result) else result  # type: ignore[no-any-return]


async def test_typed_events_in_order(kind: str) -> None:
    body = ChunkStream(chunked(sse_body(*AGENT_EVENTS)))
    recorder = Recorder([sse_reply(body)])
    stream = await open_stream(kind, recorder)
    assert isinstance(stream, AsyncStream if kind == "async" else Stream)
    assert recorder.body()["streaming"] is True
    assert recorder.last.headers["accept"] == "text/event-stream"
    events = await events_of(stream)
    expected_classes = [
        models.SummaryEvent,
        models.ReasoningEvent,
        models.ReasoningEvent,
        models.ToolEvent,
        models.ArtifactEvent,
        models.ResponseEvent,
        GenericStreamEvent,
        models.ResponseEvent,
        models.UsageEvent,
    ]
    for event, cls, raw in zip(events, expected_classes, AGENT_EVENTS, strict=True):
        assert isinstance(event, cls)
        assert event.get("type") == raw["type"] == event["type"] == event.type
        assert event.to_dict() == raw
    assert events[5].response == "Hello" and events[5]["response"] == "Hello"
    assert events[3].tool_input["q"] == "x"
    assert events[6]["delegation_id"] == "d1"  # unknown type: passed through, not fatal
    assert stream.completed and stream.usage.total_tokens == 13
    assert stream.stop_reason == "completed" and stream.request_id == RID
    assert stream.events_received == 9
    assert body.closed  # the connection went back to the pool at the end


async def test_prompt_stream(kind: str) -> None:
    events = [
        {"type": "reasoning", "request_id": RID, "model": "m", "response": "Plan"},
        {"type": "response", "request_id": RID, "model": "m", "response": "Hi "},
        {"type": "response", "request_id": RID, "model": "m", "response": "Alice"},
        USAGE,
    ]
    recorder = Recorder([sse_reply(ChunkStream([sse_body(*events, done=False)]))])
    stream = await open_stream(kind, recorder, "invoke_prompt")
    assert str(recorder.last.url) == f"{BASE_URL}/prompt/invoke"
    assert recorder.body() == {"deployment": "p", "streaming": True}
    result = await until_done(stream)  # ends with usage, no [DONE]: complete
    assert (result.response, result.reasoning) == ("Hi Alice", "Plan")
    assert result.usage.completion_tokens.reasoning_tokens == 2
    assert result.model == "m" and result.events_received == 4


async def test_text_deltas_and_until_done(kind: str) -> None:
    recorder = Recorder([sse_reply(ChunkStream(chunked(sse_body(*AGENT_EVENTS), 3)))])
    stream = await open_stream(kind, recorder)
    deltas = stream.text_deltas()
    texts = [t async for t in deltas] if kind == "async" else list(deltas)
    assert texts == ["Hello", ", world"]
    assert stream.usage.total_tokens == 13

    recorder = Recorder([sse_reply(ChunkStream(chunked(sse_body(*AGENT_EVENTS), 5)))])
    result = await until_done(await open_stream(kind, recorder))
    assert result.response == "Hello, world"
    assert result.reasoning == "Let me think."
    assert [call.tool for call in result.tool_calls] == ["google_search"]
    assert [artifact.file_name for artifact in result.artifacts] == ["chart.png"]
    assert result.summary.summary_text == "So far"
    assert result.stop_reason == "completed" and result.request_id == RID
    assert result.events_received == 9


async def test_done_without_usage_is_complete(kind: str) -> None:
    body = sse_body({"type": "response", "response": "ok"}, done=True)
    stream = await open_stream(kind, Recorder([sse_reply(ChunkStream([body]))]))
    result = await until_done(stream)
    assert result.response == "ok" and result.usage is None and stream.completed


async def test_http_error_before_the_stream(kind: str) -> None:
    recorder = Recorder([reply(401, {"error": "Invalid access."})])
    with pytest.raises(AuthenticationError) as caught:
        await open_stream(kind, recorder)
    assert isinstance(caught.value, httpx.HTTPStatusError)


async def test_retried_before_the_first_byte(kind: str, sleeps: Sleeps) -> None:
    body = ChunkStream([sse_body({"type": "response", "response": "ok"}, USAGE)])
    recorder = Recorder([reply(429, {"error": "busy"}, **{"Retry-After": "1"}), sse_reply(body)])
    stream = await open_stream(kind, recorder, sleeps=sleeps)
    assert stream.retries_taken == 1 and sleeps.delays == [1.0]
    result = await until_done(stream)
    assert result.response == "ok"
    # The whole answer says how it was obtained, as every result does.
    assert result.retries_taken == 1
    assert result.http_response is stream.http_response is stream.response
    assert result.http_response.status_code == 200
    assert "retries_taken" not in result and "http_response" not in result


async def test_a_streamed_tool_input_may_be_serialised_json(kind: str) -> None:
    tool = {"type": "tool", "tool": "search", "tool_input": '{"q": "x"}', "observation": "{}"}
    recorder = Recorder([sse_reply(ChunkStream([sse_body(tool, USAGE)]))])
    stream = await open_stream(kind, recorder)
    result = await until_done(stream)
    assert result.tool_calls[0].tool_input == '{"q": "x"}'
    recorder = Recorder([sse_reply(ChunkStream([sse_body(tool, USAGE)]))])
    events = await events_of(await open_stream(kind, recorder))
    assert events[0].tool_input == '{"q": "x"}'


async def test_events_and_the_whole_answer_are_plain_json_values(kind: str) -> None:
    import copy
    import json
    import pickle

    recorder = Recorder([sse_reply(ChunkStream(chunked(sse_body(*AGENT_EVENTS), 11)))])
    events = await events_of(await open_stream(kind, recorder))
    assert [json.loads(json.dumps(event)) for event in events] == AGENT_EVENTS
    for event, raw in zip(events, AGENT_EVENTS, strict=True):
        for twin in (pickle.loads(pickle.dumps(event)), copy.deepcopy(event)):
            assert type(twin) is type(event) and twin == event == raw

    recorder = Recorder([sse_reply(ChunkStream(chunked(sse_body(*AGENT_EVENTS), 11)))])
    result = await until_done(await open_stream(kind, recorder))
    wire = json.loads(json.dumps(result))
    assert wire["response"] == "Hello, world" and wire["usage"] == USAGE["usage"]
    for twin in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result)):
        assert type(twin) is StreamResult and twin == result == wire
        assert twin.tool_calls[0].tool_input["q"] == "x"
        assert (
            twin["usage"]["prompt_tokens"]["cached_tokens"]
            == twin.usage.prompt_tokens.cached_tokens
            == 1
        )


async def test_daily_cap_before_the_stream_is_not_retried(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(429, {"error": "cap", "error_code": "api_rate_limit_exceeded"})])
    with pytest.raises(RateLimitError):
        await open_stream(kind, recorder, sleeps=sleeps)
    assert len(recorder.requests) == 1


async def test_error_event_raises_stream_error(kind: str) -> None:
    error_event = {
        "type": "error",
        "request_id": RID,
        "error": "provider_error",
        "message": "The model provider failed",
        "provider": "openai",
        "error_type": "provider_stream_error",
        "status_code": 502,
        "error_code": "internal_server_error",
    }
    body = ChunkStream(chunked(sse_body({"type": "response", "response": "Part"}, error_event)))
    stream = await open_stream(kind, Recorder([sse_reply(body)]))
    seen: list[Any] = []
    with pytest.raises(StreamError) as caught:
        if kind == "async":
            async for event in stream:
                seen.append(event)
        else:
            for event in stream:
                seen.append(event)
    error = caught.value
    assert [e["response"] for e in seen] == ["Part"]  # what came before was delivered
    assert isinstance(error, APIError) and not isinstance(error, httpx.HTTPStatusError)
    assert error.status_code == 502  # the provider's status, not the stream's 200
    assert (error.error, error.message, error.provider) == (
        "provider_error",
        "The model provider failed",
        "openai",
    )
    assert (error.error_type, error.error_code, error.request_id) == (
        "provider_stream_error",
        "internal_server_error",
        RID,
    )
    assert str(error) == "The model provider failed"
    assert error.event["type"] == "error"
    assert body.closed


async def test_error_event_from_until_done(kind: str) -> None:
    body = ChunkStream([sse_body({"type": "error", "error": "boom"})])
    stream = await open_stream(kind, Recorder([sse_reply(body)]))
    with pytest.raises(StreamError, match="boom"):
        await until_done(stream)
    with pytest.raises(IncompleteStreamError):  # asking again does not pretend success
        await until_done(stream)


async def test_until_done_after_close_is_incomplete(kind: str) -> None:
    stream = await open_stream(kind, Recorder([sse_reply(ChunkStream([sse_body(*AGENT_EVENTS)]))]))
    closed = stream.close()
    if inspect.isawaitable(closed):
        await closed
    with pytest.raises(IncompleteStreamError) as caught:
        await until_done(stream)
    assert caught.value.events_received == 0


async def test_stream_ending_early_raises_incomplete(kind: str) -> None:
    events = [
        {"type": "response", "request_id": RID, "response": "Half an "},
        {"type": "response", "response": "answ"},
    ]
    body = ChunkStream(chunked(sse_body(*events, done=False), 4))
    stream = await open_stream(kind, Recorder([sse_reply(body)]))
    with pytest.raises(IncompleteStreamError) as caught:
        await until_done(stream)
    error = caught.value
    assert error.partial.response == "Half an answ"
    assert error.events_received == 2 and error.request_id == RID
    assert [type(e) for e in error.events] == [models.ResponseEvent] * 2
    assert [e["response"] for e in error.events] == ["Half an ", "answ"]
    assert isinstance(error, APIError)
    assert body.closed


async def test_empty_stream_is_incomplete(kind: str) -> None:
    stream = await open_stream(kind, Recorder([sse_reply(ChunkStream([]))]))
    with pytest.raises(IncompleteStreamError):
        await events_of(stream)


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.DecodingError("bad gzip"), APIConnectionError),
    ],
)
async def test_transport_error_mid_stream(
    kind: str, sleeps: Sleeps, failure: Exception, error_class: type
) -> None:
    body = ChunkStream(
        [sse_body({"type": "response", "response": "Hi"}, done=False)], error=failure
    )
    recorder = Recorder([sse_reply(body)])
    stream = await open_stream(kind, recorder, sleeps=sleeps)
    seen: list[Any] = []
    with pytest.raises(error_class) as caught:
        if kind == "async":
            async for event in stream:
                seen.append(event)
        else:
            for event in stream:
                seen.append(event)
    assert [e["response"] for e in seen] == ["Hi"]
    assert isinstance(caught.value.__cause__, type(failure))
    assert len(recorder.requests) == 1 and sleeps.delays == []  # never retried after bytes
    assert body.closed


async def test_close_and_context_manager_release_the_connection(kind: str) -> None:
    for use_with in (True, False):
        body = ChunkStream(chunked(sse_body(*AGENT_EVENTS), 30))
        stream = await open_stream(kind, Recorder([sse_reply(body)]))
        if kind == "async":
            if use_with:
                async with stream:
                    async for _ in stream:
                        break
            else:
                await stream.__anext__()
                await stream.close()
                await stream.close()  # twice is fine
        else:
            if use_with:
                with stream:
                    for _ in stream:
                        break
            else:
                next(stream)
                stream.close()
                stream.close()
        assert body.closed
        assert body.chunks_read < len(body.chunks)  # it stopped reading


def test_leaving_a_loop_early_or_dropping_releases_the_connection() -> None:
    body = ChunkStream(chunked(sse_body(*AGENT_EVENTS), 30))
    client = make_client("sync", Recorder([sse_reply(body)]))
    for _ in client.invoke_agent(agent="a", message="m", streaming=True):  # type: ignore[union-attr]
        break
    gc.collect()
    assert body.closed

    unread = ChunkStream(chunked(sse_body(*AGENT_EVENTS), 30))
    client = make_client("sync", Recorder([sse_reply(unread)]))
    stream = client.invoke_agent(agent="a", message="m", streaming=True)
    del stream  # never iterated
    assert unread.closed


async def test_async_leaving_a_loop_early_or_dropping_releases_the_connection() -> None:
    for iterate in (True, False):
        body = ChunkStream(chunked(sse_body(*AGENT_EVENTS), 30))
        client = make_client("async", Recorder([sse_reply(body)]))
        stream = await invoke(client, "invoke_agent", agent="a", message="m", streaming=True)
        if iterate:
            async for _ in stream:
                break
        del stream
        gc.collect()
        # Closing a dropped async stream runs on the event loop: wait for it, bounded.
        await until(
            lambda body=body: body.closed, f"dropped stream (iterated: {iterate}) not closed"
        )


async def test_malformed_and_unknown_data_pass_through(kind: str) -> None:
    body = ChunkStream([sse_body("not json", '{"type": "future_type", "a": 1}', USAGE)])
    events = await events_of(await open_stream(kind, Recorder([sse_reply(body)])))
    assert [type(e) for e in events[:2]] == [GenericStreamEvent, GenericStreamEvent]
    assert events[0].raw == "not json" and events[1].type == "future_type"


async def test_streaming_flag_is_validated(kind: str) -> None:
    with pytest.raises(InputValidationError, match="streaming"):
        await invoke(
            make_client(kind, Recorder([])), "invoke_prompt", deployment="p", streaming="yes"
        )


# The names fetch-hive-sdk 0.4.1 users call. --------------------------------------------


async def test_0_4_1_stream_methods(kind: str) -> None:
    recorder = Recorder([sse_reply(ChunkStream([sse_body(*AGENT_EVENTS)]))])
    client = make_client(kind, recorder)
    stream = await invoke(client, "invoke_agent_stream", agent="a", message="m", thread_id="")
    chunks = await events_of(stream)
    assert [c.get("type") for c in chunks][-1] == "usage"
    assert recorder.body() == {"agent": "a", "message": "m", "streaming": True}
    stream = await invoke(client, "invoke_prompt_stream", deployment="p", variant="v1")
    texts = [c.get("response", "") for c in await events_of(stream) if c.get("type") == "response"]
    assert texts == ["Hello", ", world"]
    assert recorder.body()["variant"] == "v1"


async def test_0_4_1_stream_methods_are_lazy_like_0_4_1(kind: str) -> None:
    # 0.4.1's generators send nothing until iterated, and raise httpx.HTTPStatusError from
    # the loop; invoke_*(..., streaming=True) raises at the call instead.
    recorder = Recorder([reply(429, {"error": "slow down"})])
    client = make_client(kind, recorder, max_retries=0)
    generator = client.invoke_prompt_stream(deployment="p")
    assert recorder.requests == []
    with pytest.raises(httpx.HTTPStatusError) as caught:
        await events_of(generator)
    assert caught.value.response.status_code == 429 and len(recorder.requests) == 1
    with pytest.raises(httpx.HTTPStatusError):
        await invoke(client, "invoke_prompt", deployment="p", streaming=True)
    assert len(recorder.requests) == 2


async def test_0_4_1_async_generators(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder([sse_reply(ChunkStream([sse_body(*AGENT_EVENTS)]))])
    # The sync client's async generators use a short-lived async pool: give it the mock.
    monkeypatch.setattr(
        _base_client,
        "new_http_client",
        lambda cls: cls(transport=httpx.MockTransport(recorder)),
    )
    client = make_client(kind, recorder)
    chunks = [c async for c in client.ainvoke_agent_stream(agent="a", message="m")]
    assert chunks[0].get("type") == "summary"
    prompt_chunks = [c async for c in client.ainvoke_prompt_stream(deployment="p")]
    assert len(prompt_chunks) == len(AGENT_EVENTS)
    assert recorder.last.headers["authorization"].startswith("Bearer fhk_test")
    assert str(recorder.last.url) == f"{BASE_URL}/prompt/invoke"


TYPING_SNIPPET = snippet(
    "streaming_overloads",
    """
from fetch_hive_sdk import AsyncFetchHive, FetchHive

async def check(client: FetchHive, aclient: AsyncFetchHive, flag: bool) -> None:
    reveal_type(client.invoke_prompt(deployment="p"))
    reveal_type(client.invoke_prompt(deployment="p", streaming=True))
    reveal_type(client.invoke_agent(agent="a", message="m", streaming=flag))
    reveal_type(await aclient.invoke_agent(agent="a", message="m", streaming=True))
    reveal_type(await aclient.invoke_prompt(deployment="p", streaming=False))
""",
)


@pytest.mark.mypy
def test_overloads_tell_type_checkers_which_result(mypy_snippets: dict[str, Checked]) -> None:
    checked = mypy_snippets[TYPING_SNIPPET]
    assert checked.revealed == [
        '"fetch_hive_api.models.prompt_response.PromptResponse"',
        '"fetch_hive_sdk._sync._streaming.Stream"',
        '"fetch_hive_api.models.agent_response.AgentResponse | fetch_hive_sdk._sync._streaming.Stream"',
        '"fetch_hive_sdk._async._streaming.AsyncStream"',
        '"fetch_hive_api.models.prompt_response.PromptResponse"',
    ], checked.output


# Property: any events, through the whole client stream, cut anywhere, come out the same. --

SCALAR = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8)
EVENT_TYPE = st.sampled_from(
    ["summary", "reasoning", "response", "tool", "artifact", "error", "future"]
)


@st.composite
def stream_events(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(EVENT_TYPE)
    event: dict[str, Any] = {"type": kind}
    if kind in ("reasoning", "response"):
        event["response"] = draw(st.text(max_size=12))
        event["request_id"] = RID
    elif kind == "tool":
        event["tool"] = draw(st.text(max_size=6))
        event["tool_input"] = draw(st.dictionaries(st.text(max_size=4), SCALAR, max_size=3))
    elif kind == "artifact":
        event["artifact"] = {"file_url": "https://files.example/" + draw(st.text(max_size=5))}
    event.update(
        draw(st.dictionaries(st.sampled_from(["x_extra", "ünï", "n"]), SCALAR, max_size=2))
    )
    return event


@settings(
    max_examples=examples(80),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    events=st.lists(stream_events(), max_size=12).filter(
        lambda evs: all(e["type"] != "error" for e in evs)
    ),
    cuts=st.lists(st.integers(min_value=0, max_value=100_000), max_size=10),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_any_events_cut_anywhere_come_out_the_same(
    events: list[dict[str, Any]], cuts: list[int], newline: str
) -> None:
    body = sse_body(*events, USAGE, done=True).replace(b"\n", newline.encode())
    points = sorted({cut % (len(body) + 1) for cut in cuts})
    chunks = [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]
    client = make_client("sync", Recorder([sse_reply(ChunkStream(chunks))]))
    stream = client.invoke_prompt(deployment="p", streaming=True)  # type: ignore[union-attr]
    received = [event.to_dict() for event in stream.accumulate()]
    assert received == [*events, USAGE]
    expected_text = "".join(e["response"] for e in events if e["type"] == "response")
    assert stream.until_done().response == expected_text


async def test_an_answer_that_is_not_a_stream_is_reported(kind: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "whole answer"})])
    with pytest.raises(APIResponseValidationError, match="application/json") as caught:
        await open_stream(kind, recorder, "invoke_prompt")
    assert caught.value.body == {"request_id": "r", "response": "whole answer"}
