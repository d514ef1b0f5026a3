"""Issue 11 items 2 and 8 on the command line: bad keys, secrets and values that JSON
cannot carry end with exit code 2 and one clear line on stderr, no traceback, nothing
sent, and the key or secret never printed. The console script runs as a real process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk.webhooks import sign

SCRIPT = Path(sys.executable).with_name("fetch-hive")
SECRET = "whsec_cli_hardening_0123456789"
BODY = b'{"event_type":"workflow.completed","request_id":"req_1","data":{"output":"ok"}}'


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


def run(
    server: RunningServer, *args: str, env: dict[str, str] | None = None, stdin: bytes = b""
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    environment["FETCH_HIVE_BASE_URL"] = server.base_url
    environment.update(env or {})
    done = subprocess.run(
        [str(SCRIPT), *args], input=stdin, capture_output=True, env=environment, timeout=60,
        check=False,
    )  # fmt: skip
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def assert_usage_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # one clear line
    assert lines[0].startswith("fetch-hive: ")
    assert "Traceback" not in done.stderr and done.stdout == ""
    for word in words:
        assert word in lines[0], (word, lines[0])


VALUE_CASES = [
    ("NaN", ["--input", "x:=NaN"], ("--input x", "NaN", "not a JSON value")),
    ("Infinity", ["--input", "x:=Infinity"], ("Infinity",)),
    ("-Infinity", ["--input", "x:=-Infinity"], ("-Infinity",)),
    ("NaN in a list", ["--input", "scores:=[1, NaN]"], ("NaN",)),
    ("1e999 overflows to inf", ["--input", "x:=1e999"], ('inputs["x"]', "finite")),
    ("big integer", ["--input", "id:=9007199254740993"], ('inputs["id"]', "2**53-1")),
    ("5000 digits", ["--input", "n:=" + "9" * 5000], ("--input n", "not usable JSON")),
    ("too deep", ["--input", "t:=" + "[" * 30_000 + "]" * 30_000], ("too deeply",)),
    ("inputs-json NaN", ["--inputs-json", '{"a": NaN}'], ("--inputs-json", "NaN")),
    ("inputs-json deep", ["--inputs-json", '{"a": ' + "[" * 70 + "]" * 70 + "}"], ('inputs["a"]', "64 levels")),
    ("metadata NaN", ["--metadata", "score:=NaN"], ("--metadata score", "NaN")),
    ("metadata big int", ["--metadata", "n:=18446744073709551616"], ('metadata["n"]', "2**53-1")),
    ("lone surrogate", ["--input", "name=caf\udce9"], ('inputs["name"]', "surrogate")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "words"), [c[1:] for c in VALUE_CASES], ids=[c[0] for c in VALUE_CASES]
)
def test_unsendable_values_exit_2_with_one_line(
    server: RunningServer, arguments: list[str], words: tuple[str, ...]
) -> None:
    before = len(server.runs())
    done = run(
        server, "workflow", "market-report", *arguments, env={"FETCH_HIVE_API_KEY": server.api_key}
    )
    assert_usage_error(done, *words)
    assert len(server.runs()) == before  # nothing was sent


BAD_KEY = "fhk_abc\u200bdef_SECRETPART"


@pytest.mark.parametrize(
    ("how", "words"),
    [
        (["--api-key", BAD_KEY], ("--api-key", "U+200B", "value not shown")),
        (["--api-key", "fhk_abc\ndef_SECRETPART"], ("--api-key", "line break")),
        ([], ("FETCH_HIVE_API_KEY", "U+200B", "value not shown")),
    ],
    ids=["option", "option-newline", "environment"],
)
def test_bad_api_key_exits_2_without_showing_it(
    server: RunningServer, how: list[str], words: tuple[str, ...]
) -> None:
    env = {} if how else {"FETCH_HIVE_API_KEY": BAD_KEY}
    done = run(server, *how, "prompt", "welcome-email", env=env)
    assert_usage_error(done, *words)
    assert "SECRETPART" not in done.stderr


@pytest.mark.parametrize(
    ("how", "words"),
    [
        (["--secret", f"{SECRET}\u200b"], ("--secret", "U+200B", "value not shown")),
        (["--secret", f"{SECRET}\r"], ("--secret", "line break")),
        ([], ("FETCH_HIVE_WEBHOOK_SECRET", "U+00A0")),
    ],
    ids=["option", "option-CR", "environment"],
)
def test_bad_webhook_secret_exits_2_without_showing_it(
    server: RunningServer, how: list[str], words: tuple[str, ...]
) -> None:
    env = {} if how else {"FETCH_HIVE_WEBHOOK_SECRET": f"\u00a0{SECRET}"}
    done = run(
        server, "verify-webhook", *how, "--signature", sign(BODY, SECRET), env=env, stdin=BODY
    )
    assert_usage_error(done, *words)
    assert SECRET not in done.stderr


def test_good_secret_still_verifies(server: RunningServer) -> None:
    done = run(
        server, "verify-webhook", "--secret", SECRET, "--signature", sign(BODY, SECRET), stdin=BODY
    )
    assert done.returncode == 0 and done.stdout == "verified: workflow.completed req_1\n"
