"""Shared pytest settings for every test folder.

`FETCH_HIVE_TEST_TRANSPORT=aiohttp` (`make aiohttp-test`) runs the tests with every
`AsyncFetchHive` the SDK makes its own pool for on `AioHttpClient` instead of httpx's
transport; clients given an `http_client=` (`httpx.MockTransport`...) keep it. The
default, `httpx`, also keeps async batch runs on httpx (they would pick aiohttp on their
own, since it is installed here).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _depth import PROFILE
from _mypy_snippets import Checked, check_all
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Property tests (tests/_depth.py): few examples locally, many in CI; none of them may
# depend on the clock, so no deadline anywhere.
settings.register_profile("quick", max_examples=20, deadline=None)
settings.register_profile("deep", max_examples=100, deadline=None)
# `make mutation`: quick, and no example database (a mutant's failures are not worth keeping).
settings.register_profile("mutation", max_examples=20, deadline=None, database=None)
settings.load_profile(PROFILE)

TRANSPORTS = ("httpx", "aiohttp")
TEST_TRANSPORT = os.environ.get("FETCH_HIVE_TEST_TRANSPORT") or "httpx"
if TEST_TRANSPORT not in TRANSPORTS:
    raise pytest.UsageError(
        f"FETCH_HIVE_TEST_TRANSPORT: one of {', '.join(TRANSPORTS)}, got {TEST_TRANSPORT!r}"
    )


@pytest.fixture
def anyio_backend() -> str:
    # Async tests run on asyncio only (`@pytest.mark.anyio`); trio is not a dependency.
    return "asyncio"


@pytest.fixture(autouse=True)
def _test_transport(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from fetch_hive_sdk import _aiohttp_client, _base_client

    if TEST_TRANSPORT == "aiohttp":
        made_by_httpx = _base_client.new_http_client

        def new_http_client(http_client_class: type[object]) -> object:
            if http_client_class is httpx.AsyncClient:
                return _aiohttp_client.AioHttpClient()
            return made_by_httpx(http_client_class)  # type: ignore[type-var]

        monkeypatch.setattr(_base_client, "new_http_client", new_http_client)
    else:
        monkeypatch.setattr(_aiohttp_client, "aiohttp_usable", lambda: False)
    yield


@pytest.fixture(scope="session")
def mypy_snippets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Checked]:
    """Every registered snippet (tests/_mypy_snippets.py) checked in one mypy run. The cache
    under .mypy_cache/ makes a second local run quick; a fresh clone (CI) starts cold."""
    return check_all(tmp_path_factory.mktemp("mypy"), ROOT / ".mypy_cache" / "snippets")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The mypy tests share one session fixture: one xdist worker runs them all (`--dist
    # loadgroup` reads this marker in its own hook, after this one).
    if config.pluginmanager.hasplugin("xdist"):
        for item in items:
            if item.get_closest_marker("mypy"):
                item.add_marker(pytest.mark.xdist_group("mypy"))
