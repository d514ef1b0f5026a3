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

import httpx
import pytest

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
