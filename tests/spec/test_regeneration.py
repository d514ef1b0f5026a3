"""generated/ is exactly what the pinned generator makes from openapi.yaml."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from tests.spec.spec_walk import ROOT

PACKAGE = "fetch_hive_api"
IGNORED = {"__pycache__", ".ruff_cache"}


def _regenerate(into: Path) -> Path:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    output = into / PACKAGE
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"), "generate",
            "--path", str(ROOT / "openapi.yaml"),
            "--config", str(ROOT / "generator-config.yaml"),
            "--custom-template-path", str(ROOT / "templates"),
            "--meta", "none", "--fail-on-warning",
            "--output-path", str(output),
        ],
        check=True, cwd=ROOT, env=env, capture_output=True,
    )  # fmt: skip
    (output / "py.typed").touch()  # as `make regenerate` does
    return output


def _differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=list(IGNORED))
    found = [f"only in {left}: {n}" for n in compared.left_only]
    found += [f"only in {right}: {n}" for n in compared.right_only]
    # dircmp compares by stat signature first: compare contents byte for byte instead.
    for name in compared.common_files:
        if (left / name).read_bytes() != (right / name).read_bytes():
            found.append(f"differs: {left / name}")
    for name in compared.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_generated_matches_a_fresh_regeneration(tmp_path: Path) -> None:
    fresh = _regenerate(tmp_path)
    assert _differences(ROOT / "generated" / PACKAGE, fresh) == []


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
