"""Agent background work: delegations with signed callbacks, tool-action approvals that
pause and resume runs, Hive Agent runs with their signed callbacks."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fetch_hive_reference import SIGNATURE_HEADER
from fetch_hive_reference.settings import DEV_WORKSPACE_ID
from fetch_hive_reference.testing import (
    CallbackReceiver,
    RunningServer,
    callback_receiver,
    running_server,
)

WS = f"/public/workspaces/{DEV_WORKSPACE_ID}"
APPROVALS = f"{WS}/tool_action_approvals"


def _signed(secret: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(
        hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(), signature
    )


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, trust_env=False) as client:
        yield client
    server.reset()


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    with callback_receiver() as running:
        yield running


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


# ---- delegations ----------------------------------------------------------------------------
def test_a_background_workflow_is_a_delegation_with_a_signed_callback(
    api: httpx.Client, server: RunningServer, receiver: CallbackReceiver
) -> None:
    answer = _ok(
        api.post(
            "/agent/invoke",
            json={
                "agent": "ops",
                "message": "Please run the market-report workflow",
                "thread_id": "t-deleg",
                "async": {"callback_url": receiver.url},  # the published shape: no `enabled`
            },
        )
    )
    [pending] = answer["pending_delegations"]
    assert pending["kind"] == "workflow" and pending["target"] == {"workflow": "market-report"}
    assert "runs in the background" in answer["response"]
    [call] = answer["tool_calls"]
    assert call["tool_name"] == "run_workflow"
    assert json.loads(call["observation"]) == {"status": "pending", "delegation_id": pending["id"]}

    [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "agent.delegation.completed"
    assert event["request_id"] == answer["request_id"]
    assert _signed(
        server.webhook_secret("agent", "ops"), callback.body, callback.headers[SIGNATURE_HEADER]
    )
    delegation = event["data"]["delegation"]
    assert delegation["id"] == pending["id"] and delegation["status"] == "completed"
    assert "market-report" in delegation["result"]["output"]
    server.wait_for_deliveries(1, request_id=answer["request_id"])
    stored = _ok(api.get(f"/agent/delegations/{pending['id']}"))
    assert stored["status"] == "completed" and stored["delivered_at"] is not None
    assert stored["parent_request_id"] == answer["request_id"]
    # Finished: no longer listed for the thread; cancelling returns it unchanged.
    assert _ok(api.get("/agent/threads/t-deleg/delegations")) == {"delegations": []}
    assert _ok(api.post(f"/agent/delegations/{pending['id']}/cancel")) == stored


def test_without_thread_or_callback_the_workflow_runs_synchronously(api: httpx.Client) -> None:
    answer = _ok(
        api.post("/agent/invoke", json={"agent": "ops", "message": "run the audit workflow"})
    )
    assert answer["pending_delegations"] == []
    observation = json.loads(answer["tool_calls"][0]["observation"])
    assert observation["run_status"] == "completed" and "audit" in observation["output"]
    allowed = _ok(
        api.post(
            "/agent/invoke",
            json={
                "agent": "ops",
                "message": "run the audit workflow",
                "async": {"allow_background": True},
            },
        )
    )
    assert len(allowed["pending_delegations"]) == 1  # explicit opt-in, polled with GET
    refused = _ok(
        api.post(
            "/agent/invoke",
            json={
                "agent": "ops",
                "message": "run the audit workflow",
                "thread_id": "t",
                "async": {"allow_background": False},
            },
        )
    )
    assert refused["pending_delegations"] == []


def test_running_delegations_are_listed_per_thread_and_can_be_cancelled() -> None:
    with running_server(stream_pace=0, delegation_seconds=60) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            answer = _ok(
                api.post(
                    "/agent/invoke",
                    json={
                        "agent": "ops",
                        "message": "run the slow workflow",
                        "thread_id": "t-slow",
                    },
                )
            )
            delegation_id = answer["pending_delegations"][0]["id"]
            listed = _ok(api.get("/agent/threads/t-slow/delegations"))["delegations"]
            assert [d["id"] for d in listed] == [delegation_id]
            assert listed[0]["status"] in {"pending", "running"}
            assert _ok(api.get("/agent/threads/other/delegations")) == {"delegations": []}
            cancelled = _ok(api.post(f"/agent/delegations/{delegation_id}/cancel"))
            assert cancelled["status"] == "cancelled" and cancelled["result"] is None
            assert _ok(api.get(f"/agent/delegations/{delegation_id}"))["status"] == "cancelled"
            assert _ok(api.get("/agent/threads/t-slow/delegations")) == {"delegations": []}
            missing = api.get("/agent/delegations/4b8e1c2d-3f4a-4b5c-9d6e-7f8a9b0c1d2e")
            assert missing.status_code == 404


def test_a_failing_background_workflow_reports_failed(
    api: httpx.Client, receiver: CallbackReceiver
) -> None:
    api.post(
        "/agent/invoke",
        json={
            "agent": "ops",
            "message": "run the fail-nightly workflow",
            "async": {"callback_url": receiver.url},
        },
    )
    [callback] = receiver.wait_for(1)
    delegation = json.loads(callback.body)["data"]["delegation"]
    assert delegation["status"] == "failed" and "fail-nightly" in delegation["result"]["error"]


# ---- tool-action approvals ------------------------------------------------------------------
def _paused(api: httpx.Client, message: str = "What is new? search it", **extra: Any) -> Any:
    body = {"agent": "analyst", "message": message, "tool_approval": "policy", **extra}
    return _ok(api.post("/agent/invoke", json=body))


def test_policy_pauses_the_run_until_the_approval_is_decided(api: httpx.Client) -> None:
    answer = _paused(api, thread_id="t-appr")
    assert answer["run_status"] == "awaiting_approval" and answer["tool_calls"] == []
    [approval] = answer["tool_action_approvals"]
    assert approval["tool_name"] == "google_search" and approval["status"] == "pending"
    assert approval["run_id"] == answer["run_id"] and approval["request_id"] == answer["request_id"]
    assert _ok(api.get(f"/public/requests/{answer['request_id']}"))["status"] == "awaiting_approval"
    assert _ok(api.get(f"{APPROVALS}/{approval['id']}"))["tool_action_approval"] == approval
    assert [a["id"] for a in _ok(api.get(APPROVALS))["tool_action_approvals"]] == [approval["id"]]

    decided = _ok(api.post(f"{APPROVALS}/{approval['id']}/decide", json={"decision": "allow_once"}))
    assert decided["tool_action_approval"]["status"] == "approved"
    assert decided["tool_action_approval"]["decided_at"] is not None
    # The run went on: the tool ran, the answer is stored, the thread remembers it.
    lookup = _ok(api.get(f"/public/requests/{answer['request_id']}"))
    assert lookup["status"] == "completed"
    assert lookup["data"]["tool_calls"][0]["tool_name"] == "google_search"
    assert "A search found" in lookup["data"]["response"]
    later = _ok(
        api.post(
            "/agent/invoke", json={"agent": "analyst", "message": "thanks", "thread_id": "t-appr"}
        )
    )
    assert "What is new?" in later["response"]
    # Decided approvals leave the default (pending) list; a second decision is a conflict.
    assert _ok(api.get(APPROVALS))["tool_action_approvals"] == []
    assert len(_ok(api.get(APPROVALS, params={"status": "approved"}))["tool_action_approvals"]) == 1
    again = api.post(f"{APPROVALS}/{approval['id']}/decide", json={"decision": "deny"})
    assert again.status_code == 409


def test_a_denied_tool_is_not_called_and_every_approval_must_be_decided(api: httpx.Client) -> None:
    answer = _paused(api, "Search the news? then run the digest workflow")
    search, workflow = answer["tool_action_approvals"]
    assert (search["tool_name"], workflow["tool_name"]) == ("google_search", "run_workflow")
    _ok(api.post(f"{APPROVALS}/{search['id']}/decide", json={"decision": "deny"}))
    # One approval is still pending: the run waits.
    assert _ok(api.get(f"/public/requests/{answer['request_id']}"))["status"] == "awaiting_approval"
    _ok(api.post(f"{APPROVALS}/{workflow['id']}/decide", json={"decision": "allow_once"}))
    data = _ok(api.get(f"/public/requests/{answer['request_id']}"))["data"]
    assert [call["tool_name"] for call in data["tool_calls"]] == ["run_workflow"]
    assert "google_search was not called" in data["response"]


def test_callback_mode_with_policy_delivers_agent_completed_after_the_decision(
    api: httpx.Client, server: RunningServer, receiver: CallbackReceiver
) -> None:
    accepted = _ok(
        api.post(
            "/agent/invoke",
            json={
                "agent": "analyst",
                "message": "search the docs?",
                "tool_approval": "policy",
                "async": {"enabled": True, "callback_url": receiver.url},
            },
        )
    )
    assert accepted["run_status"] == "running"
    # The paused run waits in the background; its approval appears for the request.
    approvals = _wait_for_approvals(api, accepted["request_id"])
    assert receiver.received == []
    _ok(api.post(f"{APPROVALS}/{approvals[0]['id']}/decide", json={"decision": "allow_once"}))
    [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert (
        event["event_type"] == "agent.completed" and "A search found" in event["data"]["response"]
    )
    assert _signed(accepted["webhook_secret"], callback.body, callback.headers[SIGNATURE_HEADER])


def _wait_for_approvals(api: httpx.Client, request_id: str) -> list[dict[str, Any]]:
    for _ in range(500):
        found: list[dict[str, Any]] = _ok(api.get(APPROVALS, params={"request_id": request_id}))[
            "tool_action_approvals"
        ]
        if found:
            return found
    raise AssertionError("the paused run's approval never appeared")


def test_streams_pause_too_and_auto_approve_needs_no_decision(api: httpx.Client) -> None:
    body = {
        "agent": "analyst",
        "message": "search this?",
        "tool_approval": "policy",
        "streaming": True,
    }
    response = api.post("/agent/invoke", json=body)
    texts = [
        json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: {")
    ]
    assert "tool" not in [event["type"] for event in texts] and texts[-1]["type"] == "usage"
    assert "Waiting for approval of google_search" in "".join(
        event["response"] for event in texts if event["type"] == "response"
    )
    record = _ok(api.get(f"/public/requests/{response.headers['X-Request-Id']}"))
    assert record["status"] == "awaiting_approval"
    auto = _ok(
        api.post(
            "/agent/invoke", json={**body, "streaming": False, "tool_approval": "auto_approve"}
        )
    )
    assert auto["tool_calls"][0]["tool_name"] == "google_search"


def test_approvals_are_filtered_and_paged_with_a_cursor(api: httpx.Client) -> None:
    first = _paused(api, "search a?")
    second = _paused(api, "search b?", agent="other")
    third = _paused(api, "search c?")
    ids = [answer["tool_action_approvals"][0]["id"] for answer in (first, second, third)]
    page = _ok(api.get(APPROVALS, params={"limit": 2}))
    assert [a["id"] for a in page["tool_action_approvals"]] == ids[:2] and page["next_cursor"]
    rest = _ok(api.get(APPROVALS, params={"limit": 2, "cursor": page["next_cursor"]}))
    assert [a["id"] for a in rest["tool_action_approvals"]] == ids[2:] and rest[
        "next_cursor"
    ] is None
    by_agent = _ok(api.get(APPROVALS, params={"agent_id": "other"}))["tool_action_approvals"]
    assert [a["id"] for a in by_agent] == [ids[1]]
    by_run = _ok(api.get(APPROVALS, params={"run_id": third["run_id"]}))["tool_action_approvals"]
    assert [a["id"] for a in by_run] == [ids[2]]
    assert api.get(APPROVALS, params={"cursor": "nonsense"}).status_code == 422
    assert api.get(APPROVALS, params={"limit": 0}).status_code == 400
    assert api.get(f"{APPROVALS}/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d").status_code == 404
    bad = api.post(f"{APPROVALS}/{ids[0]}/decide", json={"decision": "maybe"})
    assert bad.status_code == 422


# ---- Hive Agents ----------------------------------------------------------------------------
def test_a_hive_agent_run_reads_its_sources_and_delivers_a_signed_callback(
    api: httpx.Client, server: RunningServer, receiver: CallbackReceiver
) -> None:
    kb = _ok(api.post(f"{WS}/knowledge_bases", json={"knowledge_base": {"name": "Pricing"}}))[
        "knowledge_base"
    ]
    api.post(
        f"{WS}/knowledge_bases/{kb['id']}/items",
        json={
            "knowledge_base_item": {
                "name": "Plans",
                "data_content": "Competitor pricing starts at 10 dollars.",
            }
        },
    )
    asset = _ok(api.post(f"{WS}/assets", files={"file": ("brief.txt", b"brief")}))["asset"]
    response = api.post(
        "/hive-agent/invoke",
        json={
            "hive_agent": "market-research",
            "objective": "Compare competitor pricing",
            "sources": {
                "knowledge_base_ids": [kb["id"]],
                "asset_ids": [asset["id"]],
                "website_urls": ["https://example.com/pricing"],
            },
            "unattended": True,
            "budget_policy": "stop",
            "async": {"enabled": True, "callback_url": receiver.url},
        },
    )
    assert response.status_code == 202
    accepted = response.json()
    assert accepted["status"] == "pending" and accepted["webhook_secret"].startswith("whsec_")
    assert accepted["webhook_secret"] == server.webhook_secret("hive_agent", "market-research")
    [callback] = receiver.wait_for(1)
    assert _signed(accepted["webhook_secret"], callback.body, callback.headers[SIGNATURE_HEADER])
    event = json.loads(callback.body)
    assert event["event_type"] == "hive_agent.completed"
    assert event["request_id"] == accepted["request_id"]
    data = event["data"]
    assert data["run_id"] == accepted["run_id"] and data["status"] == "completed"
    assert "[Plans] Competitor pricing starts at 10 dollars." in data["output"]
    assert "brief.txt" in data["output"] and "https://example.com/pricing" in data["output"]
    assert [s["type"] for s in data["sources_used"]] == ["knowledge_base", "asset", "website"]
    server.wait_for_deliveries(1, request_id=accepted["request_id"])
    lookup = _ok(api.get(f"/public/requests/{accepted['request_id']}"))
    assert lookup["request_type"] == "hive_agent" and lookup["status"] == "completed"


def test_a_failing_hive_agent_delivers_hive_agent_failed(
    api: httpx.Client, receiver: CallbackReceiver
) -> None:
    body = {
        "hive_agent": "fail-research",
        "objective": "x",
        "async": {"enabled": True, "callback_url": receiver.url},
    }
    assert api.post("/hive-agent/invoke", json=body).status_code == 202
    [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "hive_agent.failed" and event["data"]["error"]


@pytest.mark.parametrize(
    "body",
    [
        {"hive_agent": "h", "objective": "o"},
        {
            "hive_agent": "h",
            "objective": "o",
            "async": {"enabled": False, "callback_url": "http://127.0.0.1:9/"},
        },
        {"hive_agent": "h", "objective": "o", "async": {"enabled": True}},
        {
            "hive_agent": "h",
            "objective": "o",
            "budget_policy": "spend",
            "async": {"enabled": True, "callback_url": "http://127.0.0.1:9/"},
        },
    ],
)
def test_hive_agent_bodies_that_break_the_rules_are_refused(
    api: httpx.Client, body: dict[str, Any]
) -> None:
    assert api.post("/hive-agent/invoke", json=body).status_code == 422


@pytest.mark.parametrize("thread_id", ["a%0Ab", "%C2%A6%0A", "line%0D%0Abreak"])
def test_any_thread_id_reaches_its_delegation_list(api: httpx.Client, thread_id: str) -> None:
    # Path parameters with line breaks used to 404 at the /v1 mount (schemathesis found it).
    assert _ok(api.get(f"/agent/threads/{thread_id}/delegations")) == {"delegations": []}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("thread_id", ["team/q3", "a/b/delegations", "/lead", "trail/"])
async def test_a_thread_id_with_a_slash_lists_its_delegations(kind: str, thread_id: str) -> None:
    # Thread ids are caller-chosen strings (nothing more is documented): the SDK sends a `/`
    # percent-encoded, the server decodes it, and the thread's route must still match.
    from fetch_hive_sdk import AsyncFetchHive, FetchHive

    with running_server(stream_pace=0, delegation_seconds=60) as server:
        options = {"api_key": server.api_key, "base_url": server.base_url}
        message = "run the report workflow"
        if kind == "sync":
            with FetchHive(**options) as client:
                answer = client.invoke_agent(agent="ops", message=message, thread_id=thread_id)
                envelope = client.list_thread_delegations(thread_id)
                listed = client.delegations.list(thread_id)
                elsewhere = client.delegations.list(thread_id + "x")
        else:
            async with AsyncFetchHive(**options) as aclient:
                answer = await aclient.invoke_agent(
                    agent="ops", message=message, thread_id=thread_id
                )
                envelope = await aclient.list_thread_delegations(thread_id)
                listed = await aclient.delegations.list(thread_id)
                elsewhere = await aclient.delegations.list(thread_id + "x")
        [pending] = answer["pending_delegations"]
        assert [d["id"] for d in envelope["delegations"]] == [pending["id"]]
        assert [d.id for d in listed] == [pending["id"]]
        assert elsewhere == []


def test_hive_agent_runs_outlive_a_restart_with_a_state_file(tmp_path: Any) -> None:
    state = tmp_path / "reference.sqlite3"
    finished_body = {
        "hive_agent": "market-research",
        "objective": "Size the EU bike market",
        "metadata": {"team": "growth"},
    }
    with callback_receiver() as receiver:
        finished_body["async"] = {"enabled": True, "callback_url": receiver.url}
        with running_server(stream_pace=0, state_path=state, hive_agent_seconds=0) as server:
            headers = {"Authorization": f"Bearer {server.api_key}"}
            with httpx.Client(base_url=server.base_url, headers=headers) as api:
                finished = api.post("/hive-agent/invoke", json=finished_body).json()
                [callback] = receiver.wait_for(1)  # the run is over (stored before it is sent)
                before = _ok(api.get(f"/public/requests/{finished['request_id']}"))
    # A run still going when the server stops never finishes: after the restart it is failed.
    with running_server(stream_pace=0, state_path=state, hive_agent_seconds=3600) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            body = {**finished_body, "async": {"enabled": True, "callback_url": receiver.url}}
            unfinished = api.post("/hive-agent/invoke", json=body).json()
            running = _ok(api.get(f"/public/requests/{unfinished['request_id']}"))
            assert running["status"] == "running"
    with running_server(stream_pace=0, state_path=state) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            after = _ok(api.get(f"/public/requests/{finished['request_id']}"))
            assert after == before
            assert after["status"] == "completed" and after["request_type"] == "hive_agent"
            assert "Size the EU bike market" in after["data"]["output"]
            assert after["metadata"] == {"team": "growth"}
            assert json.loads(callback.body)["data"] == after["data"]
            failed = _ok(api.get(f"/public/requests/{unfinished['request_id']}"))
            assert failed["status"] == "failed" and failed["ended_at"] is not None
            assert failed["message"] == "The reference server stopped before the run finished."
            # Other runs stay in memory only, as before.
            assert api.get("/public/requests/req_00000000000000000000000000000000").status_code == (
                404
            )


def test_the_contract_runs_messages_start_delegations(api: httpx.Client) -> None:
    # schemathesis draws part of its invokeAgent messages and thread ids from these, so that
    # the stateful phase gets delegations to follow its links to (contract.py).
    from fetch_hive_reference.contract import THREAD_IDS, WORKFLOW_MESSAGES

    for message in WORKFLOW_MESSAGES:
        for thread_id in THREAD_IDS:
            body = {"agent": "ops", "message": message, "thread_id": thread_id}
            answer = _ok(api.post("/agent/invoke", json=body))
            assert len(answer["pending_delegations"]) == 1, (message, thread_id)
