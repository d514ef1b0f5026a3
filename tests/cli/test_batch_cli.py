"""`fetch-hive batch` as a user runs it: a real process against the reference server on a
loopback port; results saved line by line; Ctrl-C and kill -9 leave a valid file; a rerun
resumes without running a finished row again."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

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


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _jsonl(path: Path, rows: Sequence[object]) -> Path:
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
    assert all("user" in line["result"]["response"] for line in lines)
    assert "25 this run, 0 before" in done.stderr and "tokens" in done.stderr
    assert "p50" in done.stderr


def test_a_csv_batch(server: RunningServer, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("\ufefftopic,id\nAI,a\nchips,b\n")  # with a spreadsheet's byte-order mark
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


def test_a_row_without_its_id_field_is_a_failed_row(server: RunningServer, tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", [{"id": "a"}, {"id": "b"}, {"name": "no id"}])
    out = tmp_path / "results.jsonl"
    done = _run(
        server,
        "prompt",
        "welcome-email",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--id-field",
        "id",
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    by_index = {line["index"]: line for line in _lines(out)}
    assert sorted(by_index) == [0, 1, 2]  # the calls in flight were saved too
    assert by_index[0]["status"] == by_index[1]["status"] == "ok"
    error = by_index[2]["error"]
    assert error["type"] == "InputValidationError"
    assert "row index 2" in error["message"] and "'id'" in error["message"]


def test_a_csv_agent_batch_without_a_message_column(server: RunningServer, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("text\nhello\nhi there\n")
    out = tmp_path / "results.jsonl"
    before = len(server.runs())
    agent = "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"
    done = _run(server, "agent", agent, "--input", str(rows), "--out", str(out))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    lines = _lines(out)
    assert sorted(line["index"] for line in lines) == [0, 1]
    assert all(line["error"]["type"] == "InputValidationError" for line in lines)
    assert all("needs 'message'" in line["error"]["message"] for line in lines)
    assert "InputValidationError" in done.stderr  # the summary counts them by kind
    assert len(server.runs()) == before


DEEP = '{"a":' * 100_000 + "1" + "}" * 100_000
BAD_INPUTS = [
    ("nested 100k deep", ['{"n": 1}', DEEP], 2, "nested too deeply"),
    ("NaN", ['{"n": 1}', '{"n": 2}', '{"n": NaN}'], 3, "NaN"),
    ("Infinity", ['{"n": -Infinity}'], 1, "Infinity"),
    ("not JSON", ['{"n": 1}', '{"n": '], 2, "not JSON"),
    ("not an object", ["[1, 2]"], 1, "a row must be a JSON object"),
]


@pytest.mark.parametrize(
    ("lines", "number", "message"), [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS]
)
def test_a_bad_input_line_exits_2_naming_it_before_sending(
    server: RunningServer, tmp_path: Path, lines: list[str], number: int, message: str
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(line + "\n" for line in lines))
    out = tmp_path / "results.jsonl"
    before = len(server.runs())
    done = _run(server, "prompt", "welcome-email", "--input", str(rows), "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"fetch-hive: {rows}:{number}") and message in done.stderr
    assert done.stderr.count("\n") == 1  # one line, no traceback
    assert len(server.runs()) == before and not out.exists()


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.csv"])
def test_a_line_that_is_not_utf8_exits_2_naming_it(
    server: RunningServer, tmp_path: Path, name: str
) -> None:
    rows = tmp_path / name
    first = b'{"n": 1}' if name.endswith(".jsonl") else b"n"
    rows.write_bytes(first + b'\n{"n": 2}\n{"n": "\xff"}\n')
    out = tmp_path / "o.jsonl"
    done = _run(server, "prompt", "welcome-email", "--input", str(rows), "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"fetch-hive: {rows}:3: not UTF-8 text\n"


def test_a_bad_line_in_the_output_exits_2_naming_it(server: RunningServer, tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", [{"n": 1}])
    out = tmp_path / "results.jsonl"
    good = json.dumps({"row_id": "x", "index": 0, "status": "ok", "tokens": 1})
    out.write_text(f"{good}\n{DEEP}\n{good}\n")
    before = len(server.runs())
    done = _run(server, "prompt", "welcome-email", "--input", str(rows), "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"fetch-hive: --out {out}:2: not a line of fetch-hive batch "
        "(the line is nested too deeply)\n"
    )
    assert len(server.runs()) == before and out.read_text() == f"{good}\n{DEEP}\n{good}\n"


def test_an_answer_with_nan_is_written_as_json_a_rerun_reads(tmp_path: Path) -> None:
    from fetch_hive_sdk import BatchResult
    from fetch_hive_sdk._batch_cli import _open_out, _write, resume

    out = tmp_path / "results.jsonl"
    result = {"response": "ok", "scores": [float("nan"), float("inf"), 0.5]}
    with _open_out(out) as results:
        _write(results, BatchResult(0, "row-0", {}, result=result))
    assert json.loads(out.read_text())["result"]["scores"] == [None, None, 0.5]
    done, before = resume(out)
    assert done == {"row-0"} and before.done == 1


def test_a_second_ctrl_c_returns_at_once_and_the_file_stays_valid(tmp_path: Path) -> None:
    """Rows 5 and later are answered after 10 minutes: the second Ctrl-C must not wait."""
    slow = {"X-Reference-Fault": "slow_first_byte; seconds=600"}
    rows = _jsonl(
        tmp_path / "rows.jsonl",
        [{"inputs": {"n": n}, **({"extra_headers": slow} if n >= 5 else {})} for n in range(20)],
    )
    out = tmp_path / "results.jsonl"
    with running_server(stream_pace=0.0) as server:
        command, env = _command(
            server, "prompt", "welcome-email", "--input", str(rows), "--out", str(out),
            "--arguments", "--concurrency", "2",
        )  # fmt: skip
        command.insert(command.index("batch"), "--timeout=900")  # the client waits too
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for_lines(out, 5, process)
            process.send_signal(signal.SIGINT)
            _read_until(process, "stopping")
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert "abandoning" in stderr and "abandoned" in stderr and "Traceback" not in stderr
    lines = _lines(out)  # whole lines only
    assert sorted(line["index"] for line in lines) == list(range(5))


def _read_until(process: subprocess.Popen[str], text: str) -> None:
    """Read the process's stderr until `text` appears (it is printed by a signal handler)."""
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + 60
    while text not in seen:
        assert time.monotonic() < deadline, seen
        ready, _, _ = select.select([process.stderr], [], [], 1.0)
        if ready:
            chunk = os.read(process.stderr.fileno(), 4096).decode()
            assert chunk, f"the batch ended early: {seen}"
            seen += chunk


def test_the_progress_bar_and_summary_render_on_a_terminal(
    server: RunningServer, tmp_path: Path
) -> None:
    """stderr is a pseudo-terminal (as in a shell): rich draws the bar there, then the table."""
    rows = _jsonl(tmp_path / "rows.jsonl", [{"name": f"user {i}"} for i in range(6)])
    out = tmp_path / "results.jsonl"
    command, env = _command(
        server, "prompt", "welcome-email", "--input", str(rows), "--out", str(out)
    )
    env.update(COLUMNS="120", TERM="xterm")
    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    try:
        screen = _read_terminal(controller)
        stdout, _ = process.communicate(timeout=60)
    finally:
        os.close(controller)
        process.kill()
        process.wait()
    assert process.returncode == 0, screen
    assert stdout == b""  # the bar is not on stdout, which may be a pipe
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)  # colours and cursor moves
    bar = [line for line in re.split(r"[\r\n]+", text) if line.startswith("batch ")][-1]
    assert "━" in bar and "6/6" in bar and "failed 0" in bar
    tokens = sum(int(line["tokens"]) for line in _lines(out))
    assert f"tokens {tokens:,}" in bar
    assert "┌" in text and "┘" in text  # the summary table
    assert re.search(r"│ done +│ 6 this run, 0 before +│", text), text
    assert re.search(r"│ latency p50 / p95 +│ [0-9.]+ s / [0-9.]+ s +│", text), text


def _read_terminal(controller: int) -> str:
    """All the process wrote to the terminal, until it closed it."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([controller], [], [], 1.0)[0]:
            continue
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")
