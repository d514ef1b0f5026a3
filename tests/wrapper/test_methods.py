"""Every method, sync and async: the request on the wire and the typed, mapping result."""

from __future__ import annotations

import json
import uuid

import fetch_hive_sdk
import httpx
import pytest
from _wrapper_support import API_KEY, BASE_URL, Recorder, invoke, make_client, reply
from fetch_hive_api.models import (
    AgentResponse,
    ErrorCodeCatalogue,
    PromptResponse,
    RequestRecord,
    WorkflowRun,
)

pytestmark = pytest.mark.anyio

PROMPT_ANSWER = {
    "request_id": "req_019d52846ea37682b03522fd0695cc43",
    "model": "gpt-5-nano-2025-08-07",
    "duration": 1.25,
    "response": "Hello Alice",
    "usage": {
        "prompt_tokens": {"total_tokens": 10, "cached_tokens": 0},
        "completion_tokens": {"total_tokens": 3, "reasoning_tokens": 0},
        "total_tokens": 13,
    },
    "stop_reason": "completed",
    "brand_new_field": {"kept": True},
}


def expected_headers(request: httpx.Request) -> None:
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["user-agent"].startswith(
        f"fetch-hive-sdk-python/{fetch_hive_sdk.__version__} python/3."
    )
    assert request.headers["accept"] == "application/json"


async def test_invoke_prompt(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT_ANSWER)])
    client = make_client(kind, recorder)
    result = await invoke(
        client,
        "invoke_prompt",
        deployment="greeter",
        variant="v1",
        inputs={"name": "Alice"},
        metadata={"customer_id": "cus_1", "trial": False, "n": 2, "region": None},
        user="user_42",
    )
    request = recorder.last
    assert (request.method, str(request.url)) == ("POST", f"{BASE_URL}/prompt/invoke")
    expected_headers(request)
    assert recorder.body() == {
        "deployment": "greeter",
        "variant": "v1",
        "inputs": {"name": "Alice"},
        "metadata": {"customer_id": "cus_1", "trial": False, "n": 2, "region": None},
        "user": "user_42",
        "streaming": False,
    }
    assert isinstance(result, PromptResponse)
    assert result.response == result["response"] == "Hello Alice"
    assert result.usage.total_tokens == 13
    assert result["usage"]["completion_tokens"]["total_tokens"] == 3
    assert result.to_dict() == PROMPT_ANSWER  # unknown fields survive the round trip
    assert result.get("brand_new_field") == {"kept": True}
    assert "stop_reason" in result and "nope" not in result
    assert dict(result) == PROMPT_ANSWER


async def test_invoke_prompt_omits_unset_optionals(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT_ANSWER)])
    # fetch-hive-sdk 0.4.1 passed variant="" to mean "the default variant".
    await invoke(make_client(kind, recorder), "invoke_prompt", deployment="greeter", variant="")
    assert recorder.body() == {"deployment": "greeter", "streaming": False}


async def test_invoke_workflow_direct(kind: str) -> None:
    answer = {"request_id": "req_1", "run_status": "completed", "output": {"assets": [1, 2]}}
    recorder = Recorder([reply(200, answer)])
    run = await invoke(
        make_client(kind, recorder),
        "invoke_workflow",
        deployment="market-report",
        variant="v1",
        inputs={"topic": "AI", "companies": [{"name": "Fetch Hive"}]},
        tool_approval="policy",
    )
    assert str(recorder.last.url) == f"{BASE_URL}/workflow/invoke"
    expected_headers(recorder.last)
    assert recorder.body() == {
        "deployment": "market-report",
        "variant": "v1",
        "inputs": {"topic": "AI", "companies": [{"name": "Fetch Hive"}]},
        "tool_approval": "policy",
    }
    assert isinstance(run, WorkflowRun)
    assert run.run_status == run["run_status"] == "completed"
    assert run["output"] == {"assets": [1, 2]}
    assert run.get("webhook_secret") is None and "webhook_secret" not in run


@pytest.mark.parametrize("status", [200, 202])
async def test_invoke_workflow_callback_delivery(kind: str, status: int) -> None:
    answer = {"request_id": "req_2", "run_status": "queued", "webhook_secret": "whsec_abc"}
    recorder = Recorder([reply(status, answer)])
    run = await invoke(
        make_client(kind, recorder),
        "invoke_workflow",
        deployment="market-report",
        async_mode=True,
        callback_url="https://example.com/fetch-hive/callback",
        user="user_42",
    )
    assert recorder.body() == {
        "deployment": "market-report",
        "async": {"enabled": True, "callback_url": "https://example.com/fetch-hive/callback"},
        "user": "user_42",
    }
    assert run["run_status"] == "queued"
    assert run.webhook_secret == run["webhook_secret"] == "whsec_abc"


async def test_callback_url_without_async_mode_is_not_sent(kind: str) -> None:
    # fetch-hive-sdk 0.4.1 ignored it too: code written as
    # `invoke_workflow(..., async_mode=flag, callback_url=url)` keeps working.
    recorder = Recorder([reply(200, {"request_id": "r", "run_status": "completed"})])
    await invoke(
        make_client(kind, recorder),
        "invoke_workflow",
        deployment="d",
        callback_url="https://example.com/cb",
    )
    assert recorder.body() == {"deployment": "d"}


async def test_invoke_agent_every_field(kind: str) -> None:
    known = str(uuid.uuid4())
    answer = {
        "request_id": "req_3",
        "response": "Done",
        "thread_id": "t-1",
        "tool_calls": [
            {"tool_name": "google_search", "tool_input": {"q": "x"}, "observation": "{}"}
        ],
        "artifacts": [{"file_url": "https://files.example/a.png", "file_name": "a.png"}],
    }
    recorder = Recorder([reply(200, answer)])
    result = await invoke(
        make_client(kind, recorder),
        "invoke_agent",
        agent="3f1c2d9e-agent",
        message="Summarise this",
        thread_id="t-1",
        messages=[{"role": "user", "content": "Earlier question"}],
        attachments=[
            "https://files.example/report.pdf",
            {"file_url": "https://files.example/b.csv"},
        ],
        image_urls=["https://files.example/c.png"],
        known_artifact_refs=[known],
        artifact_refs=[known],
        user="user_42",
        metadata={"plan": "pro"},
        tool_approval="auto_approve",
    )
    assert str(recorder.last.url) == f"{BASE_URL}/agent/invoke"
    expected_headers(recorder.last)
    assert recorder.body() == {
        "agent": "3f1c2d9e-agent",
        "message": "Summarise this",
        "streaming": False,
        "thread_id": "t-1",
        "messages": [{"role": "user", "content": "Earlier question"}],
        "attachments": [
            "https://files.example/report.pdf",
            {"file_url": "https://files.example/b.csv"},
        ],
        "image_urls": ["https://files.example/c.png"],
        "known_artifact_refs": [known],
        "artifact_refs": [known],
        "user": "user_42",
        "metadata": {"plan": "pro"},
        "tool_approval": "auto_approve",
    }
    assert isinstance(result, AgentResponse)
    assert result.tool_calls[0].tool_name == "google_search"
    assert result["artifacts"][0]["file_name"] == "a.png"
    assert result.artifacts[0].file_url == "https://files.example/a.png"


async def test_invoke_agent_async_options_as_in_0_4_1(kind: str) -> None:
    recorder = Recorder([reply(202, {"request_id": "req_4", "run_status": "running"})])
    result = await invoke(
        make_client(kind, recorder),
        "invoke_agent",
        agent="a",
        message="m",
        thread_id="",  # 0.4.1's default: no thread
        async_options={"enabled": True, "callback_url": "https://example.com/cb"},
    )
    assert recorder.body() == {
        "agent": "a",
        "message": "m",
        "streaming": False,
        "async": {"enabled": True, "callback_url": "https://example.com/cb"},
    }
    assert result["run_status"] == "running"


async def test_get_request(kind: str) -> None:
    answer = {
        "request_id": "req_019d52846ea37682b03522fd0695cc43",
        "status": "completed",
        "request_type": "workflow",
        "started_at": "2026-01-02T03:04:05Z",
        "ended_at": None,
        "data": [1, "two"],
    }
    recorder = Recorder([reply(200, answer)])
    record = await invoke(make_client(kind, recorder), "get_request", "req_a/b")
    assert recorder.last.method == "GET"
    # The id is one path segment, even with a slash in it.
    assert recorder.last.url.raw_path == b"/v1/public/requests/req_a%2Fb"
    expected_headers(recorder.last)
    assert isinstance(record, RequestRecord)
    assert record.started_at.year == 2026
    assert record["started_at"] == "2026-01-02T03:04:05Z"  # the wire JSON, as sent
    assert record.started_at.tzinfo is not None
    assert record["data"] == [1, "two"] and record.ended_at is None


async def test_list_error_codes_needs_no_api_key(kind: str) -> None:
    answer = {
        "locale": "es",
        "default_field": "error_code",
        "compatibility_aliases": ["code"],
        "codes": [
            {
                "code": "api_rate_limit_exceeded",
                "status": 429,
                "field": "error_code",
                "message_key": "errors.api_rate_limit_exceeded",
                "message": "Límite de %{limit} alcanzado",
                "field_aliases": ["code"],
                "category": "rate_limit",
                "client_action_key": "wait",
                "client_action": "Espera",
            }
        ],
    }
    recorder = Recorder([reply(200, answer)])
    client = make_client(kind, recorder, api_key=None)
    catalogue = await invoke(client, "list_error_codes", locale="es")
    assert str(recorder.last.url) == f"{BASE_URL}/error_codes?locale=es"
    assert "authorization" not in recorder.last.headers
    assert isinstance(catalogue, ErrorCodeCatalogue)
    assert catalogue.codes[0].status == 429
    assert catalogue["codes"][0]["code"] == "api_rate_limit_exceeded"

    await invoke(client, "list_error_codes")
    assert str(recorder.last.url) == f"{BASE_URL}/error_codes"


async def test_result_repr_hides_webhook_secret(kind: str) -> None:
    recorder = Recorder(
        [reply(200, {"request_id": "r", "run_status": "running", "webhook_secret": "whsec_zz9"})]
    )
    run = await invoke(
        make_client(kind, recorder),
        "invoke_workflow",
        deployment="d",
        async_mode=True,
        callback_url="https://example.com/cb",
    )
    assert "whsec_zz9" not in repr(run) and "whsec_zz9" not in str(run)
    assert run["webhook_secret"] == "whsec_zz9"


async def test_async_client_methods_are_coroutines() -> None:
    import inspect

    for name in (
        "invoke_prompt",
        "invoke_workflow",
        "invoke_agent",
        "get_request",
        "list_error_codes",
    ):
        assert inspect.iscoroutinefunction(getattr(fetch_hive_sdk.AsyncFetchHive, name)), name
        sync_params = inspect.signature(getattr(fetch_hive_sdk.FetchHive, name)).parameters
        async_params = inspect.signature(getattr(fetch_hive_sdk.AsyncFetchHive, name)).parameters
        assert list(sync_params) == list(async_params), name


def test_result_reads_json_body_exactly() -> None:
    recorder = Recorder([reply(200, PROMPT_ANSWER)])
    client = make_client("sync", recorder)
    result = client.invoke_prompt(deployment="greeter")
    assert json.loads(result.http_response.content) == result.to_dict()
    assert result.http_response.status_code == 200
