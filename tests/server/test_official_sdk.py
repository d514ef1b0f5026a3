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
    with running_server(stream_pace=0) as server, callback_receiver() as receiver:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(OFFICIAL_SDK),
            "FETCH_HIVE_API_KEY": server.api_key,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        result = subprocess.run(
            [sys.executable, str(DRIVER), server.base_url, receiver.url],
            env=env,
            cwd=OFFICIAL_SDK,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        out: dict[str, Any] = json.loads(result.stdout)
        out["callbacks"] = [
            {"body": c.body.decode(), "signature": c.headers["X-Fetch-Hive-Signature"]}
            for c in receiver.wait_for(2)
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
