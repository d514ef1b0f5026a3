"""Issue 11, the client's own cases, sync and async: path ids that would leave their
endpoint, JSON nested too deeply anywhere an answer comes in, the webhook-secret header
and redirects, and what a stream reports when it is cut or odd."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from _wrapper_support import ChunkStream, Recorder, invoke, make_client, reply, sse_body, sse_reply
from fetch_hive_sdk import (
    APIResponseValidationError,
    APIStatusError,
    IncompleteStreamError,
    InputValidationError,
    InternalServerError,
)

pytestmark = pytest.mark.anyio

SECRET = "whsec_redirect_TOPSECRET"
CB = "https://example.com/cb"

# 1. Path ids: `.` and `..` would be normalised by httpx into another endpoint, which would
# receive the API key or the webhook secret. ---------------------------------------------

PATH_CALLS: list[tuple[str, str, tuple[Any, ...], dict[str, Any], str]] = [
    ("request id ..", "get_request", ("..",), {}, "request_id"),
    ("request id .", "get_request", (".",), {}, "request_id"),
    ("workflow endpoint ..", "trigger_workflow_webhook", ("..", "v1"), {"webhook_secret": SECRET, "callback_url": CB}, "workflow_endpoint_id"),
    ("workflow variant ..", "trigger_workflow_webhook", ("wf", ".."), {"webhook_secret": SECRET, "callback_url": CB}, "variant_id"),
    ("prompt variant .", "trigger_prompt_webhook", ("p", "."), {"webhook_secret": SECRET, "callback_url": CB}, "variant_id"),
    ("agent id ..", "trigger_agent_webhook", ("..",), {"webhook_secret": SECRET, "message": "m", "callback_url": CB}, "agent_id"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "argument"),
    [c[1:] for c in PATH_CALLS],
    ids=[c[0] for c in PATH_CALLS],
)
async def test_dot_segments_are_refused_before_sending(
    kind: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], argument: str
) -> None:
    recorder = Recorder([reply(200, {})])
    with pytest.raises(InputValidationError) as caught:
        await invoke(make_client(kind, recorder), method, *args, **kwargs)
    assert caught.value.argument == argument and recorder.requests == []


async def test_ids_with_dots_inside_stay_one_segment(kind: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "a", "status": "done", "request_type": "x"})])
    await invoke(make_client(kind, recorder), "get_request", "../v1/x.y")
    assert recorder.last.url.raw_path == b"/v1/public/requests/..%2Fv1%2Fx.y"


# 3. JSON nested too deeply: a typed error from the SDK's tree, never a RecursionError. -------

DEEP = "[" * 100_000 + "]" * 100_000


async def test_a_deep_success_body_is_a_validation_error(kind: str) -> None:
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        await invoke(make_client(kind, Recorder([reply(200, DEEP)])), "get_request", "r")


async def test_a_deep_error_body_is_still_a_status_error(kind: str) -> None:
    recorder = Recorder([reply(500, DEEP)])
    with pytest.raises(InternalServerError) as caught:
        await invoke(make_client(kind, recorder, max_retries=0), "get_request", "r")
    assert caught.value.status_code == 500 and isinstance(caught.value.body, str)


async def test_a_deep_stream_event_passes_through(kind: str) -> None:
    usage = {"type": "usage", "usage": {"total_tokens": 1}}
    recorder = Recorder([sse_reply(ChunkStream([sse_body(DEEP, usage)]))])
    stream = await invoke(
        make_client(kind, recorder), "invoke_prompt", deployment="p", streaming=True
    )
    events = [e async for e in stream] if kind == "async" else list(stream)
    assert events[0].raw == DEEP and events[-1]["type"] == "usage"


# 10. The webhook secret never follows a redirect, and is hidden in the request once sent. ---


def _redirecting(seen: list[tuple[str, str | None]]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("x-fetch-hive-webhook-secret")))
        if request.url.host == "api.test.fetchhive.invalid":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/steal"})
        return httpx.Response(202, json={"request_id": "r", "run_status": "running"})

    return handle


async def test_a_trigger_does_not_follow_a_redirect_even_if_the_client_would(kind: str) -> None:
    seen: list[tuple[str, str | None]] = []
    transport = httpx.MockTransport(_redirecting(seen))
    if kind == "sync":
        from fetch_hive_sdk import FetchHive

        client: Any = FetchHive(
            base_url="https://api.test.fetchhive.invalid/v1",
            http_client=httpx.Client(transport=transport, follow_redirects=True),
        )
    else:
        from fetch_hive_sdk import AsyncFetchHive

        client = AsyncFetchHive(
            base_url="https://api.test.fetchhive.invalid/v1",
            http_client=httpx.AsyncClient(transport=transport, follow_redirects=True),
        )
    with pytest.raises(APIStatusError) as caught:
        await invoke(
            client, "trigger_workflow_webhook", "wf", "v1", webhook_secret=SECRET, callback_url=CB
        )
    assert caught.value.status_code == 307
    assert [host for host, _ in seen] == ["api.test.fetchhive.invalid"]  # never elsewhere
    assert SECRET not in repr(caught.value.request.headers)
    assert SECRET not in repr(caught.value.response.request.headers)


async def test_reads_still_follow_the_callers_redirects(kind: str) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/old"):
            return httpx.Response(307, headers={"Location": "/v1/public/requests/new"})
        return httpx.Response(
            200, json={"request_id": "new", "status": "done", "request_type": "x"}
        )

    transport = httpx.MockTransport(handle)
    from fetch_hive_sdk import AsyncFetchHive, FetchHive

    client: Any = (
        FetchHive("fhk_test", "https://api.test/v1", http_client=httpx.Client(transport=transport, follow_redirects=True))
        if kind == "sync"
        else AsyncFetchHive("fhk_test", "https://api.test/v1", http_client=httpx.AsyncClient(transport=transport, follow_redirects=True))
    )  # fmt: skip
    record = await invoke(client, "get_request", "old")
    assert record["request_id"] == "new"


# 14. What a stream reports, beyond the decoder's framing. ----------------------------------


async def _events(kind: str, *events: Any, done: bool = False) -> tuple[list[Any], Any]:
    recorder = Recorder([sse_reply(ChunkStream([sse_body(*events, done=done)]))])
    stream = await invoke(
        make_client(kind, recorder), "invoke_prompt", deployment="p", streaming=True
    )
    if kind == "async":
        return [e async for e in stream], stream
    return list(stream), stream


async def test_a_stream_cut_after_an_unknown_event_is_incomplete(kind: str) -> None:
    with pytest.raises(IncompleteStreamError) as caught:
        await _events(kind, {"type": "response", "response": "Hi"}, {"type": "future", "x": 1})
    assert caught.value.events_received == 2
    assert [e["type"] for e in caught.value.events] == ["response", "future"]


async def test_a_malformed_usage_event_still_ends_the_stream(kind: str) -> None:
    events, stream = await _events(
        kind, {"type": "response", "response": "Hi"}, {"type": "usage", "usage": "n/a"}
    )
    assert stream.completed and events[-1]["usage"] == "n/a"


async def test_a_model_named_only_by_a_later_event_is_kept(kind: str) -> None:
    _, stream = await _events(
        kind,
        {"type": "response", "response": "a", "request_id": "req_1"},
        {"type": "response", "response": "b", "model": "m-2"},
        {"type": "usage", "usage": {"total_tokens": 2}},
    )
    result = stream._state.result()
    assert (result.request_id, result.model) == ("req_1", "m-2")


async def test_an_event_type_that_is_not_a_string_is_not_fatal(kind: str) -> None:
    events, stream = await _events(
        kind, {"type": ["response"]}, {"type": {"a": 1}}, {"type": "usage", "usage": {}}
    )
    assert [type(e).__name__ for e in events] == [
        "GenericStreamEvent",
        "GenericStreamEvent",
        "UsageEvent",
    ]
    assert stream.completed


# A final event without its blank line (the server closed right after it) is dispatched at
# the end of the body (`SSEDecoder.flush()`), by the clients' streams and by `iter_sse` /
# `aiter_sse` alike. -------------------------------------------------------------------

FINAL_USAGE = b'data: {"type":"usage","usage":{"total_tokens":3}}'
UNTERMINATED_ENDINGS = [
    ("no line end", FINAL_USAGE),
    ("LF only", FINAL_USAGE + b"\n"),
    ("CRLF only", FINAL_USAGE + b"\r\n"),
    ("CR only", FINAL_USAGE + b"\r"),
]


def _unterminated_body(ending: bytes) -> list[bytes]:
    """A response event, then the usage event without its blank line, in several chunks
    (the cut falls inside the last event)."""
    body = b'data: {"type":"response","response":"Hi"}\n\n' + ending
    return [body[:10], body[10:50], body[50:]]


@pytest.mark.parametrize(
    "ending", [c[1] for c in UNTERMINATED_ENDINGS], ids=[c[0] for c in UNTERMINATED_ENDINGS]
)
async def test_a_final_event_without_its_blank_line_completes_the_stream(
    kind: str, ending: bytes
) -> None:
    body = ChunkStream(_unterminated_body(ending))
    stream = await invoke(
        make_client(kind, Recorder([sse_reply(body)])),
        "invoke_prompt",
        deployment="p",
        streaming=True,
    )
    events = [e async for e in stream] if kind == "async" else list(stream)
    assert [e["type"] for e in events] == ["response", "usage"]
    assert events[-1]["usage"] == {"total_tokens": 3}
    assert stream.completed and body.closed


@pytest.mark.parametrize(
    "ending", [c[1] for c in UNTERMINATED_ENDINGS], ids=[c[0] for c in UNTERMINATED_ENDINGS]
)
async def test_until_done_gets_a_final_event_without_its_blank_line(
    kind: str, ending: bytes
) -> None:
    stream = await invoke(
        make_client(kind, Recorder([sse_reply(ChunkStream(_unterminated_body(ending)))])),
        "invoke_prompt",
        deployment="p",
        streaming=True,
    )
    result = stream.until_done()
    if kind == "async":
        result = await result
    assert result.usage["total_tokens"] == 3 and stream.completed


@pytest.mark.parametrize(
    "ending",
    [*(c[1] for c in UNTERMINATED_ENDINGS), FINAL_USAGE + b"\n\ndata: [DONE]"],
    ids=[*(c[0] for c in UNTERMINATED_ENDINGS), "then [DONE] without its blank line"],
)
async def test_iter_sse_gives_a_final_event_without_its_blank_line(
    kind: str, ending: bytes
) -> None:
    """`iter_sse` / `aiter_sse` over a response opened with httpx itself (an unterminated
    `[DONE]` ends the events, it is not one)."""
    from fetch_hive_sdk import aiter_sse, iter_sse

    chunks = _unterminated_body(ending)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=ChunkStream(chunks)
        )

    transport = httpx.MockTransport(handle)
    if kind == "sync":
        with (
            httpx.Client(transport=transport) as http,
            http.stream("POST", "https://api.test/v1/prompt/invoke") as response,
        ):
            events = list(iter_sse(response))
    else:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            http.stream("POST", "https://api.test/v1/prompt/invoke") as response,
        ):
            events = [event async for event in aiter_sse(response)]
    assert [event["type"] for event in events] == ["response", "usage"]
    assert events[-1]["usage"] == {"total_tokens": 3}


def test_json_dumps_of_every_event_kind() -> None:
    from fetch_hive_sdk._events import parse_stream_event

    for text in ('{"type": "response", "response": "x"}', '{"type": 3}', "not json"):
        assert isinstance(json.dumps(parse_stream_event(text)), str)
