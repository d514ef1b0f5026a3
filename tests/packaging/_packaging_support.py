"""Helpers for the packaging tests: scratch venvs, pip with clear failures, the built wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest
from other_pythons import NETWORK_TROUBLE

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT = PYPROJECT["project"]
DEV_PINS = ROOT / "requirements" / "dev.txt"
OFFICIAL_SDK = "fetch-hive-sdk==0.4.1"


def clean_environ(**extra: str) -> dict[str, str]:
    """The environment for a scratch interpreter: nothing of this repository on its path."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "MYPYPATH", "PYTHONWARNINGS")
    }
    environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    environ.update(extra)
    return environ


def run(
    command: Sequence[str | Path], *, cwd: Path, check: bool = True, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=clean_environ(**extra_env),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    if check and done.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, command))} failed ({done.returncode}):\n"
            f"{done.stdout}\n{done.stderr}"
        )
    return done


def pip(python: Path, *args: str | Path, cwd: Path, why: str) -> subprocess.CompletedProcess[str]:
    """`python -m pip ARGS`; a failure names what it was for, and PyPI if it was unreachable."""
    done = run([python, "-m", "pip", *args], cwd=cwd, check=False)
    if done.returncode != 0:
        output = done.stdout + done.stderr
        cause = ""
        # Said, not skipped: a CI without PyPI must be noticed.
        if any(marker in output for marker in NETWORK_TROUBLE):
            cause = " PyPI (or the configured index) looks unreachable, and this test needs it."
        pytest.fail(f"pip could not {why} (exit status {done.returncode}).{cause}\n{output}")
    return done


def make_venv(path: Path) -> Path:
    """A fresh venv (with pip) made by the interpreter behind this one; returns its python."""
    run([sys.executable, "-m", "venv", path], cwd=path.parent)
    return path / "bin" / "python"


def site_packages(python: Path) -> Path:
    done = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=ROOT)
    return Path(done.stdout.strip())


def install_runtime(python: Path, wheel: Path, *, cwd: Path, extras: str = "") -> None:
    """The wheel and its runtime dependencies, at the versions requirements/dev.txt pins."""
    pip(
        python,
        "install",
        "--quiet",
        "--constraint",
        DEV_PINS,
        f"{wheel}{extras}",
        cwd=cwd,
        why=f"install {wheel.name}{extras} with its dependencies",
    )
