"""`fetch-hive batch` as a user runs it: a real process against the reference server on a
loopback port; results saved line by line; Ctrl-C and kill -9 leave a valid file; a rerun
resumes without running a finished row again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_hive_reference.testing import RunningServer, running_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    # Each workflow run takes 20 ms: long enough to interrupt a batch in the middle.
    with running_server(
        stream_pace=0.0, workflow_seconds=0.02, concurrency_cap=10, history_limit=100_000
    ) as running:
        yield running


def _command(server: RunningServer, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {
        **os.environ,
        "FETCH_HIVE_API_KEY": server.api_key,
        "FETCH_HIVE_BASE_URL": server.base_url,
    }
    return [sys.executable, "-m", "fetch_hive_sdk.cli", "batch", *args], env


def _run(server: RunningServer, *args: str) -> subprocess.CompletedProcess[str]:
    command, env = _command(server, *args)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_a_jsonl_batch_and_its_summary(server: RunningServer, tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", [{"name": f"user {i}"} for i in range(25)])
    out = tmp_path / "results.jsonl"
    done = _run(
        server,
        "prompt",
        "welcome-email",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--concurrency",
        "4",
    )
    assert done.returncode == 0, done.stderr
    lines = _lines(out)
    assert len(lines) == 25 and all(line["status"] == "ok" for line in lines)
    assert sorted(line["index"] for line in lines) == list(range(25))
    assert all("user" in line["result"]["response"] for line in lines)  # type: ignore[index]
    assert "25 this run, 0 before" in done.stderr and "tokens" in done.stderr
    assert "p50" in done.stderr


def test_a_csv_batch(server: RunningServer, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("topic,id\nAI,a\nchips,b\n")
    out = tmp_path / "results.jsonl"
    done = _run(
        server,
        "workflow",
        "market-report",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--id-field",
        "id",
    )
    assert done.returncode == 0, done.stderr
    assert sorted(line["row_id"] for line in _lines(out)) == ["a", "b"]


def test_a_rerun_resumes_and_failed_rows_run_again(server: RunningServer, tmp_path: Path) -> None:
    rows = _jsonl(
        tmp_path / "rows.jsonl",
        [{"inputs": {"n": i}} for i in range(8)]
        + [
            {
                "inputs": {"n": 8},
                "extra_headers": {
                    "X-Reference-Fault": "flaky; times=1; status=500; key=resume-test"
                },
            }
        ],
    )
    out = tmp_path / "results.jsonl"
    args = ("workflow", "market-report", "--input", str(rows), "--out", str(out), "--arguments")
    first = _run(server, *args)
    assert first.returncode == 1  # one row failed: a 500 is not retried for a workflow
    assert "internal_server_error" in first.stderr
    before = len(server.runs())
    second = _run(server, *args)
    assert second.returncode == 0, second.stderr
    assert len(server.runs()) - before == 1  # only the failed row ran again
    assert "1 this run, 8 before" in second.stderr
    statuses = [line["status"] for line in _lines(out)]
    assert statuses.count("ok") == 9 and statuses.count("error") == 1


def _start(server: RunningServer, *args: str) -> subprocess.Popen[str]:
    command, env = _command(server, *args)
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().count("\n") >= count:
            return
        assert process.poll() is None, "the batch ended too early"
        time.sleep(0.01)
    raise AssertionError(f"{count} results did not arrive")


ROWS = [{"topic": f"t{i}"} for i in range(300)]


def test_ctrl_c_saves_the_calls_in_flight_and_a_rerun_repeats_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", ROWS)
    out = tmp_path / "results.jsonl"
    args = (
        "workflow",
        "market-report",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--concurrency",
        "3",
    )
    before = len(server.runs())
    process = _start(server, *args)
    _wait_for_lines(out, 30, process)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "stopping" in stderr and "(interrupted)" in stderr
    first = _lines(out)  # every line is whole
    assert 30 <= len(first) < len(ROWS)
    rerun = _run(server, *args)
    assert rerun.returncode == 0, rerun.stderr
    lines = _lines(out)
    assert sorted(line["index"] for line in lines) == list(range(len(ROWS)))  # each row once
    assert len(server.runs()) - before == len(ROWS)  # no run repeated


def test_kill_9_leaves_a_valid_file_and_a_rerun_finishes(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", ROWS)
    out = tmp_path / "results.jsonl"
    args = (
        "workflow",
        "market-report",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--concurrency",
        "3",
    )
    process = _start(server, *args)
    _wait_for_lines(out, 30, process)
    process.kill()
    process.communicate(timeout=30)
    text = out.read_text()
    complete = text[: text.rfind("\n") + 1]
    assert all(json.loads(line)["status"] == "ok" for line in complete.splitlines())
    rerun = _run(server, *args)
    assert rerun.returncode == 0, rerun.stderr
    indexes = sorted(line["index"] for line in _lines(out))
    assert indexes == list(range(len(ROWS)))  # each row done exactly once in the file


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("prompt", "p", "--input", "missing.jsonl", "--out", "o.jsonl"), "no such file"),
        (("prompt", "p", "--input", "rows.txt", "--out", "o.jsonl"), "expected a .jsonl"),
        (
            (
                "prompt",
                "p",
                "--input",
                "rows.jsonl",
                "--out",
                "o.jsonl",
                "--callback-url",
                "https://x.example/cb",
            ),
            "for workflow batches",
        ),
        (
            ("prompt", "p", "--input", "rows.jsonl", "--out", "o.jsonl", "--concurrency", "0"),
            "concurrency",
        ),
        (
            ("prompt", "p", "--input", "rows.jsonl", "--out", "not-results.jsonl"),
            "not a line of fetch-hive batch",
        ),
    ],
)
def test_bad_arguments_exit_2_before_sending(
    server: RunningServer, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    _jsonl(tmp_path / "rows.jsonl", [{"a": 1}])
    (tmp_path / "rows.txt").write_text("a\n")
    (tmp_path / "not-results.jsonl").write_text('{"something": "else"}\n')
    before = len(server.runs())
    command, env = _command(server, *args)
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and len(server.runs()) == before
