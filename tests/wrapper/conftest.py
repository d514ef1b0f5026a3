"""Fixtures for the wrapper tests.

Tests that take the `kind` fixture run once with `FetchHive` and once with `AsyncFetchHive`.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from _wrapper_support import Sleeps


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(autouse=True)
def _no_env_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The developer's own FETCH_HIVE_* variables must not leak into the tests."""
    for name in (
        "FETCH_HIVE_API_KEY",
        "FETCH_HIVE_BASE_URL",
        "FETCH_HIVE_LOG",
        "FETCH_HIVE_LOG_BODIES",
    ):
        monkeypatch.delenv(name, raising=False)
    yield


# Real loopback ports that refuse or never answer a connection (the connection-error tests).
@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A listener that never accepts, its backlog filled: a new connection hangs in connect."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):  # more than the kernel's backlog for listen(0)
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
