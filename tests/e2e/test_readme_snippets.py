"""The README's Python examples run as written against the reference server.

Each block is executed unchanged; the test only supplies what the text around it assumes
(the environment variables of a configured user, `client`, `agent_id`, a received
callback for the webhook example) and checks what the block printed.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fetch_hive_reference.testing import RunningServer, callback_receiver, running_server

README = Path(__file__).parents[2] / "README.md"
AGENT = "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"


def blocks_under(heading: str) -> list[str]:
    """The ```python blocks between `heading` and the next heading of any level (a `#`
    line inside a code block is a comment, not a heading)."""
    blocks: list[str] = []
    inside = False  # between `heading` and the next one
    fence: list[str] | None = None  # the lines of the python block being read
    in_other_fence = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if fence is not None:
            if line.startswith("```"):
                blocks.append("\n".join(fence) + "\n")
                fence = None
            else:
                fence.append(line)
        elif in_other_fence:
            in_other_fence = not line.startswith("```")
        elif line.startswith("```"):
            if inside and line == "```python":
                fence = []
            else:
                in_other_fence = True
        elif re.match(r"#{1,6} ", line):
            if inside:
                break
            inside = line == heading
    return blocks


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


@pytest.fixture
def user_env(server: RunningServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_HIVE_API_KEY", server.api_key)
    monkeypatch.setenv("FETCH_HIVE_BASE_URL", server.base_url)
    monkeypatch.delenv("FETCH_HIVE_WORKSPACE_ID", raising=False)


def run_blocks(heading: str, namespace: dict[str, Any]) -> str:
    """Runs the blocks under `heading` in order, in one namespace; returns what they printed."""
    found = blocks_under(heading)
    assert found, f"no python block under {heading!r}"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for code in found:
            exec(compile(code, f"README.md {heading}", "exec"), namespace)
    return printed.getvalue()


def _client(server: RunningServer) -> Any:
    from fetch_hive_sdk import FetchHive

    return FetchHive(server.api_key, server.base_url)


@pytest.mark.usefixtures("user_env")
def test_quick_start() -> None:
    printed = run_blocks("## Quick start", {})
    lines = printed.splitlines()
    assert "Alice" in lines[0]
    assert int(lines[1]) > 0  # usage.total_tokens
    assert lines[2].startswith("completed ")
    assert len(lines) == 4 and lines[3]


@pytest.mark.usefixtures("user_env")
def test_the_resource_apis() -> None:
    printed = run_blocks("### The resource APIs", {})
    score, _, rest = printed.partition(" ")
    assert 0 < float(score) <= 1 and "Refunds" in rest and "14 days" in rest


@pytest.mark.usefixtures("user_env")
def test_results(server: RunningServer) -> None:
    namespace = {
        "client": _client(server),
        "agent_id": AGENT,
        "json": json,
        "pickle": pickle,
        "copy": copy,
    }
    run_blocks("### Results", namespace)  # the block asserts what it shows
    assert namespace["wire_json"]["usage"]["total_tokens"] > 0


@pytest.mark.usefixtures("user_env")
def test_errors(server: RunningServer) -> None:
    printed = run_blocks("### Errors", {"client": _client(server)})
    assert printed.startswith('metadata["customer"]')


@pytest.mark.usefixtures("user_env")
def test_streaming(server: RunningServer) -> None:
    printed = run_blocks("## Streaming", {"client": _client(server)})
    assert "Alice" in printed and "total_tokens" in printed


@pytest.mark.usefixtures("user_env")
def test_callbacks_and_triggers(server: RunningServer) -> None:
    secret = server.webhook_secret("workflow", "market-report")
    with callback_receiver() as receiver:
        _client(server).invoke_workflow(
            deployment="market-report", async_mode=True, callback_url=receiver.url
        )
        [callback] = receiver.wait_for(1)
    namespace = {
        "raw_body_bytes": callback.body,
        "request": SimpleNamespace(headers=callback.headers),
        "webhook_secret": secret,
    }
    printed = run_blocks("## Callbacks and webhooks", namespace)
    assert "market-report" in printed

    namespace = {
        "secret": server.webhook_secret("agent", AGENT),
        "on_event": lambda event: None,
        "agent_id": AGENT,
    }
    run_blocks("### Receivers that scale past one process", namespace)
    assert namespace["record"]["request_id"] == namespace["accepted"]["request_id"]
    assert namespace["record"]["status"] == "completed"


@pytest.mark.usefixtures("user_env")
def test_batch_runs(server: RunningServer) -> None:
    printed = run_blocks("## Batch runs over datasets", {"client": _client(server)})
    lines = sorted(printed.splitlines())
    assert lines[0].startswith("0 ") and "Alice" in lines[0]
    assert lines[1].startswith("1 ") and "Bob" in lines[1]


def test_reading_a_resumed_out_file(
    server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch whose one row failed, then a resume: that row has two lines, the last wins."""
    from fetch_hive_sdk import cli

    flaky = {"X-Reference-Fault": "flaky; times=1; status=500; key=readme-resume"}
    rows = [{"inputs": {"n": 0}}, {"inputs": {"n": 1}, "extra_headers": flaky}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    monkeypatch.chdir(tmp_path)
    argv = [
        "--api-key", server.api_key, "--base-url", server.base_url, "batch", "workflow",
        "market-report", "--input", "rows.jsonl", "--out", "results.jsonl", "--arguments",
    ]  # fmt: skip
    assert cli.main(argv) == 1 and cli.main(argv) == 0  # a failed row, then the resume
    assert (tmp_path / "results.jsonl").read_text().count("\n") == 3
    printed = run_blocks("### Row ids and resuming", {})
    assert printed == "2 rows, 0 failed\n"


@pytest.mark.usefixtures("user_env")
def test_async_calls_over_aiohttp() -> None:
    printed = run_blocks("### Async calls over aiohttp", {"__name__": "__main__"})
    assert "welcome-email" in printed and "Ada" in printed
