"""The pytest plugin as every user gets it: the wheel registers it under `pytest11`, so it loads
in any pytest run of an environment that has the distribution, with or without the `server`
extra. A small foreign suite runs in a base venv and in a `[server]` venv: its unrelated test
passes in both; its test that asks for a fixture passes with the extra and, without it, fails
alone with the one-line install instruction."""

from __future__ import annotations

import json
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from _packaging_support import DEV_PINS, make_venv, pip, run

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(300)]

INSTRUCTION = "pip install 'fetch-hive-sdk-python[server]'"
#: The line itself (the package named is whichever the server imports first).
MISSING_EXTRA = (
    r"the Fetch Hive reference server needs the 'server' extra \(\w+ is not installed\): "
    + re.escape(INSTRUCTION)
)

FOREIGN_TEST = """\
def test_unrelated_to_fetch_hive():
    assert sorted([3, 1, 2]) == [1, 2, 3]
"""

FIXTURE_TEST = """\
def test_asks_for_the_reference_server(fetch_hive_client):
    result = fetch_hive_client.invoke_prompt(deployment="welcome", inputs={"name": "Ann"})
    assert "Ann" in result["response"]
"""

#: What loading the plugin costs after pytest itself: modules added, milliseconds, and the
#: top-level names of the modules added that are not the standard library's.
IMPORT_COST = """
import json, sys, time
import pytest
before = set(sys.modules)
started = time.perf_counter()
import fetch_hive_reference.pytest_plugin
elapsed = time.perf_counter() - started
added = set(sys.modules) - before
foreign = {name.split(".")[0] for name in added} - set(sys.stdlib_module_names)
print(json.dumps({"modules": len(added), "ms": elapsed * 1000, "foreign": sorted(foreign)}))
"""


def _venv_with_pytest(wheel: Path, home: Path, extras: str) -> Path:
    """A fresh venv holding the wheel (with `extras`) and pytest, at the pinned versions."""
    python = make_venv(home / "venv")
    pip(
        python,
        "install",
        "--quiet",
        "--constraint",
        DEV_PINS,
        f"{wheel}{extras}",
        "pytest",
        cwd=home,
        why=f"install {wheel.name}{extras} and pytest",
    )
    return python


@pytest.fixture(scope="module")
def base_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _venv_with_pytest(wheel, tmp_path_factory.mktemp("plugin-base"), "")


@pytest.fixture(scope="module")
def server_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _venv_with_pytest(wheel, tmp_path_factory.mktemp("plugin-server"), "[server]")


def run_foreign_suite(python: Path, folder: Path) -> tuple[dict[str, str], str]:
    """The foreign suite run by the venv's pytest from its own folder (its own rootdir, so
    nothing of this repository applies); each test's outcome, and pytest's output."""
    folder.mkdir()
    (folder / "pytest.ini").write_text("[pytest]\n")
    (folder / "test_foreign.py").write_text(FOREIGN_TEST)
    (folder / "test_fixture.py").write_text(FIXTURE_TEST)
    done = run(
        [python, "-m", "pytest", "-p", "no:cacheprovider", "--junitxml", "report.xml"],
        cwd=folder,
        check=False,
    )
    outcomes = {}
    for case in ET.parse(folder / "report.xml").iter("testcase"):
        kinds = [child.tag for child in case if child.tag in {"failure", "error", "skipped"}]
        outcomes[f"{case.get('classname')}.{case.get('name')}"] = (kinds or ["passed"])[0]
    return outcomes, done.stdout + done.stderr


def show_import_cost(python: Path, label: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the plugin's import cost (information for readers, not a pass/fail rule), and
    checks that it loaded nothing but the standard library (pytest was loaded before)."""
    cost = json.loads(run([python, "-c", IMPORT_COST], cwd=python.parent).stdout)
    with capsys.disabled():
        print(
            f"\n[info] loading the pytest plugin ({label}): {cost['modules']} modules added, "
            f"{cost['ms']:.1f} ms"
        )
    assert cost["foreign"] == ["fetch_hive_reference"]


def test_without_the_extra_only_the_test_asking_for_a_fixture_fails(
    base_venv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes, output = run_foreign_suite(base_venv, tmp_path / "suite")
    assert outcomes == {
        "test_foreign.test_unrelated_to_fetch_hive": "passed",
        "test_fixture.test_asks_for_the_reference_server": "error",
    }, output
    # The asking test's error is the one line saying what to install, no traceback. (The
    # short summary repeats it after "ERROR ... - Failed: ", truncated unless CI is set.)
    lines = [line for line in output.splitlines() if INSTRUCTION in line]
    assert len([line for line in lines if re.fullmatch(MISSING_EXTRA, line)]) == 1, output
    assert all(re.search(MISSING_EXTRA, line) for line in lines), output
    assert "Traceback" not in output and "ModuleNotFoundError" not in output
    show_import_cost(base_venv, "base install", capsys)


def test_with_the_extra_both_tests_pass(
    server_venv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes, output = run_foreign_suite(server_venv, tmp_path / "suite")
    assert outcomes == {
        "test_foreign.test_unrelated_to_fetch_hive": "passed",
        "test_fixture.test_asks_for_the_reference_server": "passed",
    }, output
    show_import_cost(server_venv, "with the server extra", capsys)


def test_without_the_extra_the_package_and_the_commands_name_the_extra(
    base_venv: Path, tmp_path: Path
) -> None:
    code = textwrap.dedent(
        """
        import fetch_hive_reference  # the plugin's package: loads nothing of the server
        for attempt in ("from fetch_hive_reference import create_app",
                        "import fetch_hive_reference.testing"):
            try:
                exec(attempt)
            except ImportError as exc:
                print(exc)
        """
    )
    printed = run([base_venv, "-c", code], cwd=tmp_path).stdout.splitlines()
    assert len(printed) == 2
    assert all(line.endswith(f": {INSTRUCTION}") for line in printed), printed
    server = run(
        [base_venv, "-m", "fetch_hive_reference", "--port", "0"], cwd=tmp_path, check=False
    )
    assert server.returncode == 2
    [line] = server.stderr.splitlines()
    assert re.fullmatch("python -m fetch_hive_reference: error: " + MISSING_EXTRA, line), line
    mock = run([base_venv.with_name("fetch-hive"), "mock"], cwd=tmp_path, check=False)
    assert mock.returncode == 2
    assert len(mock.stderr.splitlines()) == 1 and INSTRUCTION in mock.stderr
