"""generated/ is exactly what the pinned generator makes from openapi.yaml."""

from __future__ import annotations

import subprocess
import sys

from tests.spec.spec_walk import ROOT

PACKAGE = "fetch_hive_api"
IGNORED = {"__pycache__", ".ruff_cache"}


def test_generated_matches_a_fresh_regeneration() -> None:
    # `scripts/generate.py --check`: generated/ and the SDK's generated sources are exactly
    # what openapi.yaml and the templates give, byte for byte.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_generated_package_has_a_real_name_and_py_typed() -> None:
    assert [p.name for p in (ROOT / "generated").iterdir() if p.name not in IGNORED] == [PACKAGE]
    assert (ROOT / "generated" / PACKAGE / "py.typed").is_file()


def test_sync_clients_match_their_async_sources() -> None:
    # `scripts/unasync.py --check`: the sync client is exactly what the async source gives.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
