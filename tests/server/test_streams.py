"""Streams: reasoning and response chunks, tool events, the final usage event, `[DONE]`."""

from __future__ import annotations

import json

import httpx
from fetch_hive_reference.content import count_tokens
from fetch_hive_reference.testing import RunningServer, running_server

from tests.server._support import sse_events


def _stream(
    client: httpx.Client, path: str, body: dict[str, object]
) -> tuple[httpx.Response, list[str]]:
    response = client.post(path, json={**body, "streaming": True})
    return response, sse_events(response.text)


def test_prompt_stream_chunks_add_up_to_the_answer(client: httpx.Client) -> None:
    body = {"deployment": "reasoning-helper", "inputs": {"name": "Alice"}}
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


def test_agent_stream_has_tool_done_flags_and_usage(client: httpx.Client) -> None:
    client.post("/agent/invoke", json={"agent": "s", "message": "first", "thread_id": "st"})
    _, frames = _stream(
        client, "/agent/invoke", {"agent": "s", "message": "search the news?", "thread_id": "st"}
    )
    events = [json.loads(frame) for frame in frames[:-1]]
    assert frames[-1] == "[DONE]"
    kinds = [event["type"] for event in events]
    # A short continued thread is far from the context limit: no summary (docs).
    assert "summary" not in kinds and kinds[-1] == "usage"
    assert kinds.index("tool") < kinds.index("response")
    tool = events[kinds.index("tool")]
    assert tool["tool"] == "google_search" and json.loads(tool["observation"])["results"] >= 1
    chunks = [event for event in events if event["type"] == "response"]
    assert [chunk["done"] for chunk in chunks] == [False] * (len(chunks) - 1) + [True]


def test_stream_runs_are_recorded(client: httpx.Client, server: RunningServer) -> None:
    response, _ = _stream(client, "/prompt/invoke", {"deployment": "x"})
    record = server.get_run(response.headers["X-Request-Id"])
    assert record is not None and record.status == "completed"


def _thread_stream(client: httpx.Client, thread: str, message: str) -> list[dict[str, object]]:
    _, frames = _stream(
        client, "/agent/invoke", {"agent": "s", "message": message, "thread_id": thread}
    )
    return [json.loads(frame) for frame in frames[:-1]]


def test_a_summary_starts_the_stream_only_when_the_thread_nears_the_context_limit() -> None:
    # 100 tokens of context: the summary comes once the history reaches 80% of it.
    long_message = " ".join(f"word{i}" for i in range(60))
    with running_server(stream_pace=0, context_limit=100) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as client:
            first = _thread_stream(client, "long", long_message)
            assert "summary" not in [event["type"] for event in first]  # no history yet
            second = _thread_stream(client, "long", "short")
            summary = second[0]
            assert summary["type"] == "summary"
            assert summary["context_limit"] == 100
            assert summary["original_token_count"] >= 80
            assert "2 earlier message(s)" in str(summary["summary_text"])
            # The thread goes on from its summary: the next turn is below the limit again.
            history = server.state.thread_history("s", "long")
            assert history[0] == {"role": "system", "content": summary["summary_text"]}
            third = _thread_stream(client, "long", "next")
            assert third[0]["type"] != "summary"
