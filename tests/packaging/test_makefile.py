"""The Makefile's interpreter logic: Python older than 3.11 is refused with one line before
anything is created, and a venv made by another interpreter is made anew. Every run here
points VENV and OLD_SDK at a temporary folder: the real .venv is never touched."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _packaging_support import ROOT

REAL_PYTHON = os.path.realpath(sys.executable)
VERSION = platform.python_version()

# Pretends to be CPython 3.10.12 for `-c CODE`, the only way the Makefile may call an
# interpreter it has not accepted yet; any other use leaves a mark and fails.
FAKE_OLD_PYTHON = f"""#!{REAL_PYTHON}
import pathlib, sys
if sys.argv[1:2] != ["-c"]:
    pathlib.Path(__file__ + ".misused").write_text(repr(sys.argv))
    sys.exit("fake python: only -c is supported")
code = sys.argv[2]
sys.argv = ["-c", *sys.argv[3:]]
sys.version_info = (3, 10, 12, "final", 0)
sys.executable = __file__
exec(compile(code, "<string>", "exec"), {{"__name__": "__main__"}})
"""


def make(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # Without the outer make's variables (`make unit-test` runs this test): no "Entering
    # directory" lines, no jobserver.
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")
    }
    return subprocess.run(
        ["make", "--no-print-directory", *map(str, args)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


@pytest.fixture
def old_python(tmp_path: Path) -> Path:
    fake = tmp_path / "bin" / "python3.10"
    fake.parent.mkdir()
    fake.write_text(FAKE_OLD_PYTHON)
    fake.chmod(0o755)
    return fake


@pytest.mark.parametrize("goal", ["install", "test", "lint"])
def test_an_old_python_is_refused_in_one_line_before_anything_is_made(
    tmp_path: Path, old_python: Path, goal: str
) -> None:
    venv, vendor = tmp_path / "venv", tmp_path / "vendor"
    done = make(f"PYTHON={old_python}", f"VENV={venv}", f"OLD_SDK={vendor}", goal)
    assert done.returncode == 2
    assert done.stdout == ""
    assert re.fullmatch(
        r"Makefile:\d+: \*\*\* Python 3\.11 or newer is needed "
        rf"\(found 3\.10\.12 at {re.escape(str(old_python))}\); "
        rf"run `make PYTHON=python3\.1[1-9] {goal}`\.  Stop\.\n",
        done.stderr,
    ), done.stderr
    assert not venv.exists() and not vendor.exists()
    assert not Path(f"{old_python}.misused").exists()


def test_a_python_that_does_not_run_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "python3.11"
    done = make(f"PYTHON={missing}", f"VENV={tmp_path / 'venv'}", "install")
    assert done.returncode == 2
    assert f'Python 3.11 or newer is needed ("{missing}" does not run)' in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_clean_needs_no_interpreter(old_python: Path, tmp_path: Path) -> None:
    done = make("-n", f"PYTHON={old_python}", f"VENV={tmp_path / 'venv'}", "clean")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"rm -rf {tmp_path / 'venv'} ")


def fake_venv(venv: Path, *, version: str, executable: str) -> None:
    """A venv as another interpreter would have left it (pyvenv.cfg is what tells)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    config = venv / "pyvenv.cfg"
    text = re.sub(r"(?m)^version *=.*$", f"version = {version}", config.read_text())
    text = re.sub(r"(?m)^executable *=.*$", f"executable = {executable}", text)
    config.write_text(text)
    (venv / "made-by-the-other-one").write_text("")


def test_a_venv_made_by_another_interpreter_is_made_anew(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    fake_venv(venv, version="3.10.12", executable="/usr/bin/python3.10")
    planned = make("-n", f"PYTHON={sys.executable}", f"VENV={venv}", f"{venv}/.installed-stamp")
    assert planned.returncode == 0, planned.stderr
    # The rebuild is followed by the install from the pins.
    assert f"rm -rf {venv}\n{REAL_PYTHON} -m venv {venv}\n" in planned.stdout
    assert f"{venv}/bin/python -m pip install --quiet" in planned.stdout

    done = make(f"PYTHON={sys.executable}", f"VENV={venv}", f"{venv}/pyvenv.cfg")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        f"{venv} was made by /usr/bin/python3.10 3.10.12, not by {REAL_PYTHON} {VERSION}: "
        "making it anew\n"
    )
    assert not (venv / "made-by-the-other-one").exists()
    config = (venv / "pyvenv.cfg").read_text()
    assert f"version = {VERSION}\n" in config and f"executable = {REAL_PYTHON}\n" in config
    assert (venv / "bin" / "python").exists()

    # Made by the right interpreter now: kept as it is.
    (venv / "kept").write_text("")
    again = make(f"PYTHON={sys.executable}", f"VENV={venv}", f"{venv}/pyvenv.cfg")
    assert again.returncode == 0 and "is up to date" in again.stdout
    assert (venv / "kept").exists()


def test_a_venv_without_its_python_is_made_anew(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    fake_venv(venv, version=VERSION, executable=REAL_PYTHON)
    planned = make("-n", f"PYTHON={sys.executable}", f"VENV={venv}", f"{venv}/pyvenv.cfg")
    assert "is up to date" in planned.stdout  # the same interpreter: nothing to do
    (venv / "bin" / "python").unlink()
    planned = make("-n", f"PYTHON={sys.executable}", f"VENV={venv}", f"{venv}/pyvenv.cfg")
    assert f"rm -rf {venv}\n{REAL_PYTHON} -m venv {venv}\n" in planned.stdout
