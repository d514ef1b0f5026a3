"""`fetch-hive`'s global options, before or after the command; a missing API key (exit 2,
nothing sent); and the README's terminal session against the reference server (its
`make mock` environment, its `agents create` line). Through the console script, in a
subprocess, as a user runs it."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import cli
from fetch_hive_sdk._cli_commands import COMMANDS

SCRIPT = Path(sys.executable).with_name("fetch-hive")
README = Path(__file__).parents[2] / "README.md"
GLOBAL_OPTIONS = ("--api-key", "--base-url", "--timeout", "--max-retries", "--workspace-id")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`fetch-hive ARGS` with none of the user's FETCH_HIVE_* variables, plus `env`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    return subprocess.run(
        [str(SCRIPT), *args], env={**clean, **(env or {})}, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


def test_global_options_after_the_command(server: RunningServer) -> None:
    workspace = server.settings.workspace_id
    prompt = run(
        "prompt", "welcome-email", "--input", "name=Alice",
        "--api-key", server.api_key, "--base-url", server.base_url, "--timeout", "30",
        "--max-retries", "1",
    )  # fmt: skip
    assert prompt.returncode == 0 and "Alice" in prompt.stdout, prompt.stderr
    env = {"FETCH_HIVE_API_KEY": server.api_key, "FETCH_HIVE_BASE_URL": server.base_url}
    created = run("kb", "create", "Handbook", "--json", "--workspace-id", workspace, env=env)
    assert created.returncode == 0, created.stderr
    kb_id = re.findall(r'"id": "([^"]+)"', created.stdout)[0]
    listed = run("kb", "list", "--workspace-id", workspace, env=env)
    assert listed.returncode == 0 and kb_id in listed.stdout, listed.stderr
    nested = run("kb", "items", "list", kb_id, "--workspace-id", workspace, env=env)
    assert nested.returncode == 0 and nested.stdout == "(none)\n", nested.stderr
    # Given on both sides, the one after the command wins; one before it stays when no
    # other follows.
    both = run("--workspace-id", "not a uuid", "kb", "list", "--workspace-id", workspace, env=env)
    assert both.returncode == 0, both.stderr
    before = run("--workspace-id", workspace, "kb", "list", env=env)
    assert before.returncode == 0 and before.stdout == listed.stdout


def test_an_option_after_the_command_is_checked_as_before_it(server: RunningServer) -> None:
    env = {"FETCH_HIVE_API_KEY": server.api_key, "FETCH_HIVE_BASE_URL": server.base_url}
    for args, fragment in [
        (["prompt", "welcome-email", "--timeout", "soon"], "--timeout: invalid float value"),
        (["models", "--max-retries", "x"], "--max-retries: invalid int value"),
        (["kb", "list", "--workspace-id", "../x"], "--workspace-id"),
        (["agents", "list", "--base-url", "ftp://example.com"], "--base-url"),
    ]:
        done = run(*args, env=env)
        assert done.returncode == 2 and fragment in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_a_timeout_after_the_command_is_used(server: RunningServer) -> None:
    env = {"FETCH_HIVE_API_KEY": server.api_key, "FETCH_HIVE_BASE_URL": server.base_url}
    server.set_fault("slow_first_byte; seconds=30")
    try:
        done = run("models", "--timeout", "0.5", "--max-retries", "0", env=env)
    finally:
        server.clear_fault()
    # The default (120 s) would have waited for the answer; 0.5 s did not, and no retry.
    assert done.returncode == 1 and "APITimeoutError" in done.stderr, done.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command.words))
def test_every_resource_command_takes_the_global_options(command: object) -> None:
    words = command.words  # type: ignore[attr-defined]
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown), pytest.raises(SystemExit) as exit_:
        cli.main([*words, "--help"])
    assert exit_.value.code == 0
    assert "global options (also before the command)" in shown.getvalue()
    for option in GLOBAL_OPTIONS:
        assert option in shown.getvalue(), (words, option)


def test_help_says_where_the_global_options_go() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert "global options (also after the command)" in done.stdout
    assert "The global options go before or after the command" in done.stdout
    assert "2 bad arguments or no API key, nothing sent" in done.stdout
    for command in (["prompt"], ["batch"], ["kb"], ["kb", "items", "add"], ["approvals", "list"]):
        sub = run(*command, "--help")
        assert sub.returncode == 0 and "global options (also before the command)" in sub.stdout


def test_a_missing_api_key_exits_2_and_sends_nothing(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"name": "Alice"}\n')
    with socket.socket() as listener:  # where the base URL points: it must get no connection
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        base_url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        env = {"FETCH_HIVE_BASE_URL": base_url}
        for args in (
            ["prompt", "welcome-email"],
            ["kb", "list", "--workspace-id", "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"],
            ["batch", "prompt", "welcome-email", "--input", str(rows), "--out",
             str(tmp_path / "out.jsonl")],
        ):  # fmt: skip
            done = run(*args, env=env)
            assert done.returncode == 2, (args, done.stderr)
            assert done.stderr == (
                "fetch-hive: no API key: pass --api-key or set FETCH_HIVE_API_KEY\n"
            ), args
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected: nothing was sent
    assert not (tmp_path / "out.jsonl").exists()


def _bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_terminal_session_runs_against_the_reference_server(
    server: RunningServer,
) -> None:
    """The `make mock` block's environment (the port is the test server's) makes the
    resource commands work, and the `agents create` line of the CLI examples names a model
    `fetch-hive models` lists."""
    (session,) = [block for block in _bash_blocks() if "export FETCH_HIVE_BASE_URL" in block]
    env = dict(re.findall(r"^export (\w+)=(\S+)", session, flags=re.M))
    assert set(env) == {"FETCH_HIVE_BASE_URL", "FETCH_HIVE_API_KEY", "FETCH_HIVE_WORKSPACE_ID"}
    assert env["FETCH_HIVE_BASE_URL"] == "http://127.0.0.1:8765/v1"  # `make mock`'s port
    env["FETCH_HIVE_BASE_URL"] = server.base_url
    commands = [
        shlex.split(line.split("  #")[0])[1:]
        for line in session.splitlines()
        if line.startswith(".venv/bin/fetch-hive ")
    ]
    assert ["kb", "list"] in commands
    for args in commands:
        done = run(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)

    (examples,) = [block for block in _bash_blocks() if "fetch-hive agents create" in block]
    (create,) = [line for line in examples.splitlines() if "fetch-hive agents create" in line]
    args = shlex.split(create.split("  #")[0])[1:]
    slug = args[args.index("--llm-model") + 1]
    models = run("models", env=env)
    assert models.returncode == 0 and slug in models.stdout.split()
    created = run(*args, "--json", env=env)
    assert created.returncode == 0, created.stderr
    assert f'"llm_model": "{slug}"' in created.stdout
