"""Only the harmless noise about clients (hung up, malformed forms) is silenced; every other
record stays."""

from __future__ import annotations

import logging

import httpx
import pytest
from fetch_hive_reference.quiet import ASYNCIO_HANGUP_WARNING, quiet_expected_noise
from fetch_hive_reference.streaming import DropConnection
from fetch_hive_reference.testing import running_server


def _record(name: str, message: str, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, None) if exc is not None else None
    return logging.LogRecord(name, logging.WARNING, __file__, 1, message, (), exc_info)


def _passes(logger_name: str, record: logging.LogRecord) -> bool:
    return all(log_filter.filter(record) for log_filter in logging.getLogger(logger_name).filters)


def test_the_asyncio_hang_up_warning_is_silenced_and_nothing_else() -> None:
    quiet_expected_noise()
    quiet_expected_noise()  # idempotent
    assert len(logging.getLogger("asyncio").filters) == len(
        set(logging.getLogger("asyncio").filters)
    )
    # The exact text asyncio's socket transport logs after the peer went away.
    assert ASYNCIO_HANGUP_WARNING == "socket.send() raised exception."
    assert not _passes("asyncio", _record("asyncio", ASYNCIO_HANGUP_WARNING))
    assert _passes("asyncio", _record("asyncio", "Task exception was never retrieved"))
    assert _passes("asyncio", _record("asyncio", "socket.send() raised exception. (other)"))


def test_uvicorn_tracebacks_are_hidden_only_for_intentional_drops() -> None:
    quiet_expected_noise()
    dropped = _record("uvicorn.error", "Exception in ASGI application", DropConnection("drop"))
    grouped = _record(
        "uvicorn.error", "Exception in ASGI application", ExceptionGroup("g", [DropConnection("d")])
    )
    real = _record("uvicorn.error", "Exception in ASGI application", RuntimeError("bug"))
    assert not _passes("uvicorn.error", dropped)
    assert not _passes("uvicorn.error", grouped)
    assert _passes("uvicorn.error", real)


def test_a_malformed_form_gets_422_and_no_log_warning(caplog: pytest.LogCaptureFixture) -> None:
    body = b"--b\r\nBad[Header]: x\r\n\r\ndata\r\n--b--\r\n"  # "[" is not a header character
    with running_server() as server, caplog.at_level(logging.WARNING):
        answer = httpx.post(
            f"{server.base_url}/public/workspaces/{server.settings.workspace_id}/assets",
            content=body,
            headers={
                "Authorization": f"Bearer {server.api_key}",
                "Content-Type": "multipart/form-data; boundary=b",
            },
        )
    assert answer.status_code == 422 and answer.json()["error"] == "Invalid form"
    assert [r.getMessage() for r in caplog.records if r.name.startswith("python_multipart")] == []
    # Not a warning about the client's body: still shown.
    assert _passes("python_multipart.multipart", _error("python_multipart.multipart", "disk full"))


def _error(name: str, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, message, (), None)
