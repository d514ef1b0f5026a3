"""The resource commands of `fetch-hive` (kb, agents, chats, models, assets, hive-agent,
delegations, approvals), run through `cli.main` against the reference server over a real
socket. The console-script process itself is covered by test_cli.py."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import FetchHive, cli


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0, delegation_seconds=30) as running:
        yield running


@pytest.fixture(autouse=True)
def environment(server: RunningServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FETCH_HIVE_API_KEY", "FETCH_HIVE_BASE_URL", "FETCH_HIVE_WORKSPACE_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FETCH_HIVE_API_KEY", server.api_key)
    monkeypatch.setenv("FETCH_HIVE_BASE_URL", server.base_url)
    monkeypatch.setenv("FETCH_HIVE_WORKSPACE_ID", server.settings.workspace_id)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


def run_json(*argv: str) -> Any:
    code, text = run(*argv, "--json")
    assert code == 0, text
    return json.loads(text)


def test_knowledge_base_lifecycle_from_the_terminal(tmp_path: Path) -> None:
    created = run_json("kb", "create", "Handbook", "--search-type", "hybrid")
    assert created["name"] == "Handbook" and created["search_type"] == "hybrid"
    kb_id = created["id"]

    code, listing = run("kb", "list")
    assert code == 0 and kb_id in listing and "Handbook" in listing
    assert listing.splitlines()[0].split() == [
        "id",
        "name",
        "search_type",
        "data_item_count",
        "status",
    ]

    source = tmp_path / "refunds.txt"
    source.write_text("Refunds are paid within 14 days of the return.", encoding="utf-8")
    item = run_json("kb", "items", "add", kb_id, "Refund policy", "--content-file", str(source))
    assert item["name"] == "Refund policy"
    assert [i["id"] for i in run_json("kb", "items", "list", kb_id)] == [item["id"]]
    assert run_json("kb", "items", "get", kb_id, item["id"])["id"] == item["id"]
    run_json("kb", "items", "regenerate", kb_id, item["id"])

    chunks = run_json("kb", "search", kb_id, "refunds paid", "--chunk-limit", "3")
    assert chunks and "14 days" in chunks[0]["content"]
    code, table = run("kb", "search", kb_id, "refunds paid")
    assert code == 0 and "Refund policy" in table

    updated = run_json("kb", "update", kb_id, "--name", "Staff handbook")
    assert updated["name"] == "Staff handbook"
    code, shown = run("kb", "get", kb_id)
    assert code == 0 and "name: Staff handbook" in shown

    run_json("kb", "items", "delete", kb_id, item["id"])
    assert run_json("kb", "items", "list", kb_id) == []
    assert run_json("kb", "delete", kb_id)["message"]


def test_agents_chats_and_models(capsys: pytest.CaptureFixture[str]) -> None:
    models = run_json("models")
    assert models and all("slug" in model for model in models)
    llm = next(m for m in models if m.get("model_type") == "llm")
    agent = run_json(
        "agents", "create", "Support", "--llm-model", llm["slug"], "--model-type", "llm",
        "--temperature", "0.3",
    )  # fmt: skip
    assert agent["name"] == "Support" and agent["llm_model"] == llm["slug"]
    assert agent["id"] in [a["id"] for a in run_json("agents", "list")]
    assert run_json("agents", "get", agent["id"])["name"] == "Support"

    chat = run_json("chats", "create", agent["id"], "Refunds")
    with FetchHive(workspace_id=None) as client:
        client.invoke_agent(agent=agent["id"], message="How do refunds work?", thread_id=chat["id"])
    messages = run_json("chats", "messages", agent["id"], chat["id"])
    assert [m["role"] for m in messages][:1] == ["user"]
    code, table = run("chats", "messages", agent["id"], chat["id"])
    assert code == 0 and "How do refunds work?" in table
    run_json("chats", "clear", agent["id"], chat["id"])
    assert run_json("chats", "messages", agent["id"], chat["id"]) == []
    run_json("chats", "delete", agent["id"], chat["id"])
    run_json("agents", "delete", agent["id"])

    # Out of range, refused before anything is sent: exit 2 with the field named.
    code, _ = run(
        "agents", "create", "Hot", "--llm-model", llm["slug"], "--model-type", "llm",
        "--temperature", "5",
    )  # fmt: skip
    assert code == 2 and "temperature" in capsys.readouterr().err


def test_assets_upload_streams_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(b"quarterly numbers\n" * 1000)
    asset = run_json("assets", "upload", str(report), "--content-type", "text/plain")
    assert asset["file_name"] == "report.txt" and asset["file_size"] == report.stat().st_size
    code, table = run("assets", "list")
    assert code == 0 and asset["id"] in table

    code, _ = run("assets", "upload", str(tmp_path / "missing.pdf"))
    assert code == 2 and "no such file" in capsys.readouterr().err


def test_approvals_and_delegations(server: RunningServer) -> None:
    llm = next(m for m in run_json("models") if m.get("model_type") == "llm")
    agent = run_json("agents", "create", "Ops", "--llm-model", llm["slug"], "--model-type", "llm")
    with FetchHive() as client:
        paused = client.invoke_agent(
            agent=agent["id"], message="Search the refund rules?", tool_approval="policy"
        )
        assert paused["run_status"] == "awaiting_approval"
        thread = "cli-delegations"
        started = client.invoke_agent(
            agent=agent["id"], message="Run the quarterly workflow", thread_id=thread
        )
    pending = run_json("approvals", "list", "--status", "pending", "--agent-id", agent["id"])
    assert len(pending) == 1
    assert run_json("approvals", "get", pending[0]["id"])["status"] == "pending"
    decided = run_json("approvals", "decide", pending[0]["id"], "allow_once")
    assert decided["status"] != "pending"

    delegation_id = started["pending_delegations"][0]["id"]
    assert delegation_id in [d["id"] for d in run_json("delegations", "list", thread)]
    assert run_json("delegations", "get", delegation_id)["id"] == delegation_id
    assert run_json("delegations", "cancel", delegation_id)["status"] == "cancelled"


def test_hive_agent_run_is_accepted(server: RunningServer) -> None:
    accepted = run_json(
        "hive-agent", "run", "market-research", "Size the EU bike market",
        "--callback-url", "http://127.0.0.1:9/hook", "--unattended",
    )  # fmt: skip
    assert accepted["run_id"] and accepted["request_id"]
    code, shown = run(
        "hive-agent", "run", "market-research", "Again", "--callback-url", "http://127.0.0.1:9/h"
    )
    # The one-time webhook secret is the caller's to keep: printed on request, as sent.
    assert code == 0 and "run_id: " in shown


def test_workspace_comes_from_the_option_or_is_asked_for(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FETCH_HIVE_WORKSPACE_ID")
    code, _ = run("kb", "list")
    assert code == 2 and "workspace" in capsys.readouterr().err.lower()
    code, _ = run("--workspace-id", server.settings.workspace_id, "kb", "list")
    assert code == 0
    code, _ = run("--workspace-id", "../etc", "kb", "list")
    err = capsys.readouterr().err
    assert code == 2 and "workspace" in err.lower()


def test_service_errors_exit_1_with_the_status(capsys: pytest.CaptureFixture[str]) -> None:
    # The documented answer for an unknown knowledge base is 422 (not 404).
    code, _ = run("kb", "get", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and "HTTP 422 [not_found]" in capsys.readouterr().err


def test_bad_content_options_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    kb_id = run_json("kb", "create", "Empty")["id"]
    code, _ = run("kb", "items", "add", kb_id, "Nothing")
    assert code == 2 and "--content" in capsys.readouterr().err


def test_update_commands_for_items_agents_and_chats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb_id = run_json("kb", "create", "Policies")["id"]
    item = run_json("kb", "items", "add", kb_id, "Returns", "--content", "Returns within 30 days.")
    source = tmp_path / "returns.txt"
    source.write_text("Refunds are paid within 14 days of the return.", encoding="utf-8")
    changed = run_json(
        "kb", "items", "update", kb_id, item["id"], "--name", "Refunds",
        "--content-file", str(source), "--maximum-chunk-length", "50",
    )  # fmt: skip
    assert changed["id"] == item["id"] and changed["name"] == "Refunds"
    assert changed["maximum_chunk_length"] == 50
    shown = run_json("kb", "items", "get", kb_id, item["id"])
    assert shown["name"] == "Refunds" and "14 days" in shown["data_content"]
    # The new text is what the knowledge base now finds.
    chunks = run_json("kb", "search", kb_id, "refunds paid")
    assert chunks and "14 days" in chunks[0]["content"]

    llm = next(m for m in run_json("models") if m.get("model_type") == "llm")
    agent = run_json(
        "agents", "create", "Helper", "--llm-model", llm["slug"], "--model-type", "llm"
    )
    renamed = run_json(
        "agents", "update", agent["id"], "--name", "Support helper", "--temperature", "0.2",
        "--instruction-prompt", "Be brief.",
    )  # fmt: skip
    assert renamed["name"] == "Support helper" and renamed["temperature"] == 0.2
    assert run_json("agents", "get", agent["id"])["instruction_prompt"] == "Be brief."
    code, shown_text = run("agents", "update", agent["id"], "--description", "Answers refunds")
    assert code == 0 and "description: Answers refunds" in shown_text

    chat = run_json("chats", "create", agent["id"], "Draft")
    assert run_json("chats", "update", agent["id"], chat["id"], "--name", "Refunds")["name"] == (
        "Refunds"
    )
    assert run_json("chats", "get", agent["id"], chat["id"])["name"] == "Refunds"

    # Refused before anything is sent: out of range, nothing to change, an empty name.
    code, _ = run("agents", "update", agent["id"], "--temperature", "9")
    assert code == 2 and "temperature" in capsys.readouterr().err
    code, _ = run("agents", "update", agent["id"])
    assert code == 2 and "nothing to change" in capsys.readouterr().err
    code, _ = run("kb", "items", "update", kb_id, item["id"])
    assert code == 2 and "--content-file" in capsys.readouterr().err
    code, _ = run(
        "kb", "items", "update", kb_id, item["id"], "--content", "a", "--content-file", str(source)
    )
    assert code == 2 and "not both" in capsys.readouterr().err
    code, _ = run("chats", "update", agent["id"], chat["id"], "--name", "")
    assert code == 2 and 'chat["name"]: must not be empty' in capsys.readouterr().err
    assert run_json("chats", "get", agent["id"], chat["id"])["name"] == "Refunds"
