"""pytest fixtures for your own test suite: the reference server and clients bound to it.

Installed with the distribution (entry point ``pytest11``), so every suite has the fixtures;
nothing starts until a test asks for one. All of them stay on 127.0.0.1.

- ``fetch_hive_server``: the reference server (``RunningServer``) on a free loopback port.
  One server per test session; every test gets it clean (no fault, the session's settings,
  no runs, threads, deliveries or stored resources left by earlier tests).
- ``fetch_hive_client`` / ``fetch_hive_async_client``: ``fetch_hive_sdk.FetchHive`` /
  ``AsyncFetchHive`` bound to the server, closed after the test. The async one is an async
  fixture: use it from async tests (``@pytest.mark.anyio``, or pytest-asyncio).
- ``fetch_hive_callback_receiver``: a loopback endpoint that records the callbacks the
  server delivers (``url``, ``received``, ``wait_for(count)``).
- ``fetch_hive_fault``: call it with a fault (``"rate_limit; retry_after=1"``) to make the
  server misbehave for the rest of the test; or mark the test
  ``@pytest.mark.fetch_hive_fault("provider_error")``.
- ``@pytest.mark.fetch_hive_settings(stream_pace=0.05, ...)``: ``Settings`` fields for one
  test. Override the session fixture ``fetch_hive_server_settings`` for every test.

Installed for every user of the distribution, with or without the ``server`` extra, so
loading it imports only pytest and the standard library: the server and the SDK are imported
by the fixtures, when a test asks for one. Without the extra, only the tests that ask for
these fixtures fail, each with the one line that says how to install it.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

from ._extra import ServerExtraMissing

if TYPE_CHECKING:
    from fetch_hive_sdk import AsyncFetchHive, FetchHive

    from .testing import CallbackReceiver, RunningServer

FAULT_MARKER = "fetch_hive_fault"
SETTINGS_MARKER = "fetch_hive_settings"

#: Settings of the session's server unless ``fetch_hive_server_settings`` is overridden: no
#: pause between stream chunks and quick callback retries keep tests fast.
DEFAULT_SERVER_SETTINGS: dict[str, Any] = {"stream_pace": 0.0, "callback_backoff": 0.01}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{FAULT_MARKER}(spec): the reference server misbehaves this way during the test "
        "(fetch_hive_server and the client fixtures)",
    )
    config.addinivalue_line(
        "markers",
        f"{SETTINGS_MARKER}(**fields): reference-server Settings fields for this test",
    )


def _testing() -> ModuleType:
    """``fetch_hive_reference.testing``; without the server extra, the asking test fails with
    the install instruction (pytest's own line, no traceback)."""
    try:
        return importlib.import_module(f"{__package__}.testing")
    except ServerExtraMissing as exc:
        missing = str(exc)
    pytest.fail(missing, pytrace=False)  # outside `except`: no chained exception shown


@pytest.fixture(scope="session")
def fetch_hive_server_settings() -> dict[str, Any]:
    """``Settings`` keywords of the session's server; override this fixture to change them."""
    return dict(DEFAULT_SERVER_SETTINGS)


@pytest.fixture(scope="session")
def _fetch_hive_session_server(
    fetch_hive_server_settings: dict[str, Any],
) -> Iterator[RunningServer]:
    with _testing().running_server(**fetch_hive_server_settings) as server:
        yield server


@pytest.fixture
def fetch_hive_server(
    _fetch_hive_session_server: RunningServer, request: pytest.FixtureRequest
) -> Iterator[RunningServer]:
    """The session's reference server, clean for this test and put back afterwards."""
    server = _fetch_hive_session_server
    settings = server.settings
    saved = dataclasses.replace(settings)
    for marker in request.node.iter_markers(SETTINGS_MARKER):
        for name, value in marker.kwargs.items():
            setattr(settings, name, value)
    settings.validate()
    fault_marker = request.node.get_closest_marker(FAULT_MARKER)
    if fault_marker is not None:
        server.set_fault(*fault_marker.args)
    try:
        yield server
    finally:
        for field in dataclasses.fields(saved):
            setattr(settings, field.name, getattr(saved, field.name))
        server.clear_fault()
        server.reset()


@pytest.fixture
def fetch_hive_fault(fetch_hive_server: RunningServer) -> Callable[[str | None], None]:
    """Call with a fault string to make the server misbehave until the test ends (None: stop)."""
    return fetch_hive_server.set_fault


@pytest.fixture
def fetch_hive_client(fetch_hive_server: RunningServer) -> Iterator[FetchHive]:
    """A ``FetchHive`` client bound to the reference server (its key, ``/v1`` URL and workspace)."""
    from fetch_hive_sdk import FetchHive

    client = FetchHive(
        api_key=fetch_hive_server.api_key,
        base_url=fetch_hive_server.base_url,
        workspace_id=fetch_hive_server.settings.workspace_id,
    )
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
async def fetch_hive_async_client(
    fetch_hive_server: RunningServer,
) -> AsyncIterator[AsyncFetchHive]:
    """An ``AsyncFetchHive`` client bound to the reference server (an async fixture)."""
    from fetch_hive_sdk import AsyncFetchHive

    client = AsyncFetchHive(
        api_key=fetch_hive_server.api_key,
        base_url=fetch_hive_server.base_url,
        workspace_id=fetch_hive_server.settings.workspace_id,
    )
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
def fetch_hive_callback_receiver() -> Iterator[CallbackReceiver]:
    """A loopback endpoint recording the callbacks it receives (it answers 200)."""
    with _testing().callback_receiver() as receiver:
        yield receiver
