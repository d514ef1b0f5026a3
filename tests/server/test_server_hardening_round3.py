"""Issue 21 (items 6, 13, 14 and the server's half of 15): start-up failures of `--state` in
one line, a failed direct workflow run that says why, both `tool_input` shapes, the request
record's nullable fields, and every invention of the server named as one."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from fetch_hive_api.models import RequestRecord
from fetch_hive_reference.spec import ApiSpec, find_spec_file
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import AsyncFetchHive, FetchHive

from tests.server._support import sse_events

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "reference-server.md"


# ---- 6: --state that cannot hold the state --------------------------------------------------
def _state_case(tmp_path: Path, case: str) -> tuple[Path, str]:
    if case == "folder":
        return tmp_path, "is a folder, not a file"
    if case == "missing_folder":
        return (
            tmp_path / "nowhere" / "state.db",
            f"its folder {tmp_path / 'nowhere'} does not exist",
        )
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes, not a database.\n" * 20)
    return notes, "not an SQLite database"


@pytest.mark.parametrize("case", ["folder", "missing_folder", "not_a_database"])
@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "fetch_hive_reference"],
        [str(Path(sys.executable).with_name("fetch-hive")), "mock"],
    ],
    ids=["python -m fetch_hive_reference", "fetch-hive mock"],
)
def test_a_state_path_that_cannot_hold_the_state_is_one_line_and_exit_2(
    tmp_path: Path, case: str, command: list[str]
) -> None:
    path, cause = _state_case(tmp_path, case)
    before = path.read_bytes() if path.is_file() else None
    done = subprocess.run(
        [*command, "--port", "0", "--state", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    assert line.endswith(f"error: --state {path}: {cause}"), line
    if before is not None:
        assert path.read_bytes() == before  # nothing written into the user's file


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0) as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, trust_env=False) as client:
        yield client


# ---- 13: a failed direct workflow run says why ---------------------------------------------
def test_a_failed_direct_workflow_run_carries_its_error(http: httpx.Client) -> None:
    answer = http.post("/workflow/invoke", json={"deployment": "fail-nightly-report"}).json()
    assert (answer["run_status"], answer["output"]) == ("failed", None)
    lookup = http.get(f"/public/requests/{answer['request_id']}").json()
    assert answer["error"] == lookup["data"]["error"] == lookup["message"]
    assert "fail-nightly-report" in answer["error"]
    completed = http.post("/workflow/invoke", json={"deployment": "nightly-report"}).json()
    assert completed["run_status"] == "completed" and "error" not in completed


def test_the_sdk_reads_the_error_of_a_failed_workflow_run(server: RunningServer) -> None:
    with FetchHive(api_key=server.api_key, base_url=server.base_url) as client:
        result = client.invoke_workflow(deployment="fail-nightly-report")
    assert result.run_status == "failed"
    assert result.error is not None and "fail-nightly-report" in result.error


# ---- 14: both shapes of tool_input -----------------------------------------------------------
SEARCH = "Can you search the Q3 numbers?"


def _tool_inputs(http: httpx.Client, agent: str) -> tuple[Any, Any]:
    answer = http.post("/agent/invoke", json={"agent": agent, "message": SEARCH}).json()
    streamed = http.post(
        "/agent/invoke", json={"agent": agent, "message": SEARCH, "streaming": True}
    )
    events = [json.loads(data) for data in sse_events(streamed.text) if data != "[DONE]"]
    [tool] = [event for event in events if event["type"] == "tool"]
    return answer["tool_calls"][0]["tool_input"], tool["tool_input"]


def test_agents_send_tool_input_as_an_object_by_default(http: httpx.Client) -> None:
    called, streamed = _tool_inputs(http, "helper")
    assert called == streamed == {"query": SEARCH}


def test_a_text_tools_agent_sends_tool_input_as_serialised_json(http: httpx.Client) -> None:
    called, streamed = _tool_inputs(http, "text-tools-helper")
    assert isinstance(called, str) and called == streamed
    assert json.loads(called) == {"query": SEARCH}


@pytest.mark.anyio
async def test_the_sdk_reads_both_tool_input_shapes(server: RunningServer) -> None:
    async with AsyncFetchHive(api_key=server.api_key, base_url=server.base_url) as client:
        plain = await client.invoke_agent(agent="helper", message=SEARCH)
        text = await client.invoke_agent(agent="text-tools-helper", message=SEARCH)
    assert plain.tool_calls is not None and text.tool_calls is not None
    assert plain.tool_calls[0]["tool_input"] == {"query": SEARCH}
    assert json.loads(text.tool_calls[0]["tool_input"]) == {"query": SEARCH}


# ---- 14: RequestRecord's requestable fields may be null -------------------------------------
def test_a_request_record_with_null_requestable_fields_matches_the_spec() -> None:
    spec = ApiSpec.load()
    check = spec.validator_for("/components/schemas/RequestRecord")
    record = {
        "request_id": "req_0123",
        "status": "completed",
        "request_type": "workflow",
        "requestable_type": None,
        "requestable_id": None,
    }
    assert check.first_error(record) is None
    parsed = RequestRecord.from_dict(record)
    assert parsed.requestable_type is None and parsed.requestable_id is None


# ---- 15: assumptions named as such ---------------------------------------------------------
def test_the_unknown_deployment_404_example_is_labelled_an_assumption() -> None:
    document = yaml.safe_load(find_spec_file().read_text())
    examples = document["components"]["responses"]["NotFound"]["content"]["application/json"][
        "examples"
    ]
    assert "documented" not in examples
    [example] = examples.values()
    assert example["value"] == {"error": "Deployment not found"}
    assert example["summary"].startswith("Assumption of this SDK")


def _section(title: str) -> str:
    text = DOCS.read_text()
    start = text.index(title)
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def test_the_docs_name_every_invention_and_unmodelled_rule() -> None:
    inventions = _section("## Documented, assumed, invented")
    assert "`enterprise`" in inventions and "10" in inventions
    assert "`error_code` on stream `error` events" in inventions
    assert "`tool_input` as a string" in inventions
    assert "`error` in the direct answer of a failed run" in inventions
    not_modelled = inventions[inventions.index("Not modelled") :]
    assert "JSON-string array" in not_modelled and "Start step" in not_modelled
