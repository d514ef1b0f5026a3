"""This SDK and fetch-hive-sdk 0.4.1 (the official one) installed into one scratch venv, in both
orders: what a user sees, what `import fetch_hive_sdk` warns, that `pip check` says nothing, and
that the README's repair works. Both share the import package `fetch_hive_sdk`."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from _packaging_support import ROOT, install_runtime, make_venv, pip, run, site_packages

# Each test may first make a venv and install into it (pip, mypy): more than the suite's
# default 120 s on a busy machine.
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(300)]

THIS, OFFICIAL = "fetch-hive-sdk-python", "fetch-hive-sdk"
WARNING = "DistributionConflictWarning: fetch-hive-sdk 0.4.1 (the official Fetch Hive SDK)"
IMPORT = "import fetch_hive_sdk\nprint(fetch_hive_sdk.__file__)"
README = (ROOT / "README.md").read_text()
MIGRATING = README.split("## Migrating from fetch-hive-sdk\n", 1)[1].split("\n## ", 1)[0]
README_IMPORT_ERROR = (
    "ImportError: cannot import name 'FetchHive' from 'fetch_hive_sdk' (unknown location)"
)


class ScratchVenv:
    def __init__(self, python: Path, wheel: Path, official_wheel: Path, home: Path) -> None:
        self.python = python
        self.wheels = {THIS: wheel, OFFICIAL: official_wheel}
        self.home = home
        self.site = site_packages(python)

    def install(self, *names: str) -> None:
        """Installs the distributions one after the other, in the order given."""
        for name in names:
            pip(
                self.python,
                "install",
                "--no-deps",
                "--quiet",
                self.wheels[name],
                cwd=self.home,
                why=f"install {name}",
            )

    def uninstall(self, *names: str) -> None:
        pip(self.python, "uninstall", "--yes", *names, cwd=self.home, why=f"uninstall {names}")

    def reset(self) -> None:
        """Neither distribution installed, and no stray file of either left."""
        run([self.python, "-m", "pip", "uninstall", "--yes", THIS, OFFICIAL], cwd=self.home)
        shutil.rmtree(self.site / "fetch_hive_sdk", ignore_errors=True)

    def python_code(self, code: str) -> tuple[int, str, str]:
        done = run([self.python, "-c", code], cwd=self.home, check=False)
        return done.returncode, done.stdout, done.stderr

    def pip_check(self) -> str:
        done = run([self.python, "-m", "pip", "check"], cwd=self.home)
        return done.stdout.strip()

    def init_is_the_official_one(self) -> bool:
        """Whether fetch_hive_sdk/__init__.py on disk is the file of the official wheel."""
        with zipfile.ZipFile(self.wheels[OFFICIAL]) as archive:
            record_name = next(n for n in archive.namelist() if n.endswith(".dist-info/RECORD"))
            rows = csv.reader(archive.read(record_name).decode().splitlines())
            recorded = {row[0]: row[1] for row in rows}
        digest = hashlib.sha256((self.site / "fetch_hive_sdk" / "__init__.py").read_bytes())
        on_disk = "sha256=" + base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()
        return recorded["fetch_hive_sdk/__init__.py"] == on_disk


@pytest.fixture(scope="module")
def scratch(
    wheel: Path, official_wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ScratchVenv]:
    """One venv with the runtime dependencies; each test installs the SDKs it needs."""
    home = tmp_path_factory.mktemp("collision")
    python = make_venv(home / "venv")
    install_runtime(python, wheel, cwd=home)
    venv = ScratchVenv(python, wheel, official_wheel, home)
    yield venv


@pytest.fixture
def venv(scratch: ScratchVenv) -> ScratchVenv:
    scratch.reset()
    return scratch


def assert_repair_works(venv: ScratchVenv) -> None:
    """The README's repair: uninstall both, install this SDK again."""
    assert f"pip uninstall -y {OFFICIAL} {THIS}" in MIGRATING
    venv.uninstall(OFFICIAL, THIS)
    venv.install(THIS)
    status, out, err = venv.python_code(IMPORT + "\nfrom fetch_hive_sdk import AsyncFetchHive")
    assert (status, err) == (0, ""), err
    assert Path(out.strip()).is_relative_to(venv.site)


def test_alone_this_sdk_imports_without_a_warning(venv: ScratchVenv) -> None:
    venv.install(THIS)
    status, _, err = venv.python_code(IMPORT)
    assert (status, err) == (0, "")


def test_official_first_then_this_one_warns_at_import(venv: ScratchVenv) -> None:
    venv.install(OFFICIAL, THIS)
    assert not venv.init_is_the_official_one()  # this SDK's files won
    assert venv.pip_check() == "No broken requirements found."  # pip sees nothing wrong

    status, _, err = venv.python_code(IMPORT + "\nfrom fetch_hive_sdk import AsyncFetchHive")
    assert status == 0, err  # the SDK works ...
    (line,) = err.strip().splitlines()  # ... and says, once, what is wrong and how to repair
    assert line.startswith("<string>:1: " + WARNING)  # pointed at the user's import
    assert f"is installed in {venv.site} next to fetch-hive-sdk-python" in line
    assert f"`pip uninstall -y {OFFICIAL} {THIS}`, then install {THIS} again" in line

    # What the warning warns about: uninstalling the official SDK removes this SDK's files.
    venv.uninstall(OFFICIAL)
    status, _, err = venv.python_code("from fetch_hive_sdk import FetchHive")
    assert status == 1, err
    assert err.strip().endswith(README_IMPORT_ERROR) and README_IMPORT_ERROR in MIGRATING
    assert_repair_works(venv)


def test_this_one_first_then_the_official_one_is_what_imports(venv: ScratchVenv) -> None:
    venv.install(THIS, OFFICIAL)
    assert venv.init_is_the_official_one()  # the official SDK's files won
    assert venv.pip_check() == "No broken requirements found."

    # `import fetch_hive_sdk` runs the official __init__.py: nothing of this SDK runs, so
    # nothing can warn there; a user sees the official client, without this SDK's names.
    status, _, err = venv.python_code(IMPORT)
    assert (status, err) == (0, "")
    status, _, err = venv.python_code("from fetch_hive_sdk import AsyncFetchHive")
    assert status == 1 and "ImportError: cannot import name 'AsyncFetchHive'" in err

    # The detection itself sees the conflict in this order too, once any of its code runs.
    status, out, err = venv.python_code(
        "import json, sys\n"
        "from fetch_hive_sdk import _distribution_check as check\n"
        "print(json.dumps(check.find_official(sys.path)))"
    )
    assert status == 0 and WARNING.split(": ", 1)[1] in err
    assert json.loads(out) == [str(venv.site), "0.4.1"]
    assert_repair_works(venv)
