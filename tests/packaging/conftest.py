"""Fixtures for the packaging tests: the wheel built once per session, fetch-hive-sdk 0.4.1."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from _packaging_support import OFFICIAL_SDK, ROOT, pip, run


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's wheel, built offline with the pinned hatchling of .venv."""
    out = tmp_path_factory.mktemp("wheel")
    run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", out],
        cwd=ROOT,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="session")
def official_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """fetch-hive-sdk 0.4.1's wheel, from PyPI (or pip's cache)."""
    out = tmp_path_factory.mktemp("official")
    pip(
        Path(sys.executable),
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary",
        ":all:",
        "--dest",
        out,
        OFFICIAL_SDK,
        cwd=out,
        why=f"download {OFFICIAL_SDK}",
    )
    (downloaded,) = out.glob("*.whl")
    return downloaded
