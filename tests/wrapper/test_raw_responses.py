"""Per-call options and raw responses, as openai-python and anthropic-sdk-python users
expect them (issue 20 parts 3 and 4): `extra_query`, `extra_body`, `copy()`,
`default_query`, the default httpx clients, `with_raw_response` and
`with_streaming_response` for every operation (the invokes and streams included)."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
from _wrapper_support import WS, ChunkStream, Recorder, make_client, reply, sse_body, sse_reply
from fetch_hive_sdk import (
    AsyncFetchHive,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    FetchHive,
    InputValidationError,
)

pytestmark = pytest.mark.anyio

KB = "0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"
PROMPT = {"request_id": "req_1", "response": "Hi", "usage": {"total_tokens": 3}}


async def _run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


# Per-call options -----------------------------------------------------------------------


async def test_extra_query_and_extra_body_are_merged(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT)])
    client = make_client(kind, recorder)
    await _run(
        client.invoke_prompt(
            deployment="welcome", extra_query={"trace": "on", "n": 2, "flag": True},
            extra_body={"new_field": {"a": [1]}, "variant": "v9"},
        )
    )  # fmt: skip
    request = recorder.last
    assert request.url.params["trace"] == "on" and request.url.params["n"] == "2"
    assert request.url.params["flag"] == "true"
    body = json.loads(request.content)
    # Added over the SDK's own fields (`variant` given here wins), not checked against the
    # request schema (which knows no `new_field`).
    assert body["new_field"] == {"a": [1]} and body["variant"] == "v9"
    assert body["deployment"] == "welcome"


async def test_extra_body_on_a_resource_method_with_field_keywords(kind: str) -> None:
    recorder = Recorder([reply(200, {"knowledge_base": {"id": KB, "name": "x"}})])
    client = make_client(kind, recorder, workspace_id=WS)
    await _run(client.knowledge_bases.create(name="x", extra_body={"beta": True}, timeout=3))
    assert json.loads(recorder.last.content) == {"knowledge_base": {"name": "x"}, "beta": True}
    assert recorder.last.extensions["timeout"]["read"] == 3


BAD_OPTIONS = [
    ({"extra_body": {"x": float("nan")}}, "x: must be a finite number"),
    ({"extra_body": ["x"]}, "extra_body: must be a mapping"),
    ({"extra_query": {"q": {"nested": 1}}}, 'extra_query["q"]: must be text'),
    ({"extra_query": {"q": "a\r\nb"}}, "control character"),
    ({"extra_query": {"": "x"}}, "names must be non-empty"),
]


@pytest.mark.parametrize(("options", "fragment"), BAD_OPTIONS)
async def test_bad_extra_options_are_refused_before_sending(
    kind: str, options: dict[str, Any], fragment: str
) -> None:
    recorder = Recorder([reply(200, PROMPT)])
    with pytest.raises(InputValidationError, match=fragment.replace("[", r"\[")):
        await _run(make_client(kind, recorder).invoke_prompt(deployment="p", **options))
    assert recorder.requests == []


async def test_extra_body_on_an_operation_without_a_body_is_refused(kind: str) -> None:
    recorder = Recorder([reply(200, {"knowledge_bases": []})])
    client = make_client(kind, recorder, workspace_id=WS)
    with pytest.raises(InputValidationError, match="sends no JSON body"):
        await _run(client.knowledge_bases.list(extra_body={"x": 1}))
    assert recorder.requests == []


async def test_default_query_copy_and_with_options(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT)])
    client = make_client(kind, recorder, default_query={"region": "eu"})
    await _run(client.invoke_prompt(deployment="p"))
    assert recorder.last.url.params["region"] == "eu"
    copied = client.copy(default_query={"tenant": "t1"}, max_retries=0)
    assert type(copied) is type(client) and copied.max_retries == 0
    await _run(copied.invoke_prompt(deployment="p", extra_query={"region": "us"}))
    assert dict(recorder.last.url.params) == {"region": "us", "tenant": "t1"}
    assert client.max_retries == 2  # the original keeps its settings
    with pytest.raises(InputValidationError, match="default_query"):
        client.copy(default_query={"q": [1.5, float("inf")]})


def test_the_default_httpx_clients_carry_the_sdks_defaults() -> None:
    with DefaultHttpxClient() as http:
        assert http.follow_redirects is False and http.timeout.connect == 5.0
        assert http.timeout.read == 120.0
        client = FetchHive(api_key="k", http_client=http)
        assert client._http is http
    async_http = DefaultAsyncHttpxClient(proxy=None)
    assert isinstance(async_http, httpx.AsyncClient) and async_http.follow_redirects is False
    AsyncFetchHive(api_key="k", http_client=async_http)


@pytest.mark.parametrize("client_class", [DefaultHttpxClient, DefaultAsyncHttpxClient])
async def test_the_default_clients_keep_the_cookies_answers_set(client_class: type) -> None:
    # The jar skips answers without Set-Cookie (a cost per call); one that sets a cookie is
    # still read, and a jar assigned later works the same.
    sent: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        headers = {"set-cookie": "session=abc; Path=/"} if len(sent) == 2 else {}
        return httpx.Response(200, headers=headers, json={})

    is_async = client_class is DefaultAsyncHttpxClient
    http = client_class(transport=httpx.MockTransport(answer), base_url="http://127.0.0.1")
    for step in range(4):
        if step == 3:
            http.cookies = {"other": "1"}
        result = http.get("/")
        if is_async:
            await result
    assert sent == [None, None, "session=abc", "other=1"]
    assert type(http.cookies).__name__ == "SetCookieJar"
    await http.aclose() if is_async else http.close()


# Raw responses --------------------------------------------------------------------------


async def test_with_raw_response_gives_the_answer_and_parse(kind: str) -> None:
    recorder = Recorder(
        [reply(200, {"knowledge_base": {"id": KB, "name": "x"}}, **{"x-request-id": "r1"})]
    )
    client = make_client(kind, recorder, workspace_id=WS)
    response = await _run(client.with_raw_response.knowledge_bases.get(KB))
    assert response.status_code == 200 and response.request_id == "r1"
    assert response.headers["content-type"] == "application/json"
    kb = await _run(response.parse())
    assert kb.id == KB and kb == {"id": KB, "name": "x"}  # unwrapped, as the method returns it
    assert await _run(response.parse()) is kb  # parsed once


async def test_with_raw_response_of_an_invoke_and_of_a_stream(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT)])
    client = make_client(kind, recorder)
    response = await _run(client.with_raw_response.invoke_prompt(deployment="p"))
    assert (await _run(response.parse())).response == "Hi"
    events = [{"type": "response", "response": "He"}, {"type": "usage", "usage": {}}]
    stream_body = ChunkStream([sse_body(*events)])
    client = make_client(kind, Recorder([sse_reply(stream_body)]))
    response = await _run(client.with_raw_response.invoke_prompt(deployment="p", streaming=True))
    assert response.headers["content-type"].startswith("text/event-stream")
    stream = await _run(response.parse())
    if kind == "sync":
        texts = [e.get("response") for e in stream]
    else:
        texts = [e.get("response") async for e in stream]
    assert texts == ["He", None]


async def test_with_streaming_response_does_not_read_the_body(kind: str) -> None:
    chunks = ChunkStream([b'{"knowledge_base": {"id": "', KB.encode(), b'"}}'])
    recorder = Recorder(
        [
            lambda request: httpx.Response(
                200, stream=chunks, headers={"content-type": "application/json"}
            )
        ]
    )
    client = make_client(kind, recorder, workspace_id=WS)
    call = client.with_streaming_response.knowledge_bases.get(KB)
    assert recorder.requests == []  # nothing sent before entering
    if kind == "sync":
        with call as response:
            assert chunks.chunks_read == 0  # not read
            assert response.parse().id == KB
    else:
        async with call as response:
            assert chunks.chunks_read == 0
            assert (await response.parse()).id == KB
    assert chunks.closed


async def test_with_streaming_response_lines(kind: str) -> None:
    events = [{"type": "response", "response": "Hi"}, {"type": "usage", "usage": {}}]
    body = ChunkStream([sse_body(*events)])
    client = make_client(kind, Recorder([sse_reply(body)]))
    call = client.with_streaming_response.invoke_prompt(deployment="p", streaming=True)
    if kind == "sync":
        with call as response:
            lines = [line for line in response.iter_lines() if line]
    else:
        async with call as response:
            lines = [line async for line in response.iter_lines() if line]
    assert lines[0] == 'data: {"type": "response", "response": "Hi"}'


async def test_raw_responses_of_a_paged_list(kind: str) -> None:
    pages = iter([
        {"tool_action_approvals": [{"id": "a1"}], "next_cursor": "c2"},
        {"tool_action_approvals": [{"id": "a2"}], "next_cursor": None},
    ])  # fmt: skip
    recorder = Recorder([lambda request: httpx.Response(200, json=next(pages))])
    client = make_client(kind, recorder, workspace_id=WS)
    response = await _run(client.with_raw_response.approvals.list())
    assert response.status_code == 200 and len(recorder.requests) == 1
    parsed = await _run(response.parse())
    assert [a.id for a in parsed] == ["a1", "a2"]  # the pager (sync), every item (async)


async def test_errors_are_raised_as_usual(kind: str) -> None:
    from fetch_hive_sdk import NotFoundError

    client = make_client(kind, Recorder([reply(404, {"error": "no"})]), workspace_id=WS)
    with pytest.raises(NotFoundError):
        await _run(client.with_raw_response.knowledge_bases.get(KB))


def test_every_operation_has_raw_and_streaming_forms() -> None:
    from tests.spec.spec_walk import operations

    for client_class in (FetchHive, AsyncFetchHive):
        client = client_class(api_key="k")
        for op in operations():
            sdk = op.node["x-fetch-hive-sdk"]
            if "skip" in sdk:
                continue
            for proxy in (client.with_raw_response, client.with_streaming_response):
                target: Any = proxy
                for part in sdk["method"].split("."):
                    target = getattr(target, part)
                assert callable(target), (client_class.__name__, sdk["method"])
