"""Connecting has its own short timeout, and connection errors name the host and the cause.
Real sockets on 127.0.0.1 (a closed port; a listener whose backlog is full), sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _wrapper_support import Recorder, invoke, make_client, reply
from fetch_hive_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncFetchHive,
    FetchHive,
    _pool,
)

pytestmark = pytest.mark.anyio


def _client(kind: str, port: int, **settings: Any) -> FetchHive | AsyncFetchHive:
    base_url = f"http://127.0.0.1:{port}/v1"
    if kind == "sync":
        return FetchHive("fhk_test", base_url, max_retries=0, **settings)
    return AsyncFetchHive("fhk_test", base_url, max_retries=0, **settings)


async def test_a_refused_connection_names_the_host_and_the_cause(
    kind: str, closed_port: int
) -> None:
    client = _client(kind, closed_port)
    with pytest.raises(APIConnectionError) as caught:
        await invoke(client, "get_request", "req_1")
    message = str(caught.value)
    assert f"Could not connect to 127.0.0.1:{closed_port}" in message
    assert "refused" in message.lower()
    assert "fhk_test" not in message and not isinstance(caught.value, APITimeoutError)


async def test_connecting_has_its_own_short_timeout(
    kind: str, unanswered_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The read timeout stays long (120 s); connecting gives up after the connect timeout
    # (shortened here so that the test is quick; the default is 5 s).
    monkeypatch.setattr(_pool, "DEFAULT_CONNECT_TIMEOUT", 0.3)
    client = _client(kind, unanswered_port)
    with pytest.raises(APITimeoutError) as caught:
        await invoke(client, "get_request", "req_1")
    assert f"Timed out connecting to 127.0.0.1:{unanswered_port}" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({}, {"connect": 5.0, "read": 120.0, "write": 120.0, "pool": 120.0}),
        ({"timeout": 30}, {"connect": 5.0, "read": 30, "write": 30, "pool": 30}),
        ({"timeout": 2}, {"connect": 2, "read": 2, "write": 2, "pool": 2}),
        ({"timeout": None}, {"connect": 5.0, "read": None, "write": None, "pool": None}),
        ({"timeout": httpx.Timeout(9.0)}, {"connect": 9.0, "read": 9.0, "write": 9.0, "pool": 9.0}),
    ],
)
async def test_the_timeouts_each_request_gets(
    kind: str, setting: dict[str, Any], expected: dict[str, Any]
) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "status": "done", "request_type": "x"})])
    await invoke(make_client(kind, recorder, **setting), "get_request", "r")
    assert recorder.last.extensions["timeout"] == expected
    # The same rule for a per-call timeout.
    if "timeout" in setting:
        await invoke(make_client(kind, recorder), "get_request", "r", timeout=setting["timeout"])
        assert recorder.last.extensions["timeout"] == expected


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (
            httpx.ReadTimeout("slow"),
            "Timed out waiting for api.test.fetchhive.invalid:443 to answer",
        ),
        (
            httpx.PoolTimeout("full"),
            "waiting for a free connection to api.test.fetchhive.invalid:443",
        ),
        (
            httpx.ReadError("reset by peer"),
            "Connection error with api.test.fetchhive.invalid:443: ReadError: reset by peer",
        ),
        (
            httpx.LocalProtocolError("Illegal header value b'Bearer fhk_secret'"),
            "LocalProtocolError.",
        ),
    ],
)
async def test_each_failure_says_where_and_what(kind: str, error: Exception, fragment: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(APIConnectionError) as caught:
        await invoke(make_client(kind, Recorder([fail]), max_retries=0), "get_request", "r")
    assert fragment in str(caught.value)
    assert "fhk_secret" not in str(caught.value) and "fhk_secret" not in repr(caught.value)
