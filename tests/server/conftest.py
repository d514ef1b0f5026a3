"""Fixtures for the reference server tests: a server per test on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fetch_hive_reference.testing import RunningServer, running_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    """One server per test module; tests that change switches put them back (see `faults`)."""
    with running_server(stream_pace=0, callback_backoff=0.01) as running:
        yield running


@pytest.fixture
def faults(server: RunningServer) -> Iterator[RunningServer]:
    """The module's server, with its server-wide fault cleared after the test."""
    try:
        yield server
    finally:
        server.clear_fault()


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, trust_env=False) as http:
        yield http
