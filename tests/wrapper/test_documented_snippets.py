"""The documented SDK surface (api-reference section 6) runs unchanged.

Each snippet is the user's code as documented; the test only puts an `httpx.MockTransport`
under the pool the SDK creates, and sets `FETCH_HIVE_API_KEY` as a user would.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import _base_client

SENT: list[httpx.Request] = []


def fake_service(request: httpx.Request) -> httpx.Response:
    SENT.append(request)
    body = json.loads(request.content) if request.content else {}
    path = request.url.path
    if request.headers.get("authorization") not in ("Bearer fhk_env_key", "Bearer fhk_..."):
        return httpx.Response(401, json={"error": "Invalid access."})
    if path == "/v1/workflow/invoke" and body.get("deployment") == "missing":
        return httpx.Response(
            422, json={"error": "Deployment not found", "error_code": "validation_error"}
        )
    if path == "/v1/workflow/invoke" and "async" in body:
        return httpx.Response(
            202, json={"request_id": "req_a", "run_status": "running", "webhook_secret": "whsec_1"}
        )
    if path == "/v1/workflow/invoke":
        return httpx.Response(
            200, json={"request_id": "req_w", "run_status": "completed", "output": "Report"}
        )
    if path == "/v1/prompt/invoke":
        return httpx.Response(200, json={"request_id": "req_p", "response": "Hello, Alice!"})
    if path == "/v1/agent/invoke":
        return httpx.Response(200, json={"request_id": "req_g", "response": "Agent reply"})
    return httpx.Response(404, json={"error": "Not found"})


@pytest.fixture(autouse=True)
def mock_service(monkeypatch: pytest.MonkeyPatch) -> None:
    SENT.clear()
    monkeypatch.setenv("FETCH_HIVE_API_KEY", "fhk_env_key")

    def new_http_client(cls: type[Any]) -> Any:
        return cls(transport=httpx.MockTransport(fake_service))

    monkeypatch.setattr(_base_client, "new_http_client", new_http_client)


def run_snippet(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"print": lambda *args, **kwargs: None}
    exec(compile(textwrap.dedent(code), "<snippet>", "exec"), namespace)
    return namespace


def test_client_from_environment_and_explicit_settings() -> None:
    ns = run_snippet(
        """
        from fetch_hive_sdk import FetchHive

        client = FetchHive()
        explicit = FetchHive(api_key="fhk_...", base_url="https://api.fetchhive.com/v1", timeout=120)
        """
    )
    assert ns["explicit"].base_url == "https://api.fetchhive.com/v1"
    assert ns["explicit"].timeout == 120


def test_invoke_workflow_direct() -> None:
    ns = run_snippet(
        """
        from fetch_hive_sdk import FetchHive

        client = FetchHive()
        run = client.invoke_workflow(
            deployment="market-report",
            variant="v1",
            inputs={"topic": "enterprise AI"},
            metadata={"customer_id": "cus_123", "plan": "enterprise", "trial": False},
        )
        print(run["run_status"], run["output"], run["request_id"])
        status, output, request_id = run["run_status"], run["output"], run["request_id"]
        """
    )
    assert (ns["status"], ns["output"], ns["request_id"]) == ("completed", "Report", "req_w")


def test_invoke_workflow_callback_delivery() -> None:
    ns = run_snippet(
        """
        from fetch_hive_sdk import FetchHive

        client = FetchHive()
        run = client.invoke_workflow(
            deployment="market-report",
            variant="v1",
            inputs={"topic": "enterprise AI"},
            async_mode=True,
            callback_url="https://example.com/fetch-hive/callback",
            user="user_42",
        )
        secret = run["webhook_secret"]
        status = run["run_status"]
        """
    )
    assert (ns["status"], ns["secret"]) == ("running", "whsec_1")
    assert json.loads(SENT[-1].content)["async"] == {
        "enabled": True,
        "callback_url": "https://example.com/fetch-hive/callback",
    }


def test_invoke_prompt_and_agent() -> None:
    ns = run_snippet(
        """
        from fetch_hive_sdk import FetchHive

        client = FetchHive()
        result = client.invoke_prompt(
            deployment="greeter",
            variant="v1",
            inputs={"name": "Alice"},
            metadata={"customer_id": "cus_123"},
        )
        print(result["response"])
        answer = client.invoke_agent(
            agent="3f1c2d9e-5b7a-4c1e-9d3f-2b7a8c9d0e1f",
            message="What changed this week?",
            metadata={"customer_id": "cus_123"},
        )
        prompt_text, agent_text = result["response"], answer["response"]
        """
    )
    assert (ns["prompt_text"], ns["agent_text"]) == ("Hello, Alice!", "Agent reply")


def test_http_status_error_is_still_raised() -> None:
    ns = run_snippet(
        """
        import httpx
        from fetch_hive_sdk import FetchHive

        client = FetchHive()
        try:
            client.invoke_workflow(deployment="missing", inputs={})
        except httpx.HTTPStatusError as exc:
            status = exc.response.status_code
            body = exc.response.json()
        """
    )
    assert ns["status"] == 422
    assert ns["body"]["error_code"] == "validation_error"
