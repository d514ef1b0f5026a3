"""`fetch-hive` when its surroundings fail, as a real process: a closed stdout or stdin, a
reader that leaves the pipe, a port that is no port or is taken. Each is one line on
stderr naming the cause, with the documented exit code, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fetch_hive_reference.testing import RunningServer, running_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0, workflow_seconds=0.0) as running:
        yield running


def _env(server: RunningServer | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    if server is not None:
        env.update(FETCH_HIVE_API_KEY=server.api_key, FETCH_HIVE_BASE_URL=server.base_url)
    return env


def _closing(fd: int) -> Callable[[], None]:
    """Run in the child before it starts: the command begins with `fd` closed (`>&-`)."""
    return lambda: os.close(fd)


# stdout closed: refused before anything is sent. -----------------------------------------


def test_a_command_with_stdout_closed_sends_nothing_and_says_so(server: RunningServer) -> None:
    user = f"closed-{uuid.uuid4().hex}"
    done = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "workflow", "market-report", "--user", user],
        env=_env(server), stderr=subprocess.PIPE, text=True, timeout=60,
        preexec_fn=_closing(1),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "fetch-hive: stdout is closed: nowhere to print the answer\n"
    assert not [run for run in server.runs() if run.user == user]


def test_a_batch_needs_no_stdout(server: RunningServer, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"topic": "a"}\n')
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "batch", "workflow", "market-report",
         "--input", str(rows), "--out", str(out)],
        env=_env(server), stderr=subprocess.PIPE, text=True, timeout=60,
        preexec_fn=_closing(1),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_text().count("\n") == 1


def test_a_reader_that_leaves_the_pipe_is_one_line(server: RunningServer) -> None:
    """`fetch-hive error-codes | head -0`: the reader is gone before the answer is printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "error-codes"],
        env=_env(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    process.stdout.close()  # before the child has even started Python
    try:
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 1, stderr
    assert stderr == "fetch-hive: stdout was closed by its reader: the output is cut short\n"


# verify-webhook with stdin closed. -------------------------------------------------------


def test_verify_webhook_with_stdin_closed_is_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "verify-webhook",
         "--secret", "whsec_stdin_closed_0123456789", "--signature", "0" * 64],
        env=_env(), capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        preexec_fn=_closing(0),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == (
        "fetch-hive: verify-webhook reads the callback body on stdin, and stdin is closed\n"
    )


# `fetch-hive mock` and `python -m fetch_hive_reference`: the port. ------------------------

SERVERS = {
    "fetch-hive mock": [sys.executable, "-m", "fetch_hive_sdk.cli", "mock"],
    "python -m fetch_hive_reference": [sys.executable, "-m", "fetch_hive_reference"],
}


@pytest.mark.parametrize("port", ["70000", "65536", "-1"])
@pytest.mark.parametrize("prog", list(SERVERS))
def test_a_port_out_of_range_is_refused_naming_it(prog: str, port: str) -> None:
    done = subprocess.run(
        [*SERVERS[prog], "--port", port], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr == f"{prog}: --port {port}: not a port (0 to 65535; 0: a free one)\n"


@pytest.mark.parametrize("prog", list(SERVERS))
def test_a_port_in_use_is_one_line_naming_it(prog: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*SERVERS[prog], "--port", str(port)],
            env=_env(), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"{prog}: cannot listen on http://127.0.0.1:{port} (Address already in use)\n"
    )
