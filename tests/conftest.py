"""Shared pytest settings for every test folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    # Async tests run on asyncio only (`@pytest.mark.anyio`); trio is not a dependency.
    return "asyncio"
