"""`python -m fetch_hive_reference`: flags, environment, and a real start on loopback."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest
from _mypy_snippets import Checked, snippet
from fetch_hive_reference import DEV_API_KEY, Settings
from fetch_hive_reference.__main__ import API_KEY_ENV, build_parser, main, settings_from_args
from fetch_hive_sdk import cli


def test_flags_become_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    args = build_parser().parse_args(
        [
            "--fault",
            "rate_limit; retry_after=2",
            "--plan",
            "lite",
            "--stream-pace",
            "0",
            "--callback-allow-host",
            "10.0.0.0/8",
            "--context-limit",
            "4096",
        ]
    )
    settings = settings_from_args(args)
    assert settings.context_limit == 4096
    assert settings.api_key == DEV_API_KEY
    assert settings.fault == "rate_limit; retry_after=2"
    assert settings.workflow_cap == 1 and settings.stream_pace == 0
    assert settings.callback_allow_hosts == ("10.0.0.0/8",)
    monkeypatch.setenv(API_KEY_ENV, "fhk_from_env")
    assert settings_from_args(build_parser().parse_args([])).api_key == "fhk_from_env"
    assert (
        settings_from_args(build_parser().parse_args(["--api-key", "fhk_flag"])).api_key
        == "fhk_flag"
    )


def test_bad_switches_stop_at_start_up() -> None:
    with pytest.raises(SystemExit):
        main(["--fault", "explode"])
    with pytest.raises(ValueError, match="plan"):
        Settings(plan="gold")


def test_the_settings_repr_hides_the_key() -> None:
    assert "fhk_secret_value" not in repr(Settings(api_key="fhk_secret_value"))


def test_python_dash_m_serves_on_loopback() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, API_KEY_ENV: "fhk_custom"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fetch_hive_reference",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.post(
                    f"http://127.0.0.1:{port}/v1/prompt/invoke",
                    json={"deployment": "d"},
                    headers={"Authorization": "Bearer fhk_custom"},
                )
                break
            except httpx.ConnectError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
        assert response.status_code == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert f"127.0.0.1:{port}/v1" in stderr
    assert "fhk_custom" not in stderr  # a custom key is never printed


def _start(*flags: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "fetch_hive_reference", *flags, "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_port_0_announces_the_port_the_system_chose() -> None:
    process = _start("--port", "0")
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # printed once the socket is bound
        match = re.search(r"http://127\.0\.0\.1:(\d+)/v1", line)
        assert match, line
        port = int(match.group(1))
        assert port != 0
        response = httpx.get(f"http://127.0.0.1:{port}/v1/error_codes", timeout=10)
        assert response.status_code == 200
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_fetch_hive_mock_help_names_its_own_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["mock", "--help"])
    assert exit_info.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith("usage: fetch-hive mock ")
    assert "python -m fetch_hive_reference" not in help_text
    assert "--context-limit" in help_text
    assert build_parser().prog == "python -m fetch_hive_reference"


USER_FILE = snippet(
    "testing_helpers",
    """
from fetch_hive_reference.testing import RunningServer, callback_receiver, running_server


def base_url() -> str:
    with running_server(stream_pace=0) as server, callback_receiver() as receiver:
        assert isinstance(server, RunningServer)
        return server.base_url + receiver.url
""",
)


@pytest.mark.mypy
def test_mypy_strict_accepts_user_code_that_imports_the_testing_helpers(
    mypy_snippets: dict[str, Checked],
) -> None:
    # Only the installed package (no mypy_path from the project's config): like a user's project.
    checked = mypy_snippets[USER_FILE]
    assert checked.lines == [], checked.output


def test_the_announced_socket_takes_connections_before_uvicorn_runs() -> None:
    # The address is printed before uvicorn starts: a client that connects at once waits in
    # the backlog instead of being refused.
    from fetch_hive_reference.sockets import listening_socket

    with (
        listening_socket("127.0.0.1", 0) as sock,
        socket.create_connection(sock.getsockname()[:2], timeout=10),
    ):
        pass
