"""Shared pytest settings for every test folder."""

from __future__ import annotations

from pathlib import Path

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


@pytest.fixture
def anyio_backend() -> str:
    # Async tests run on asyncio only (`@pytest.mark.anyio`); trio is not a dependency.
    return "asyncio"


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
