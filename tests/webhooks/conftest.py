"""Fixtures for the webhook tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.webhooks._redis_server import redis_server


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on 127.0.0.1 for the whole session, stopped at its end."""
    with redis_server() as url:
        yield url
