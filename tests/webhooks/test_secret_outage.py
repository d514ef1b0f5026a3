"""A secret that cannot be obtained is an outage, not a forgery: `WebhookReceiver` answers
503 (nothing processed, the service delivers again) and logs one line without the
exception's text, never 400 and never uvicorn's traceback. And the SQLite replay store's
options are all checked when it is created."""

from __future__ import annotations

import json
import math
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import InputValidationError
from fetch_hive_sdk.webhooks import (
    InMemoryReplayStore,
    SQLiteReplayStore,
    WebhookHandler,
    WebhookSecretUnavailableError,
    sign,
)

SECRET = "whsec_secret_outage_0123456789"
# What a secrets manager's exception might say: it must reach no log and no answer.
LEAKY = "vault: token hvs.CAESIJ-leaky-0123 expired for whsec_secret_outage_0123456789"


def _body(request_id: str) -> bytes:
    return json.dumps(
        {"event_type": "workflow.completed", "request_id": request_id, "data": {"output": "ok"}}
    ).encode()


# The handler, framework-free. -------------------------------------------------------------


def _raises() -> str:
    raise RuntimeError(LEAKY)


@pytest.mark.parametrize(
    ("secret", "said"),
    [
        (lambda: None, "gave no usable secret: the webhook secret must be a string or a list "
         "of strings, got NoneType"),
        (lambda: "", "gave no usable secret: the webhook secret is empty"),
        (lambda: [SECRET, "  "], "gave no usable secret: the webhook secret is blank"),
        (_raises, "the secret function raised RuntimeError (its text is not shown)"),
    ],
    ids=["None", "empty", "a blank one among several", "raises"],
)  # fmt: skip
def test_a_secret_function_that_fails_is_an_outage_not_a_forgery(secret: Any, said: str) -> None:
    store = InMemoryReplayStore()
    handler = WebhookHandler(secret, replay_store=store)
    body = _body("req_outage")
    with pytest.raises(WebhookSecretUnavailableError) as caught:
        handler.process(body, {"X-Fetch-Hive-Signature": sign(body, SECRET)})
    assert said in str(caught.value)
    assert "hvs." not in str(caught.value) and SECRET not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert len(store) == 0  # nothing was processed: the retry will be


# The receiver, run by uvicorn on a loopback port. -----------------------------------------

RECEIVER_APP = f"""
import logging
import sys

from fetch_hive_sdk.webhooks import WebhookReceiver

# The operator's logging: one line per record.
logging.basicConfig(level=logging.INFO, format="LOG %(name)s %(levelname)s %(message)s")

# The secrets manager's answers, one per delivery: an outage, then the secret again.
ANSWERS = iter(["none", "raise", "empty", "good", "good"])


def secret():
    answer = next(ANSWERS)
    if answer == "none":
        return None
    if answer == "raise":
        raise RuntimeError({LEAKY!r})
    if answer == "empty":
        return ""
    return {SECRET!r}


def on_event(event):
    print("EVENT", event.request_id, file=sys.stderr, flush=True)


app = WebhookReceiver(secret, on_event)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve_and_deliver(tmp_path: Path) -> tuple[list[int], list[str]]:
    """Start the receiver with uvicorn, deliver five callbacks (the same event), stop it;
    the answers' statuses and the log lines written while the deliveries were handled."""
    (tmp_path / "receiver_app.py").write_text(RECEIVER_APP)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "receiver_app:app", "--host", "127.0.0.1",
         "--port", str(port), "--app-dir", str(tmp_path), "--log-level", "info",
         "--no-access-log"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    log: list[str] = []
    statuses: list[int] = []
    try:
        assert server.stderr is not None
        for line in server.stderr:  # uvicorn's own line says when it is ready
            log.append(line)
            if "Uvicorn running on" in line:
                break
        else:
            raise AssertionError("uvicorn ended before it started:\n" + "".join(log))
        drain = threading.Thread(target=log.extend, args=(server.stderr,), daemon=True)
        drain.start()
        started = len(log)
        body = _body("req_outage")
        signed = {"X-Fetch-Hive-Signature": sign(body, SECRET)}
        url = f"http://127.0.0.1:{port}/callback"
        with httpx.Client(timeout=30) as client:
            for _ in range(4):  # None, raises, empty, then the secret again
                statuses.append(client.post(url, content=body, headers=signed).status_code)
            forged = {"X-Fetch-Hive-Signature": "0" * 64}
            statuses.append(client.post(url, content=body, headers=forged).status_code)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    deadline = time.monotonic() + 30
    while drain.is_alive() and time.monotonic() < deadline:
        drain.join(timeout=1)
    if server.stderr is not None:
        server.stderr.close()
    during = log[started:]
    shutdown = next((i for i, line in enumerate(during) if "Shutting down" in line), len(during))
    return statuses, [line.rstrip("\n") for line in during[:shutdown]]


def test_the_receiver_answers_503_and_logs_one_line_per_outage(tmp_path: Path) -> None:
    statuses, lines = _serve_and_deliver(tmp_path)
    assert statuses == [503, 503, 503, 200, 400]
    unavailable = "LOG fetch_hive_sdk.webhooks ERROR webhook secret unavailable, answered 503 (delivered again): "
    assert lines == [
        unavailable + "the secret function gave no usable secret: the webhook secret must be "
        "a string or a list of strings, got NoneType",
        unavailable + "the secret function raised RuntimeError (its text is not shown)",
        unavailable + "the secret function gave no usable secret: the webhook secret is empty: "
        "a signature made with an empty key proves nothing",
        "EVENT req_outage",  # nothing was processed before: the retry is
        "LOG fetch_hive_sdk.webhooks WARNING callback refused: signature mismatch: the body "
        "was changed or signed with another secret",
    ]  # fmt: skip
    text = "\n".join(lines)
    assert "hvs." not in text and "Traceback" not in text


# SQLiteReplayStore options. ---------------------------------------------------------------

SQLITE_OPTIONS: list[tuple[str, dict[str, Any], str, str]] = [
    ("busy_timeout -1", {"busy_timeout": -1}, "busy_timeout", "at least 0, got -1"),
    ("busy_timeout NaN", {"busy_timeout": math.nan}, "busy_timeout", "got nan"),
    ("busy_timeout inf", {"busy_timeout": math.inf}, "busy_timeout", "got inf"),
    ("busy_timeout str", {"busy_timeout": "30"}, "busy_timeout", "must be a number, got str"),
    ("busy_timeout True", {"busy_timeout": True}, "busy_timeout", "must be a number, got bool"),
    # Past SQLite's int of milliseconds it would silently not wait at all.
    ("busy_timeout 1e12", {"busy_timeout": 1e12}, "busy_timeout", "at most 2.14748e+06"),
    ("path int", {"path": 3}, "path", "must be a file path (str or os.PathLike), got int"),
    ("clock str", {"clock": "now"}, "clock", "must be a function returning seconds, got str"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "argument", "reason"),
    [c[1:] for c in SQLITE_OPTIONS],
    ids=[c[0] for c in SQLITE_OPTIONS],
)
def test_bad_sqlite_store_options_are_refused_by_name(
    tmp_path: Path, options: dict[str, Any], argument: str, reason: str
) -> None:
    options = {"path": tmp_path / "replay.sqlite3", **options}
    with pytest.raises(InputValidationError) as caught:
        SQLiteReplayStore(**options)
    assert caught.value.argument == argument
    assert str(caught.value).startswith(f"{argument}: ") and reason in str(caught.value)
    assert not (tmp_path / "replay.sqlite3").exists()  # refused before the file is made


@pytest.mark.parametrize("busy_timeout", [0, 0.5, 30, (2**31 - 1) / 1000])
def test_good_busy_timeouts_still_work(tmp_path: Path, busy_timeout: float) -> None:
    store = SQLiteReplayStore(tmp_path / "replay.sqlite3", busy_timeout=busy_timeout)
    assert store.add_if_new("k") and not store.add_if_new("k")
