"""Webhook triggers (and a trigger followed by wait_for_run) on httpx.MockTransport."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import AsyncFetchHive, AuthenticationError, FetchHive, InputValidationError

SECRET = "whsec_trigger_secret_value"
BASE = "https://api.fetchhive.com/v1"
ACCEPTED = {"request_id": "req_abc", "run_status": "running"}


def _recording(
    answer: Callable[[httpx.Request], httpx.Response],
) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        # A copy as sent: the client hides the secret header in its own request once sent.
        seen.append(
            httpx.Request(
                request.method, request.url, headers=request.headers, content=request.read()
            )
        )
        return answer(request)

    return seen, httpx.MockTransport(handler)


def _keyless(transport: httpx.MockTransport, monkeypatch: pytest.MonkeyPatch) -> FetchHive:
    monkeypatch.delenv("FETCH_HIVE_API_KEY", raising=False)
    return FetchHive(base_url=BASE, http_client=httpx.Client(transport=transport))


def test_workflow_trigger_sends_the_secret_header_and_no_api_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen, transport = _recording(lambda r: httpx.Response(202, json=ACCEPTED))
    client = _keyless(transport, monkeypatch)
    accepted = client.trigger_workflow_webhook(
        "wf-endpoint", "variant 1", webhook_secret=SECRET, inputs={"topic": "AI"},
        callback_url="https://example.com/cb", metadata={"plan": "pro"}, user="u1",
    )  # fmt: skip
    (request,) = seen
    assert request.url.raw_path == b"/v1/workflow/webhooks/wf-endpoint/variants/variant%201"
    assert request.headers["X-Fetch-Hive-Webhook-Secret"] == SECRET
    assert "authorization" not in request.headers
    assert SECRET not in str(request.url)
    assert json.loads(request.content) == {
        "async": {"callback_url": "https://example.com/cb"},
        "inputs": {"topic": "AI"}, "metadata": {"plan": "pro"}, "user": "u1",
    }  # fmt: skip
    assert accepted.run_status == "running" and accepted["request_id"] == "req_abc"


def test_agent_and_prompt_triggers(monkeypatch: pytest.MonkeyPatch) -> None:
    seen, transport = _recording(lambda r: httpx.Response(202, json=ACCEPTED))
    client = _keyless(transport, monkeypatch)
    client.trigger_agent_webhook(
        "agent-1",
        webhook_secret=SECRET,
        message="New lead",
        callback_url="https://example.com/cb",
        thread_id="t1",
    )
    client.trigger_prompt_webhook(
        "prompt-1", "v2", webhook_secret=SECRET, callback_url="https://example.com/cb"
    )
    assert seen[0].url.path == "/v1/agent/webhooks/agent-1"
    assert json.loads(seen[0].content) == {
        "async": {"callback_url": "https://example.com/cb"}, "message": "New lead", "thread_id": "t1",
    }  # fmt: skip
    assert seen[1].url.path == "/v1/prompt/webhooks/prompt-1/variants/v2"
    assert all(r.headers["X-Fetch-Hive-Webhook-Secret"] == SECRET for r in seen)


BAD_TRIGGERS: list[tuple[str, dict[str, Any], str]] = [
    ("empty secret", {"webhook_secret": ""}, "webhook_secret"),
    ("no callback", {"callback_url": ""}, "callback_url"),
    ("http callback", {"callback_url": "http://example.com/cb"}, "callback_url"),
    ("nested metadata", {"metadata": {"a": {"b": 1}}}, "metadata"),
    ("inputs not a mapping", {"inputs": ["x"]}, "inputs"),
]


@pytest.mark.parametrize(
    ("change", "fragment"), [c[1:] for c in BAD_TRIGGERS], ids=[c[0] for c in BAD_TRIGGERS]
)
def test_bad_trigger_arguments_send_nothing(
    change: dict[str, Any], fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen, transport = _recording(lambda r: httpx.Response(202, json=ACCEPTED))
    client = _keyless(transport, monkeypatch)
    arguments: dict[str, Any] = {
        "webhook_secret": SECRET,
        "callback_url": "https://example.com/cb",
        **change,
    }
    with pytest.raises(InputValidationError, match=fragment) as caught:
        client.trigger_workflow_webhook("wf", "v1", **arguments)
    assert seen == [] and SECRET not in str(caught.value)


def test_trigger_secret_never_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FETCH_HIVE_LOG_BODIES", "1")
    _, transport = _recording(lambda r: httpx.Response(401, json={"error": "Invalid access."}))
    client = _keyless(transport, monkeypatch)
    with (
        caplog.at_level(logging.DEBUG, logger="fetch_hive_sdk"),
        pytest.raises(AuthenticationError) as caught,
    ):
        client.trigger_workflow_webhook(
            "wf", "v1", webhook_secret=SECRET, callback_url="https://example.com/cb"
        )
    assert caplog.records and SECRET not in caplog.text
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


def _statuses(*statuses: str) -> Callable[[httpx.Request], httpx.Response]:
    answers = iter(statuses)
    last = statuses[-1]

    def answer(request: httpx.Request) -> httpx.Response:
        status = next(answers, last)
        return httpx.Response(
            200, json={"request_id": "req_abc", "status": status, "request_type": "workflow"}
        )

    return answer


@pytest.mark.anyio
async def test_async_trigger_and_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FETCH_HIVE_API_KEY", raising=False)
    seen: list[httpx.Request] = []
    statuses = _statuses("running", "completed")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url, headers=request.headers))
        if "/webhooks/" in request.url.path:
            return httpx.Response(202, json=ACCEPTED)
        return statuses(request)

    transport = httpx.MockTransport(handler)
    async with AsyncFetchHive(
        base_url=BASE, http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        accepted = await client.trigger_agent_webhook(
            "agent-1", webhook_secret=SECRET, message="hi", callback_url="http://127.0.0.1:9/cb"
        )
        keyed = client.with_options(api_key="fhk_test")
        record = await keyed.wait_for_run(accepted.request_id, timeout=5, poll_interval=0.001)
    assert record.status == "completed"
    assert (
        "authorization" not in seen[0].headers
        and seen[1].headers["authorization"] == "Bearer fhk_test"
    )
