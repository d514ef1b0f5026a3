"""Streams: reasoning and response chunks, tool events, the final usage event, `[DONE]`."""

from __future__ import annotations

import json

import httpx
from fetch_hive_reference.content import count_tokens
from fetch_hive_reference.testing import RunningServer

from tests.server._support import sse_events


def _stream(
    client: httpx.Client, path: str, body: dict[str, object]
) -> tuple[httpx.Response, list[str]]:
    response = client.post(path, json={**body, "streaming": True})
    return response, sse_events(response.text)


def test_prompt_stream_chunks_add_up_to_the_answer(client: httpx.Client) -> None:
    body = {"deployment": "helper-reasoning", "inputs": {"name": "Alice"}}
    plain = client.post("/prompt/invoke", json=body).json()
    response, frames = _stream(client, "/prompt/invoke", body)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert frames[-1] == "[DONE]"
    events = [json.loads(frame) for frame in frames[:-1]]
    kinds = [event["type"] for event in events]
    # Reasoning first, then the answer, usage last.
    assert kinds == sorted(kinds, key=["reasoning", "response", "usage"].index)
    assert kinds.count("response") > 1 and kinds.count("reasoning") > 1
    reasoning = "".join(e["response"] for e in events if e["type"] == "reasoning")
    text = "".join(e["response"] for e in events if e["type"] == "response")
    assert (reasoning, text) == (plain["reasoning"], plain["response"])
    usage = events[-1]
    assert usage["request_id"] == response.headers["X-Request-Id"]
    assert usage["stop_reason"] == "completed"
    assert usage["usage"]["completion_tokens"]["total_tokens"] == count_tokens(text) + count_tokens(
        reasoning
    )
    assert usage["usage"]["duration"] >= 0


def test_agent_stream_has_summary_tool_done_flags_and_usage(client: httpx.Client) -> None:
    client.post("/agent/invoke", json={"agent": "s", "message": "first", "thread_id": "st"})
    _, frames = _stream(
        client, "/agent/invoke", {"agent": "s", "message": "search the news?", "thread_id": "st"}
    )
    events = [json.loads(frame) for frame in frames[:-1]]
    assert frames[-1] == "[DONE]"
    kinds = [event["type"] for event in events]
    assert kinds[0] == "summary" and kinds[-1] == "usage"
    assert kinds.index("tool") < kinds.index("response")
    tool = events[kinds.index("tool")]
    assert tool["tool"] == "google_search" and json.loads(tool["observation"])["results"] >= 1
    chunks = [event for event in events if event["type"] == "response"]
    assert [chunk["done"] for chunk in chunks] == [False] * (len(chunks) - 1) + [True]


def test_stream_runs_are_recorded(client: httpx.Client, server: RunningServer) -> None:
    response, _ = _stream(client, "/prompt/invoke", {"deployment": "x"})
    record = server.get_run(response.headers["X-Request-Id"])
    assert record is not None and record.status == "completed"
