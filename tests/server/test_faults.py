"""Switches that make the server misbehave on purpose: by header, server-wide and at run time."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fetch_hive_reference import FAULT_HEADER, FaultSpec
from fetch_hive_reference.app import create_app
from fetch_hive_reference.settings import Settings
from fetch_hive_reference.testing import RunningServer, serving_asgi

from tests.server._support import sse_events

PROMPT = {"deployment": "welcome-email"}


def _fault(value: str) -> dict[str, str]:
    return {FAULT_HEADER: value}


def test_rate_limit_answers_429_with_retry_after(client: httpx.Client) -> None:
    response = client.post(
        "/prompt/invoke", json=PROMPT, headers=_fault("rate_limit; retry_after=3")
    )
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "3"
    assert response.json()["error_code"] == "too_many_requests"
    ms = client.post(
        "/prompt/invoke", json=PROMPT, headers=_fault("rate_limit; retry_after_ms=250")
    )
    assert ms.headers["retry-after-ms"] == "250" and ms.headers["Retry-After"] == "1"


def test_daily_cap_answers_the_documented_429(client: httpx.Client) -> None:
    response = client.post(
        "/workflow/invoke", json={"deployment": "w"}, headers=_fault("daily_cap; limit=50")
    )
    assert response.status_code == 429
    body = response.json()
    # The documented body of the docs page "Errors and rate limits", word for word.
    assert body["error"] == "Daily API rate limit reached"
    assert body["message"] == (
        "You have reached your daily limit of 50 API calls. Resets at midnight UTC. "
        "Upgrade your plan for higher limits."
    )
    assert body["error_code"] == body["code"] == "api_rate_limit_exceeded"
    assert (body["limit"], body["current"]) == (50, 50)
    assert "Retry-After" not in response.headers  # retrying the same day is futile


def test_provider_error_answers_502(client: httpx.Client, server: RunningServer) -> None:
    response = client.post(
        "/agent/invoke", json={"agent": "a", "message": "hi"}, headers=_fault("provider_error")
    )
    assert response.status_code == 502
    assert response.json()["error_code"] == "provider_error"


def test_stream_error_sends_an_error_event_mid_stream(client: httpx.Client) -> None:
    response = client.post(
        "/prompt/invoke",
        json={**PROMPT, "streaming": True},
        headers=_fault("stream_error; after=2"),
    )
    assert response.status_code == 200
    events = [json.loads(frame) for frame in sse_events(response.text)]
    assert [event["type"] for event in events] == ["response", "response", "error"]
    assert events[-1]["error_type"] == "provider_stream_error"
    assert events[-1]["status_code"] == 502


def test_drop_cuts_a_stream_without_usage_or_done(server: RunningServer) -> None:
    received: list[str] = []
    headers = {"Authorization": f"Bearer {server.api_key}", **_fault("drop; after=1")}
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream(
            "POST",
            server.base_url + "/prompt/invoke",
            json={**PROMPT, "streaming": True},
            headers=headers,
        ) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            received.append(line)
    assert [line for line in received if line.startswith("data:")][:1]
    assert not any("usage" in line or "[DONE]" in line for line in received)


def test_drop_cuts_a_json_answer_short(server: RunningServer) -> None:
    headers = {"Authorization": f"Bearer {server.api_key}", **_fault("drop")}
    url = server.base_url + "/prompt/invoke"
    with httpx.stream("POST", url, json=PROMPT, headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()


class _CountsFinished:
    """ASGI middleware: counts the HTTP requests whose handling has returned."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.finished = threading.Semaphore(0)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await self.app(scope, receive, send)
        finally:
            if scope["type"] == "http":
                self.finished.release()


@pytest.fixture(scope="module")
def counted() -> Iterator[tuple[RunningServer, _CountsFinished]]:
    """A server of its own whose finished requests are counted."""
    inner = create_app(Settings(stream_pace=0))
    app = _CountsFinished(inner)
    with serving_asgi(app, name="the reference server") as port:
        yield RunningServer(inner, "127.0.0.1", port), app


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "stream"])
def test_slow_first_byte_waits_until_the_client_gives_up(
    counted: tuple[RunningServer, _CountsFinished], streaming: bool
) -> None:
    """An hour's delay: the client's read timeout fires first however loaded the machine
    is, and the server's wait ends when the client disconnects, so the handler returns
    (and the server stops at once) instead of waiting the hour out."""
    server, app = counted
    headers = {
        "Authorization": f"Bearer {server.api_key}",
        **_fault("slow_first_byte; seconds=3600"),
    }
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(
            server.base_url + "/prompt/invoke",
            json={**PROMPT, "streaming": streaming},
            headers=headers,
            timeout=0.3,
        )
    # A bound for a failure only: the handler returns as soon as the disconnect is seen.
    assert app.finished.acquire(timeout=30), "the handler still waits for its client"


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "stream"])
def test_slow_first_byte_still_answers_a_client_that_waits(
    client: httpx.Client, streaming: bool
) -> None:
    response = client.post(
        "/prompt/invoke",
        json={**PROMPT, "streaming": streaming},
        headers=_fault("slow_first_byte; seconds=0.05"),
    )
    assert response.status_code == 200
    if streaming:
        *_, usage, done = sse_events(response.text)
        assert json.loads(usage)["type"] == "usage" and done == "[DONE]"
    else:
        assert response.json()["response"]


def test_flaky_fails_n_times_then_succeeds_per_key(client: httpx.Client) -> None:
    def call(key: str) -> int:
        fault = _fault(f"flaky; times=2; status=503; key={key}")
        return client.post("/prompt/invoke", json=PROMPT, headers=fault).status_code

    assert [call("a"), call("a")] == [503, 503]
    assert call("b") == 503  # another key has its own counter
    assert [call("a"), call("a")] == [200, 200]
    assert [call("b"), call("b")] == [503, 200]


def test_flaky_without_a_key_counts_per_operation_and_deployment(client: httpx.Client) -> None:
    fault = _fault("flaky; times=1; retry_after=2")
    first = client.post("/prompt/invoke", json={"deployment": "flaky-one"}, headers=fault)
    assert first.status_code == 500 and first.headers["Retry-After"] == "2"
    assert (
        client.post("/prompt/invoke", json={"deployment": "flaky-two"}, headers=fault).status_code
        == 500
    )
    assert (
        client.post("/prompt/invoke", json={"deployment": "flaky-one"}, headers=fault).status_code
        == 200
    )


def test_server_wide_faults_set_at_run_time(faults: RunningServer, client: httpx.Client) -> None:
    faults.set_fault("flaky; times=1; status=502")
    assert client.post("/prompt/invoke", json=PROMPT).status_code == 502
    assert client.post("/prompt/invoke", json=PROMPT).status_code == 200
    faults.set_fault("rate_limit")
    assert client.post("/workflow/invoke", json={"deployment": "w"}).status_code == 429
    # The header wins over the server-wide fault.
    assert (
        client.post("/prompt/invoke", json=PROMPT, headers=_fault("provider_error")).status_code
        == 502
    )
    faults.clear_fault()
    assert client.post("/prompt/invoke", json=PROMPT).status_code == 200


def test_unknown_faults_are_refused(client: httpx.Client, faults: RunningServer) -> None:
    response = client.post("/prompt/invoke", json=PROMPT, headers=_fault("explode"))
    assert response.status_code == 400
    assert "unknown fault" in response.json()["message"]
    with pytest.raises(ValueError, match="unknown fault"):
        faults.set_fault("explode")
    with pytest.raises(ValueError, match="integer"):
        FaultSpec.parse("flaky; times=two")


def test_faults_never_touch_the_public_catalogue(client: httpx.Client) -> None:
    response = client.get("/error_codes", headers=_fault("rate_limit"))
    assert response.status_code == 200
