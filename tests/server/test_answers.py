"""Deterministic answers of prompts, workflows and agents; lookups; the catalogue; auth."""

from __future__ import annotations

import httpx
import pytest
from fetch_hive_reference.content import count_tokens
from fetch_hive_reference.testing import RunningServer, running_server

API_KEY_OPERATIONS = [
    ("POST", "/prompt/invoke", {"deployment": "welcome-email"}),
    ("POST", "/workflow/invoke", {"deployment": "market-report"}),
    ("POST", "/agent/invoke", {"agent": "a1", "message": "hi"}),
    ("GET", "/public/requests/req_0", None),
]


@pytest.mark.parametrize(("method", "path", "body"), API_KEY_OPERATIONS)
@pytest.mark.parametrize("authorization", [None, "Bearer fhk_wrong", "Basic fhk_local_dev_key"])
def test_a_missing_or_wrong_key_gets_401_and_the_envelope(
    server: RunningServer, method: str, path: str, body: object, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.request(method, server.base_url + path, json=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] == "Invalid access."
    assert set(response.json()) == {"error", "message", "error_code"}
    assert "fhk_" not in response.text  # the key is never echoed


def test_prompt_answers_are_deterministic_and_usage_counts_the_text(client: httpx.Client) -> None:
    body = {"deployment": "welcome-email", "variant": "v2", "inputs": {"name": "Alice"}}
    first, second = (
        client.post("/prompt/invoke", json=body),
        client.post("/prompt/invoke", json=body),
    )
    assert first.status_code == second.status_code == 200
    answer = first.json()
    assert answer["response"] == second.json()["response"]
    assert "welcome-email/v2" in answer["response"] and "Alice" in answer["response"]
    assert "reasoning" not in answer
    assert answer["request_id"] != second.json()["request_id"]
    assert first.headers["X-Request-Id"] == answer["request_id"]
    usage = answer["usage"]
    assert usage["completion_tokens"] == {
        "total_tokens": count_tokens(answer["response"]),
        "reasoning_tokens": 0,
    }
    assert usage["total_tokens"] == usage["prompt_tokens"]["total_tokens"] + count_tokens(
        answer["response"]
    )
    assert answer["stop_reason"] == "completed"
    other = client.post("/prompt/invoke", json={**body, "inputs": {"name": "Bob"}}).json()
    assert other["response"] != answer["response"]


def test_reasoning_deployments_answer_with_reasoning_and_count_it(client: httpx.Client) -> None:
    answer = client.post("/prompt/invoke", json={"deployment": "reasoning-support"}).json()
    reasoning_tokens = count_tokens(answer["reasoning"])
    assert reasoning_tokens > 0
    assert answer["usage"]["completion_tokens"] == {
        "total_tokens": count_tokens(answer["response"]) + reasoning_tokens,
        "reasoning_tokens": reasoning_tokens,
    }
    assert "reasoning" in answer["model"]


def test_workflows_answer_strings_and_image_deployments_the_image_object(
    client: httpx.Client,
) -> None:
    text = client.post(
        "/workflow/invoke", json={"deployment": "market-report", "inputs": {"topic": "AI"}}
    )
    assert text.status_code == 200
    assert text.json()["run_status"] == "completed"
    assert isinstance(text.json()["output"], str) and "AI" in text.json()["output"]

    image = client.post("/workflow/invoke", json={"deployment": "image-cover", "inputs": {"x": 1}})
    output = image.json()["output"]
    assert output["settings"]["image_count"] == len(output["assets"]) == 1
    asset = output["assets"][0]
    assert asset["file_url"].startswith("https://") and asset["file_type"] == "image/png"
    again = client.post("/workflow/invoke", json={"deployment": "image-cover", "inputs": {"x": 1}})
    assert again.json()["output"] == output


def test_failing_workflows_report_failed(client: httpx.Client) -> None:
    answer = client.post("/workflow/invoke", json={"deployment": "fail-always"}).json()
    assert answer["run_status"] == "failed"
    lookup = client.get(f"/public/requests/{answer['request_id']}").json()
    assert lookup["status"] == "failed" and "fail" in lookup["data"]["error"]


def test_human_in_the_loop_workflows_need_callback_delivery(client: httpx.Client) -> None:
    response = client.post("/workflow/invoke", json={"deployment": "hitl-review"})
    assert response.status_code == 422
    assert response.json()["error_code"] == "validation_error"


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/prompt/invoke", {"deployment": "missing-prompt"}, 404),
        ("/workflow/invoke", {"deployment": "missing-flow"}, 404),
        ("/agent/invoke", {"agent": "missing-agent", "message": "hi"}, 422),
    ],
)
def test_names_starting_with_missing_do_not_exist(
    client: httpx.Client, path: str, body: dict[str, str], status: int
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == status
    assert {"error", "message", "error_code"} <= set(response.json())


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/workflow/invoke", {"deployment": "failover-report"}),
        ("/workflow/invoke", {"deployment": "report-fail"}),
        ("/prompt/invoke", {"deployment": "dismissing-notes"}),
        ("/agent/invoke", {"agent": "unfailing-helper", "message": "hi"}),
    ],
)
def test_only_prefixes_choose_behaviour_never_substrings(
    client: httpx.Client, path: str, body: dict[str, str]
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    assert response.json().get("run_status", "completed") == "completed"


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/workflow/invoke", {"deployment": "fail-report"}, 200),
        ("/workflow/invoke", {"deployment": "FAIL-report"}, 200),
        ("/prompt/invoke", {"deployment": "fail-prompt"}, 502),
        ("/agent/invoke", {"agent": "fail-agent", "message": "hi"}, 502),
    ],
)
def test_the_fail_prefix_fails_the_run(
    client: httpx.Client, path: str, body: dict[str, str], status: int
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == status
    if status == 200:
        assert response.json()["run_status"] == "failed"


def test_the_image_and_hitl_prefixes(client: httpx.Client) -> None:
    assert isinstance(
        client.post("/workflow/invoke", json={"deployment": "cover-image"}).json()["output"], str
    )
    assert client.post("/workflow/invoke", json={"deployment": "review-hitl"}).status_code == 200
    assert client.post("/workflow/invoke", json={"deployment": "hitl-review"}).status_code == 422


def test_agents_call_tools_and_remember_threads(client: httpx.Client) -> None:
    first = client.post(
        "/agent/invoke",
        json={"agent": "sales", "message": "How did Q3 go? Please search.", "thread_id": "t-1"},
    ).json()
    assert first["thread_id"] == "t-1"
    [call] = first["tool_calls"]
    assert call["tool_name"] == "google_search"
    assert call["tool_input"] == {"query": "How did Q3 go? Please search."}
    assert '"results"' in call["observation"]

    second = client.post(
        "/agent/invoke", json={"agent": "sales", "message": "And Q4", "thread_id": "t-1"}
    ).json()
    assert "2 earlier message(s) from thread t-1" in second["response"]
    assert "How did Q3 go?" in second["response"]
    assert second["tool_calls"] == []

    other_thread = client.post(
        "/agent/invoke", json={"agent": "sales", "message": "And Q4", "thread_id": "t-2"}
    ).json()
    assert "earlier" not in other_thread["response"]


def test_agent_messages_win_over_the_thread_history(client: httpx.Client) -> None:
    client.post("/agent/invoke", json={"agent": "a", "message": "stored turn", "thread_id": "t"})
    answer = client.post(
        "/agent/invoke",
        json={
            "agent": "a",
            "message": "Next",
            "thread_id": "t",
            "messages": [
                {"role": "user", "content": "given turn"},
                {"role": "assistant", "content": "ok"},
            ],
        },
    ).json()
    assert "from the given messages" in answer["response"]
    assert "given turn" in answer["response"] and "stored turn" not in answer["response"]


def test_agent_exports_come_back_as_artifacts(client: httpx.Client) -> None:
    answer = client.post("/agent/invoke", json={"agent": "a", "message": "export the list"}).json()
    [artifact] = answer["artifacts"]
    assert artifact["file_name"] == "export.csv" and artifact["file_url"].startswith("https://")


def test_request_lookup_reflects_running_then_completed() -> None:
    with running_server(stream_pace=0, workflow_seconds=0.5, callback_attempts=1) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as client:
            started = client.post(
                "/workflow/invoke",
                json={
                    "deployment": "market-report",
                    "metadata": {"customer_id": "cus_1"},
                    "async": {"enabled": True, "callback_url": "http://127.0.0.1:9/unused"},
                },
            ).json()
            running = client.get(f"/public/requests/{started['request_id']}").json()
            assert running["status"] == "running"
            assert running["request_type"] == "workflow"
            assert running["metadata"] == {"customer_id": "cus_1"}
            assert running["ended_at"] is None
            server.wait_for_deliveries(1, timeout=20)
            done = client.get(f"/public/requests/{started['request_id']}").json()
            assert done["status"] == "completed" and done["ended_at"] is not None
            assert "market-report" in done["data"]["output"]


def test_unknown_requests_are_404(client: httpx.Client) -> None:
    response = client.get("/public/requests/req_00000000000000000000000000000000")
    assert response.status_code == 404
    assert response.json()["error"] == "Request not found"


def test_run_history_and_threads_are_bounded() -> None:
    with running_server(
        stream_pace=0, history_limit=3, thread_limit=2, thread_turn_limit=4
    ) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as client:
            ids = [
                client.post("/prompt/invoke", json={"deployment": f"p{i}"}).json()["request_id"]
                for i in range(5)
            ]
            statuses = [client.get(f"/public/requests/{rid}").status_code for rid in ids]
            assert statuses == [404, 404, 200, 200, 200]
            for turn in range(4):
                client.post(
                    "/agent/invoke", json={"agent": "a", "message": f"m{turn}", "thread_id": "t"}
                )
            for thread in ("u", "v"):  # pushes thread "t" out
                client.post(
                    "/agent/invoke", json={"agent": "a", "message": "x", "thread_id": thread}
                )
        assert len(server.runs()) == 3
        assert server.state.thread_history("a", "t") == []
        assert len(server.state.thread_history("a", "v")) == 2


#: The codes of the docs' error-code table (plus `validation_error`, named in the docs' list).
DOCUMENTED_CODES = {
    "model_deprecated": (422, "Choose an active model and retry."),
    "personal_model_missing_credentials": (
        422,
        "Connect credentials or switch to a hosted/current model.",
    ),
    "personal_model_invalid_credentials": (422, "Reconnect or rotate the provider credential."),
    "insufficient_hosted_llm_credits": (
        402,
        "Add credits, upgrade, or use a personal provider key.",
    ),
    "account_credit_cap_reached": (422, "Upgrade or wait for more credits before retrying."),
    "asset_storage_limit_reached": (402, "Delete assets or upgrade the workspace plan."),
    "vision_not_supported": (422, "Select a vision-capable model or remove image inputs."),
    "workflow_step_limit_reached": (402, "Remove steps or upgrade."),
    "workspace_limit_reached": (402, "Delete a workspace or upgrade."),
    "api_rate_limit_exceeded": (429, "Retry after reset or upgrade."),
    "log_range_limit_exceeded": (402, "Narrow the date range."),
    "iteration_limit_exceeded": (422, "Reduce input size or iteration count."),
    "internal_server_error": (500, "Retry later; contact support if it persists."),
    "too_many_requests": (429, None),
    "validation_error": (422, None),
}


def test_the_catalogue_serves_only_documented_codes_with_the_documented_fields(
    server: RunningServer,
) -> None:
    codes = {
        entry["code"]: entry
        for entry in httpx.get(server.base_url + "/error_codes").json()["codes"]
    }
    assert set(codes) == set(DOCUMENTED_CODES)
    # The docs' example entry, whole.
    assert codes["model_deprecated"] == {
        "code": "model_deprecated",
        "status": 422,
        "field": "error_code",
        "message_key": "errors.codes.model_deprecated",
        "message": 'The selected model "%{model}" is no longer available. '
        "Choose a current model and try again.",
        "field_aliases": [],
        "category": "runtime",
        "client_action_key": "errors.client_actions.model_deprecated",
        "client_action": "Choose an active model and retry.",
    }
    for code, (status, action) in DOCUMENTED_CODES.items():
        entry = codes[code]
        assert entry["status"] == status, code
        assert entry["message_key"] == f"errors.codes.{code}"
        assert entry["client_action_key"] == f"errors.client_actions.{code}"
        if action is not None:
            assert entry["client_action"] == action, code


def test_the_error_code_catalogue_follows_the_locale(server: RunningServer) -> None:
    english = httpx.get(server.base_url + "/error_codes").json()  # no key needed
    spanish = httpx.get(server.base_url + "/error_codes", params={"locale": "es"}).json()
    fallback = httpx.get(server.base_url + "/error_codes", params={"locale": "xx"}).json()
    assert (english["locale"], spanish["locale"], fallback["locale"]) == ("en", "es", "en")
    assert english["default_field"] == "error_code" and english["compatibility_aliases"] == ["code"]
    codes = {entry["code"]: entry for entry in english["codes"]}
    assert "%{model}" in codes["model_deprecated"]["message"]
    spanish_codes = {entry["code"]: entry for entry in spanish["codes"]}
    assert "%{model}" in spanish_codes["model_deprecated"]["message"]
    assert spanish_codes["model_deprecated"]["message"] != codes["model_deprecated"]["message"]
    assert spanish_codes["model_deprecated"]["message_key"] == "errors.codes.model_deprecated"
    assert fallback["codes"] == english["codes"]


def test_malformed_json_is_400_with_the_envelope(client: httpx.Client) -> None:
    response = client.post(
        "/prompt/invoke", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert set(response.json()) == {"error", "message", "error_code"}


def test_unknown_paths_and_methods_use_the_envelope(client: httpx.Client) -> None:
    assert client.get("/nope").json()["error_code"] == "not_found"
    wrong_method = client.get("/prompt/invoke")
    assert wrong_method.status_code == 405 and "POST" in wrong_method.headers["Allow"]
