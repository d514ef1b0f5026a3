"""`fetch-hive batch` resumes without losing a row: a real process against the reference
server on a loopback port.

- Two input rows sharing an `--id-field` value are refused when the input is read, naming
  both lines (exit 2, nothing sent): a resume skips rows by id, so it would skip one.
- Killed with SIGINT at random moments, again and again, then resumed: every input row has
  exactly one final outcome in `--out` (the last line of its `row_id`), and no row that
  succeeded was run twice.
- An `--out` that cannot be written is one line naming it: exit 2 before anything is sent,
  or exit 1 (and a rerun resumes) when the disk refuses a line mid-run.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from fetch_hive_reference.testing import RunningServer, running_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    # Each workflow run takes 20 ms: a batch is interrupted in the middle of its calls.
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


def _run(
    server: RunningServer, *args: str, file_size_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    command, env = _command(server, *args)
    limit: Callable[[], None] | None = None
    if file_size_limit is not None:
        # A write past the limit fails with EFBIG (Python ignores SIGXFSZ). No .pyc
        # written: a cache file cut by the limit would break later imports.
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        # Nor coverage data (`make coverage`): its file, cut by the limit, fails at exit.
        env.pop("COVERAGE_PROCESS_CONFIG", None)
        env.pop("COVERAGE_PROCESS_START", None)

        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, preexec_fn=limit
    )


def _jsonl(path: Path, rows: Sequence[object]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def _runs_of(server: RunningServer, user: str) -> int:
    return sum(1 for run in server.runs() if run.user == user)


# Duplicate ids: refused when the input is read. ------------------------------------------


def test_rows_sharing_an_id_are_refused_naming_both_lines(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "a", "topic": "x"}\n\n{"id": "b", "topic": "y"}\n{"id": "a", "topic": "z"}\n'
    )
    out = tmp_path / "results.jsonl"
    user = f"dup-{uuid.uuid4().hex}"
    done = _run(
        server, "workflow", "market-report", "--input", str(rows), "--out", str(out),
        "--id-field", "id", "--user", user,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"fetch-hive: {rows}:4: the id 'a' is also the id of {rows}:1: row ids must be "
        "unique (a resume skips the rows whose id is done)\n"
    )
    assert _runs_of(server, user) == 0 and not out.exists()


def test_csv_rows_sharing_an_id_are_refused_naming_both_lines(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text('id,topic\n1,"two\nlines"\n2,y\n1,z\n')  # a quoted field over two lines
    out = tmp_path / "results.jsonl"
    user = f"dup-{uuid.uuid4().hex}"
    done = _run(
        server, "workflow", "market-report", "--input", str(rows), "--out", str(out),
        "--id-field", "id", "--user", user,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"fetch-hive: {rows}:5: the id '1' is also the id of {rows}:3:")
    assert done.stderr.count("\n") == 1 and _runs_of(server, user) == 0


def test_a_resume_with_a_duplicate_id_no_longer_skips_it_quietly(
    server: RunningServer, tmp_path: Path
) -> None:
    """Before: the first run did both rows; a resume took the second 'a' for done, exit 0."""
    rows = _jsonl(tmp_path / "rows.jsonl", [{"id": "a", "topic": "x"}, {"id": "b", "topic": "y"}])
    out = tmp_path / "results.jsonl"
    args = (
        "workflow",
        "market-report",
        "--input",
        str(rows),
        "--out",
        str(out),
        "--id-field",
        "id",
    )
    assert _run(server, *args).returncode == 0
    _jsonl(
        rows, [{"id": "a", "topic": "x"}, {"id": "b", "topic": "y"}, {"id": "a", "topic": "new"}]
    )
    resumed = _run(server, *args)
    assert resumed.returncode == 2 and f"{rows}:3: the id 'a'" in resumed.stderr, resumed.stderr


# SIGINT at random moments, then a resume: one final outcome per row. ------------------------

UNIQUE = [{"id": f"u{i}", "topic": f"topic {i}"} for i in range(120)]
# Ids that look alike but are not the same string, and identical inputs under distinct ids.
LOOKALIKE = [{"id": value, "topic": "seven"} for value in ("7", "07", "7.0", " 7", "7 ", "u7 ")]
# Identical rows without the id field: failed rows (nothing sent), still one row each.
NO_ID = [{"topic": "no id"}] * 3


def _mixed_rows(seed: int) -> list[dict[str, Any]]:
    rows = UNIQUE + LOOKALIKE + NO_ID
    random.Random(seed).shuffle(rows)
    return rows


def _wait_for_growth(out: Path, lines: int, process: subprocess.Popen[str]) -> None:
    """Until `out` has `lines` lines, or the process ended."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.002)


def test_interrupted_twenty_times_then_resumed_every_row_has_one_final_outcome(
    server: RunningServer, tmp_path: Path
) -> None:
    seed = random.SystemRandom().randrange(1 << 32)
    chance = random.Random(seed)
    rows = _mixed_rows(seed)
    input_file = _jsonl(tmp_path / "rows.jsonl", rows)
    out = tmp_path / "results.jsonl"
    user = f"resume-{uuid.uuid4().hex}"
    args = (
        "workflow", "market-report", "--input", str(input_file), "--out", str(out),
        "--id-field", "id", "--concurrency", "3", "--user", user,
    )  # fmt: skip
    command, env = _command(server, *args)
    for round_number in range(20):
        written = out.read_bytes().count(b"\n") if out.exists() else 0
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        try:
            # A random moment: at start-up (before the handler is set), or after 0 to 8
            # more results, plus up to 30 ms (between a call's answer and its line).
            if chance.random() < 0.15:
                time.sleep(chance.uniform(0, 0.3))
            else:
                _wait_for_growth(out, written + chance.randrange(9), process)
                time.sleep(chance.uniform(0, 0.03))
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            process.kill()
            process.wait()
        where = f"seed {seed}, round {round_number}: {stderr}"
        assert process.returncode in (0, 1, 130, -signal.SIGINT), where
    final = _run(server, *args)
    assert final.returncode == 1, final.stderr  # the rows without an id fail every time
    assert "Traceback" not in final.stderr

    lines = [json.loads(line) for line in out.read_text().splitlines()]  # whole lines only
    last: dict[str, dict[str, Any]] = {}
    for line in lines:
        last[line["row_id"]] = line  # the final outcome of a row: its last line
    assert sorted(line["index"] for line in last.values()) == list(range(len(rows))), seed
    for outcome in last.values():
        expected = "ok" if "id" in rows[outcome["index"]] else "error"
        assert outcome["status"] == expected, (seed, outcome)
        if expected == "ok":
            assert outcome["row_id"] == rows[outcome["index"]]["id"], (seed, outcome)
    # A row that succeeded was never run again: its ok line is its only line after errors.
    for row_id in last:
        statuses = [line["status"] for line in lines if line["row_id"] == row_id]
        assert statuses.count("ok") <= 1 and "ok" not in statuses[:-1], (seed, row_id)
    assert _runs_of(server, user) == len(UNIQUE) + len(LOOKALIKE), seed  # each run once


# An --out that cannot be written. -----------------------------------------------------------


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_out_that_cannot_be_written_is_one_line_before_sending(
    server: RunningServer, tmp_path: Path, where: str
) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", [{"topic": "x"}])
    out = tmp_path / "no-such-folder" / "results.jsonl" if where == "missing folder" else tmp_path
    user = f"out-{uuid.uuid4().hex}"
    done = _run(
        server, "workflow", "market-report", "--input", str(rows), "--out", str(out),
        "--user", user,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    expected = (
        f"fetch-hive: --out {out}: cannot write there (No such file or directory)\n"
        if where == "missing folder"
        else f"fetch-hive: --out {out}: not a regular file\n"
    )
    assert done.stderr == expected
    assert _runs_of(server, user) == 0


def test_a_disk_that_refuses_a_line_stops_the_batch_with_one_line(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = _jsonl(tmp_path / "rows.jsonl", [{"topic": f"t{i}"} for i in range(40)])
    out = tmp_path / "results.jsonl"
    args = ("workflow", "market-report", "--input", str(rows), "--out", str(out))
    limited = _run(server, *args, file_size_limit=4096)
    assert limited.returncode == 1, limited.stderr
    assert "Traceback" not in limited.stderr
    assert limited.stderr.endswith("a rerun runs them again\n")
    assert f"fetch-hive: --out {out}: cannot write (File too large): stopped" in limited.stderr
    rerun = _run(server, *args)  # a cut last line is dropped; the rest resumes
    assert rerun.returncode == 0, rerun.stderr
    indexes = sorted(json.loads(line)["index"] for line in out.read_text().splitlines())
    assert indexes == list(range(40))
