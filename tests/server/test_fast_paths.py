"""The server's cheaper ways of doing its work give the bytes the plain ways gave: frames made
from a head encoded once, prompt answers from a completion encoded once, completions kept for
prompts asked again, header lists made directly, the body read without Starlette's generator,
and unpaced streams sent without the task group that watches for a disconnect."""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

import httpx
import pytest
from fetch_hive_reference import content, gate
from fetch_hive_reference.app import create_app
from fetch_hive_reference.content import encode_answer
from fetch_hive_reference.handlers.prompts import prompt_answer
from fetch_hive_reference.settings import Settings
from fetch_hive_reference.state import new_request_id
from fetch_hive_reference.streaming import frame, text_frames
from fetch_hive_reference.testing import RunningServer, running_server
from starlette.requests import ClientDisconnect, Request

from tests.server._support import sse_events

TEXTS = [
    "Reply from bench-prompt/default: name = Alice.",
    'quotes " and \\ backslashes, a tab\t, a line\nbreak, a NUL \x00 ',
    "non-ASCII: Bøb, é, \u2028, \U0001f600 and 日本語",
    "one",
]


def _events(kind: str, text: str, base: dict[str, Any], with_done: bool) -> list[dict[str, Any]]:
    """The events the frames stand for, built as the server built them before."""
    pieces = content.chunks(text)
    events = []
    for index, piece in enumerate(pieces):
        event = {"type": kind, **base, "response": piece}
        if with_done:
            event["done"] = index == len(pieces) - 1
        events.append(event)
    return events


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("with_done", [False, True], ids=["prompt", "agent"])
@pytest.mark.parametrize("kind", ["response", "reasoning"])
def test_text_frames_are_the_frames_of_their_events(text: str, with_done: bool, kind: str) -> None:
    base = {"request_id": new_request_id(), "model": "m\u00e9"}
    frames = text_frames(kind, text, content.chunks(text), base, with_done)
    assert frames == [frame(event) for event in _events(kind, text, base, with_done)]


def test_no_text_has_no_frames() -> None:
    assert text_frames("reasoning", None, [], {"request_id": "r"}, False) == []
    assert text_frames("reasoning", "", [], {"request_id": "r"}, True) == []


@pytest.mark.parametrize("deployment", ["bench-prompt", "reasoning-helper"])
@pytest.mark.parametrize("text", TEXTS)
def test_a_prompt_answer_is_its_dict_encoded(deployment: str, text: str) -> None:
    completion = content.prompt_completion(deployment, "v\u00e9", {"text": text, "n": 2.5})
    answer: dict[str, Any] = {
        "request_id": "req_1",
        "model": completion.model,
        "duration": 0.123,
    }
    if completion.reasoning is not None:
        answer["reasoning"] = completion.reasoning
    answer.update(response=completion.response, usage=completion.usage(), stop_reason="completed")
    assert prompt_answer("req_1", 0.123, completion) == encode_answer(answer).encode()


@pytest.mark.parametrize(
    "inputs",
    [
        {"a": 1},
        {"a": 1.0},
        {"a": True},
        {"a": "1"},
        {"a": None},
        {"a": [1, {"b": "c"}]},
        {"a": 1, "b": 2},
        {"b": 2, "a": 1},  # the order of the inputs shows in the answer
        {},
    ],
)
def test_a_cached_completion_is_the_one_its_inputs_make(inputs: dict[str, Any]) -> None:
    first = content.prompt_completion("cached", None, inputs)
    assert first == content.new_prompt_completion("cached", None, inputs)
    assert content.prompt_completion("cached", None, json.loads(json.dumps(inputs))) is first


def test_equal_looking_inputs_are_different_prompts() -> None:
    looks_alike: list[dict[str, Any]] = [{"a": 1}, {"a": 1.0}, {"a": True}, {"a": "1"}]
    completions = [content.prompt_completion("same", None, inputs) for inputs in looks_alike]
    assert len({id(completion) for completion in completions}) == 4
    # 1 and "1" read alike in the reply; the prompt's tokens tell them apart.
    assert len({(c.response, c.prompt_tokens) for c in completions}) == 4
    ordered = content.prompt_completion("same", "v", {"a": 1, "b": 2})
    assert content.prompt_completion("same", "v", {"b": 2, "a": 1}) != ordered
    assert content.prompt_completion("same", None, {"a": 1}) != ordered  # the variant counts


def test_the_prompt_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "PROMPT_CACHE_SIZE", 3)
    for number in range(10):
        content.prompt_completion("bounded", None, {"n": number})
        assert len(content._prompt_cache) <= 3
    large = {"text": "x" * 5000}
    assert content.prompt_completion("bounded", None, large) == content.new_prompt_completion(
        "bounded", None, large
    )
    assert all(key[0] != "bounded" or "xxxx" not in key[2] for key in content._prompt_cache)


def test_request_ids_are_32_random_hex_digits() -> None:
    ids = {new_request_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"req_[0-9a-f]{32}", request_id) for request_id in ids)


def _header_names(response: httpx.Response) -> list[str]:
    return [name.decode().lower() for name, _ in response.headers.raw]


def test_answers_send_the_header_lists_they_always_sent(client: httpx.Client) -> None:
    body = {"deployment": "headers", "inputs": {"name": "Alice"}}
    answer = client.post("/prompt/invoke", json=body)
    assert _header_names(answer) == [
        "date",
        "server",
        "x-request-id",
        "content-length",
        "content-type",
    ]
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["content-length"] == str(len(answer.content))
    assert answer.headers["x-request-id"] == answer.json()["request_id"]
    stream = client.post("/prompt/invoke", json={**body, "streaming": True})
    assert _header_names(stream) == [
        "date",
        "server",
        "cache-control",
        "x-accel-buffering",
        "x-request-id",
        "content-type",
        "transfer-encoding",
    ]
    assert stream.headers["cache-control"] == "no-cache"
    assert stream.headers["x-accel-buffering"] == "no"
    assert stream.headers["content-type"] == "text/event-stream; charset=utf-8"
    # An answer without a request id has no X-Request-Id.
    lookup = client.get("/public/requests/req_00000000000000000000000000000000")
    assert lookup.status_code == 404 and "x-request-id" not in lookup.headers


def _stream_events(server: RunningServer, body: dict[str, Any]) -> list[dict[str, Any]]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    response = httpx.post(
        server.base_url + "/agent/invoke", json={**body, "streaming": True}, headers=headers
    )
    events = [json.loads(text) for text in sse_events(response.text)[:-1]]
    for event in events:
        event.pop("request_id", None)
        event.get("usage", {}).pop("duration", None)
    return events


def test_paced_and_unpaced_streams_send_the_same_events() -> None:
    body = {"agent": "reasoning-a", "message": "search the news? then export it"}
    with running_server(stream_pace=0) as unpaced, running_server(stream_pace=0.001) as paced:
        assert _stream_events(unpaced, body) == _stream_events(paced, body)


def test_a_client_leaving_a_paced_stream_interrupts_its_run() -> None:
    """Paced streams still watch for a disconnect: the run fails at the next pause."""
    with running_server(stream_pace=0.05) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        inputs = {f"input{number}": number for number in range(100)}  # 300 pieces, 15 s
        body = {"deployment": "long", "inputs": inputs, "streaming": True}
        with httpx.stream(
            "POST", server.base_url + "/prompt/invoke", json=body, headers=headers
        ) as response:
            request_id = response.headers["X-Request-Id"]
            next(response.iter_lines())
        # A bound for a failure only: the run ends as soon as the disconnect is seen.
        deadline = time.monotonic() + 30
        record = server.get_run(request_id)
        while record is not None and record.status == "running" and time.monotonic() < deadline:
            time.sleep(0.01)
        assert record is not None
        assert (record.status, record.data) == ("failed", {"error": "stream interrupted"})


def _asgi_request(messages: list[dict[str, Any]]) -> Request:
    pending = list(messages)

    async def receive() -> dict[str, Any]:
        return pending.pop(0)

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [], "query_string": b""}
    return Request(scope, receive)


def test_the_gate_reads_a_body_sent_in_pieces() -> None:
    operation = create_app(Settings()).state.reference.spec.operations["invokePrompt"]
    raw = json.dumps({"deployment": "pieces", "inputs": {"name": "Alice"}}).encode()
    messages = [
        {"type": "http.request", "body": raw[:5], "more_body": True},
        {"type": "http.request", "body": b"", "more_body": True},
        {"type": "http.request", "body": raw[5:], "more_body": False},
    ]
    body = asyncio.run(gate.read_body(_asgi_request(messages), operation))
    assert body == json.loads(raw)


def test_a_client_leaving_before_its_body_ends_is_a_disconnect() -> None:
    operation = create_app(Settings()).state.reference.spec.operations["invokePrompt"]
    messages = [
        {"type": "http.request", "body": b'{"deploy', "more_body": True},
        {"type": "http.disconnect"},
    ]
    with pytest.raises(ClientDisconnect):
        asyncio.run(gate.read_body(_asgi_request(messages), operation))
