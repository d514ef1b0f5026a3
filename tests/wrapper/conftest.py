"""Fixtures for the wrapper tests.

Tests that take the `kind` fixture run once with `FetchHive` and once with `AsyncFetchHive`.
"""

from __future__ import annotations

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
