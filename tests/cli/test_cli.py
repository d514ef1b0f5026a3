"""The `fetch-hive` console script, run as a real process against the reference server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk.webhooks import sign

SCRIPT = Path(sys.executable).with_name("fetch-hive")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


def run(
    server: RunningServer | None, *args: str, stdin: bytes = b"", key: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    if server is not None:
        env["FETCH_HIVE_BASE_URL"] = server.base_url
        if key:
            env["FETCH_HIVE_API_KEY"] = server.api_key
    done = subprocess.run(
        [str(SCRIPT), *args], input=stdin, capture_output=True, env=env, timeout=60, check=False
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def test_prompt_prints_the_answer_and_json(server: RunningServer) -> None:
    plain = run(server, "prompt", "welcome-email", "--input", "name=Alice")
    raw = run(server, "prompt", "welcome-email", "--input", "name=Alice", "--json")
    assert plain.returncode == 0 and raw.returncode == 0, plain.stderr + raw.stderr
    answer = json.loads(raw.stdout)
    assert answer["request_id"].startswith("req_")
    assert plain.stdout.strip() == answer["response"].strip()


def test_prompt_stream_prints_the_same_text_as_tokens_arrive(server: RunningServer) -> None:
    direct = json.loads(run(server, "prompt", "reasoning-x", "--input", "a=1", "--json").stdout)
    streamed = run(server, "prompt", "reasoning-x", "--input", "a=1", "--stream")
    assert streamed.returncode == 0, streamed.stderr
    assert streamed.stdout.strip() == direct["response"].strip()
    assert "tokens]" in streamed.stderr


def test_prompt_stream_json_prints_one_event_per_line(server: RunningServer) -> None:
    done = run(server, "prompt", "welcome-email", "--stream", "--json")
    types = [json.loads(line)["type"] for line in done.stdout.splitlines()]
    assert types[-1] == "usage" and "response" in types


def test_inputs_json_and_typed_metadata(server: RunningServer) -> None:
    done = run(
        server, "workflow", "market-report", "--inputs-json", '{"topic": "AI", "n": [1, 2]}',
        "--input", "extra=yes", "--metadata", "plan=pro", "--metadata", "trial:=false", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    run_json = json.loads(done.stdout)
    assert run_json["run_status"] == "completed"
    record = json.loads(run(server, "request", run_json["request_id"], "--json").stdout)
    assert record["metadata"] == {"plan": "pro", "trial": False}


def test_workflow_with_callback_url_returns_at_once(server: RunningServer) -> None:
    done = run(server, "workflow", "market-report", "--callback-url", "http://127.0.0.1:9/cb")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(("running:", "queued:"))
    assert "whsec_" not in done.stdout  # the secret is not printed in the readable output


def test_agent_shows_tools_and_streams(server: RunningServer) -> None:
    plain = run(server, "agent", "agent-1", "What is new? Please search.")
    assert plain.returncode == 0, plain.stderr
    assert "[tool google_search]" in plain.stderr
    streamed = run(server, "agent", "agent-1", "What is new? Please search.", "--stream")
    assert streamed.returncode == 0 and "[tool google_search]" in streamed.stderr
    assert streamed.stdout.strip() == plain.stdout.strip()


def test_request_and_error_codes(server: RunningServer) -> None:
    prompt = json.loads(run(server, "prompt", "welcome-email", "--json").stdout)
    looked_up = run(server, "request", prompt["request_id"])
    assert looked_up.returncode == 0 and prompt["request_id"] in looked_up.stdout
    codes = run(server, "error-codes", key=False)  # public: no key needed
    assert codes.returncode == 0 and "api_rate_limit_exceeded" in codes.stdout
    spanish = json.loads(run(server, "error-codes", "--locale", "es", "--json").stdout)
    assert spanish["locale"] == "es"


def test_verify_webhook(server: RunningServer) -> None:
    body = b'{"event_type":"workflow.completed","request_id":"req_1","data":{"output":"x"}}'
    good = run(
        None,
        "verify-webhook",
        "--secret",
        "whsec_cli",
        "--signature",
        sign(body, "whsec_cli"),
        stdin=body,
    )
    assert good.returncode == 0 and good.stdout.strip() == "verified: workflow.completed req_1"
    bad = run(
        None,
        "verify-webhook",
        "--secret",
        "whsec_other",
        "--signature",
        sign(body, "whsec_cli"),
        stdin=body,
    )
    assert bad.returncode == 3 and "mismatch" in bad.stderr and "whsec_other" not in bad.stderr
    unsigned = run(None, "verify-webhook", "--secret", "whsec_cli", stdin=body)
    assert unsigned.returncode == 3 and "missing" in unsigned.stderr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["prompt", "welcome-email", "--metadata", "novalue"], "expected key=value"),
        (["prompt", "welcome-email", "--metadata", "tags:=[1]"], "metadata"),
        (["prompt", "welcome-email", "--inputs-json", "{oops"], "--inputs-json is not JSON"),
        (["prompt", "welcome-email", "--inputs-json", "[1]"], "must be a JSON object"),
        (["workflow", "w", "--callback-url", "ftp://example.com/cb"], "callback_url"),
        (["agent", "a", ""], "message"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    server: RunningServer, args: list[str], fragment: str
) -> None:
    done = run(server, *args)
    assert done.returncode == 2
    assert fragment in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_service_errors_exit_1_with_one_line(server: RunningServer) -> None:
    missing = run(server, "prompt", "missing-deployment")
    assert missing.returncode == 1 and missing.stderr.startswith("fetch-hive: HTTP 404")
    wrong_key = run(server, "--api-key", "fhk_wrong_key_123", "prompt", "welcome-email")
    assert wrong_key.returncode == 1 and "HTTP 401" in wrong_key.stderr
    assert "fhk_wrong_key_123" not in wrong_key.stderr
    for done in (missing, wrong_key):
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_connection_error_exits_1(server: RunningServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    done = run(
        server, "--base-url", f"http://127.0.0.1:{port}/v1", "--max-retries", "0", "prompt", "x"
    )
    assert done.returncode == 1 and "APIConnectionError" in done.stderr


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["prompt"],
        ["workflow"],
        ["agent"],
        ["request"],
        ["error-codes"],
        ["verify-webhook"],
        ["mock"],
    ],
)
def test_help_on_every_command(command: list[str]) -> None:
    done = run(None, *command, "--help")
    assert done.returncode == 0 and "usage:" in done.stdout


def test_mock_runs_the_reference_server() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [str(SCRIPT), "mock", "--port", str(port), "--log-level", "info"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # Ready when uvicorn says so (no polling, no sleeps); EOF means it died.
        assert process.stderr is not None
        for line in process.stderr:
            if "Application startup complete" in line:
                break
        else:
            raise AssertionError(f"the server exited with {process.wait()}")
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/error_codes", timeout=10)
        assert answer.status_code == 200 and answer.json()["codes"]
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()
