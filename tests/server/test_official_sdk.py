"""fetch-hive-sdk 0.4.1, the official client nobody here wrote, works against the server."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fetch_hive_reference.testing import callback_receiver, running_server

ROOT = Path(__file__).resolve().parents[2]
OFFICIAL_SDK = ROOT / ".vendor" / "fetch-hive-sdk-0.4.1"
DRIVER = Path(__file__).with_name("_official_sdk_driver.py")


def _texts(events: list[dict[str, Any]], kind: str) -> str:
    return "".join(event["response"] for event in events if event["type"] == kind)


@pytest.fixture(scope="module")
def official() -> dict[str, Any]:
    if not (OFFICIAL_SDK / "fetch_hive_sdk" / "client.py").is_file():
        pytest.fail(f"fetch-hive-sdk 0.4.1 is not installed in {OFFICIAL_SDK}: run `make install`")
    # Delegations run long enough to be cancelled while running.
    with (
        running_server(stream_pace=0, delegation_seconds=30) as server,
        callback_receiver() as receiver,
    ):
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(OFFICIAL_SDK),
            "FETCH_HIVE_API_KEY": server.api_key,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        result = subprocess.run(
            [
                sys.executable,
                str(DRIVER),
                server.base_url,
                receiver.url,
                server.settings.workspace_id,
            ],
            env=env,
            cwd=OFFICIAL_SDK,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        out: dict[str, Any] = json.loads(result.stdout)
        out["callbacks"] = [
            {"body": c.body.decode(), "signature": c.headers["X-Fetch-Hive-Signature"]}
            for c in receiver.wait_for(3)  # workflow, agent, Hive Agent
        ]
    return out


def test_it_is_the_official_package(official: dict[str, Any]) -> None:
    assert official["sdk_file"].startswith(str(OFFICIAL_SDK))


def test_prompt_and_its_streams(official: dict[str, Any]) -> None:
    prompt = official["prompt"]
    assert "Alice" in prompt["response"] and prompt["reasoning"]
    stream = official["prompt_stream"]
    assert _texts(stream, "response") == prompt["response"]
    assert _texts(stream, "reasoning") == prompt["reasoning"]
    assert stream[-1]["type"] == "usage"
    astream = official["prompt_astream"]
    assert "Bob" in _texts(astream, "response") and astream[-1]["type"] == "usage"


def test_workflow_direct_and_callback(official: dict[str, Any]) -> None:
    assert official["workflow"]["run_status"] == "completed"
    assert "AI" in official["workflow"]["output"]
    accepted = official["workflow_callback"]
    assert accepted["run_status"] == "running"
    callbacks = {json.loads(c["body"])["request_id"]: c for c in official["callbacks"]}
    delivered = callbacks[accepted["request_id"]]
    expected = hmac.new(
        accepted["webhook_secret"].encode(), delivered["body"].encode(), hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(delivered["signature"], expected)
    assert json.loads(delivered["body"])["event_type"] == "workflow.completed"
    assert official["request"]["status"] == "completed"


def test_agent_calls_and_streams(official: dict[str, Any]) -> None:
    agent = official["agent"]
    assert agent["thread_id"] == "thread-official"
    assert agent["tool_calls"][0]["tool_name"] == "google_search"
    assert "1 attachment(s)" in agent["response"]  # 0.4.1 sends image_urls as attachments
    stream = official["agent_stream"]
    assert stream[-1]["type"] == "usage"
    assert "How did Q3 go?" in _texts(stream, "response")  # `messages` honoured
    astream = official["agent_astream"]
    assert any(event["type"] == "tool" for event in astream)
    assert official["agent_callback"]["run_status"] == "running"
    events = [json.loads(c["body"])["event_type"] for c in official["callbacks"]]
    assert "agent.completed" in events


def _signed_by(secret: str, callback: dict[str, str]) -> bool:
    expected = hmac.new(secret.encode(), callback["body"].encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(callback["signature"], expected)


def test_every_public_method_of_0_4_1_is_called(official: dict[str, Any]) -> None:
    assert len(official["public_methods"]) == 38
    assert official["called"] == official["public_methods"]


def test_knowledge_base_items_and_search(official: dict[str, Any]) -> None:
    [kb] = official["kb_list"]["knowledge_bases"]
    assert kb["data_item_count"] == 2
    assert official["kb_get"]["knowledge_base"]["id"] == kb["id"]
    assert official["kb_update"]["knowledge_base"]["name"] == "Support (EN)"
    assert [i["name"] for i in official["items"]["knowledge_base_items"]] == ["Refunds", "Shipping"]
    assert official["item_get"]["knowledge_base_item"]["name"] == "Refunds"
    assert "refunds ship back" in official["item_update"]["knowledge_base_item"]["data_content"]
    assert official["item_regenerate"]["request_id"].startswith("req_")
    chunks = official["search"]["response"]["chunks"]
    assert chunks[0]["item_name"] == "Refunds" and chunks[0]["score"] == 1.0
    assert [c["score"] for c in chunks] == sorted((c["score"] for c in chunks), reverse=True)


def test_agent_chat_messages_and_clearing(official: dict[str, Any]) -> None:
    agent = official["agent_create"]
    assert [a["id"] for a in official["agents"]["agents"]] == [agent["id"]]
    assert official["agent_get"]["agent"]["name"] == "Support"
    assert official["agent_update"]["agent"]["temperature"] == 0.4
    assert official["chat_update"]["chat"]["name"] == "Done"
    messages = official["messages"]["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant"]
    assert messages[0]["content"] == "How do refunds work?"
    assert official["cleared"]["chat"]["message_count"] == 0
    assert official["messages_after_clear"] == {"messages": []}


def test_approval_decided_and_the_run_went_on(official: dict[str, Any]) -> None:
    assert official["paused"]["run_status"] == "awaiting_approval"
    [approval] = official["approvals"]["tool_action_approvals"]
    assert official["approval_get"]["tool_action_approval"] == approval
    assert official["approval_decided"]["tool_action_approval"]["status"] == "approved"
    after = official["paused_after"]
    assert after["status"] == "completed"
    assert after["data"]["tool_calls"][0]["tool_name"] == "google_search"


def test_delegation_listed_and_cancelled(official: dict[str, Any]) -> None:
    [listed] = official["thread_delegations"]["delegations"]
    assert official["delegation_get"]["id"] == listed["id"]
    assert official["delegation_cancel"]["status"] == "cancelled"


def test_hive_agent_run_and_its_signed_callback(official: dict[str, Any]) -> None:
    hive = official["hive"]
    assert hive["status"] == "pending" and hive["run_id"]
    callbacks = {json.loads(c["body"])["request_id"]: c for c in official["callbacks"]}
    delivered = callbacks[hive["request_id"]]
    assert _signed_by(hive["webhook_secret"], delivered)
    event = json.loads(delivered["body"])
    assert event["event_type"] == "hive_agent.completed"
    assert "Refunds are possible within 30 days" in event["data"]["output"]
    assert official["hive_request"]["status"] == "completed"


def test_everything_was_deleted(official: dict[str, Any]) -> None:
    for key in ("chat_delete", "agent_delete", "item_delete", "kb_delete"):
        assert official[key]["message"], key
    assert official["kb_list_after"] == {"knowledge_bases": []}
    assert official["agents_after"] == {"agents": []}
