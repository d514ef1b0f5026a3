"""The wheel as a user gets it: built, installed into a fresh venv with only its runtime
dependencies, imported from there (not from this checkout), type-checked with `mypy --strict`
from a user's file, and described by the metadata PyPI shows."""

from __future__ import annotations

import json
import sys
import tarfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fetch_hive_sdk
import pytest
from _packaging_support import (
    DEV_PINS,
    OFFICIAL_SDK,
    PROJECT,
    ROOT,
    install_runtime,
    make_venv,
    pip,
    run,
    site_packages,
)
from other_pythons import unpinned
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

# Each test may first make a venv and install into it (pip, mypy): more than the suite's
# default 120 s on a busy machine.
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(300)]

PACKAGES = ("fetch_hive_sdk", "fetch_hive_api", "fetch_hive_reference")
SERVER_ONLY = {
    "starlette",
    "uvicorn",
    "jsonschema",
    "jsonschema-rs",
    "referencing",
    "pyyaml",
    "python-multipart",
}

USER_FILE = '''\
"""A user's test helper: the reference server and the client, as the README shows them."""

from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import FetchHive


def greet(server: RunningServer, name: str) -> str:
    with FetchHive(api_key=server.api_key, base_url=server.base_url) as client:
        result = client.invoke_prompt(deployment="welcome-email", inputs={"name": name})
        return str(result["response"])


if __name__ == "__main__":
    with running_server(stream_pace=0) as server:
        print(greet(server, "Alice"))
'''
# Proves that mypy reads real types from the installed packages (an `Any` would pass).
WRONG_FILE = """\
from fetch_hive_reference.testing import running_server

with running_server() as server:
    port: str = server.port
"""


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A venv holding the wheel and its runtime dependencies only."""
    home = tmp_path_factory.mktemp("fresh")
    python = make_venv(home / "venv")
    install_runtime(python, wheel, cwd=home)
    yield python


@pytest.fixture(scope="module")
def server_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A venv holding the wheel with its `server` extra."""
    home = tmp_path_factory.mktemp("fresh-server")
    python = make_venv(home / "venv")
    install_runtime(python, wheel, cwd=home, extras="[server]")
    yield python


def installed(python: Path) -> dict[str, str]:
    done = run([python, "-m", "pip", "list", "--format", "json"], cwd=python.parent)
    return {canonicalize_name(item["name"]): item["version"] for item in json.loads(done.stdout)}


def in_venv(python: Path, code: str, cwd: Path) -> Any:
    """Runs `code` with the venv's Python from `cwd`; returns the JSON it prints last."""
    done = run([python, "-c", textwrap.dedent(code)], cwd=cwd)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_wheel_holds_the_three_packages_typed_and_the_spec(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wheel.name == f"fetch_hive_sdk_python-{PROJECT['version']}-py3-none-any.whl"
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names, f"{package} is not marked as typed"
    assert "fetch_hive_reference/openapi.yaml" in names
    dist_info = f"fetch_hive_sdk_python-{PROJECT['version']}.dist-info"
    assert f"{dist_info}/licenses/LICENSE" in names
    assert not [name for name in names if name.startswith(("tests/", "bench/", "examples/"))]


def test_the_sdist_has_the_license_and_builds_the_same_wheel(wheel: Path, tmp_path: Path) -> None:
    hatchling = [sys.executable, "-m", "hatchling", "build", "--directory"]
    run([*hatchling, tmp_path / "sdist", "--target", "sdist"], cwd=ROOT)
    (sdist,) = (tmp_path / "sdist").glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "src", filter="data")
        members = {Path(name).name for name in archive.getnames()}
    assert {"LICENSE", "pyproject.toml", "README.md", "openapi.yaml"} <= members
    (source,) = (tmp_path / "src").iterdir()
    run([*hatchling, tmp_path / "wheel", "--target", "wheel"], cwd=source)
    (rebuilt,) = (tmp_path / "wheel").glob("*.whl")
    assert sorted(zipfile.ZipFile(rebuilt).namelist()) == sorted(zipfile.ZipFile(wheel).namelist())


def test_only_the_runtime_dependencies_are_installed(fresh_venv: Path) -> None:
    packages = installed(fresh_venv)
    assert packages["fetch-hive-sdk-python"] == PROJECT["version"]
    assert "sniffio" in packages, "httpcore would try `import sniffio` on every async request"
    assert not {"python-dateutil", "six", "tzdata"} & set(packages)
    assert not SERVER_ONLY & set(packages), "the server extra was not asked for"
    freeze = run([fresh_venv, "-m", "pip", "freeze", "--exclude-editable"], cwd=ROOT).stdout
    freeze = "\n".join(line for line in freeze.splitlines() if "fetch-hive-sdk-python" not in line)
    assert unpinned(freeze, DEV_PINS.read_text()) == []
    check = run([fresh_venv, "-m", "pip", "check"], cwd=ROOT)
    assert "No broken requirements found" in check.stdout


def test_the_packages_import_from_the_venv_not_from_this_checkout(
    fresh_venv: Path, tmp_path: Path
) -> None:
    found = in_venv(
        fresh_venv,
        """
        import json, sys
        import fetch_hive_sdk, fetch_hive_api, fetch_hive_sdk.webhooks, fetch_hive_sdk.cli
        print(json.dumps({
            "files": [fetch_hive_sdk.__file__, fetch_hive_api.__file__],
            "version": fetch_hive_sdk.__version__,
            "clients": [fetch_hive_sdk.FetchHive.__name__, fetch_hive_sdk.AsyncFetchHive.__name__],
        }))
        """,
        cwd=tmp_path,
    )
    site = site_packages(fresh_venv)
    for file in found["files"]:
        assert Path(file).is_relative_to(site), file
    assert found["version"] == PROJECT["version"] == fetch_hive_sdk.__version__
    assert found["clients"] == ["FetchHive", "AsyncFetchHive"]


def test_the_console_script_runs(fresh_venv: Path, tmp_path: Path) -> None:
    done = run([fresh_venv.with_name("fetch-hive"), "--help"], cwd=tmp_path)
    assert done.stdout.startswith("usage: fetch-hive")


def test_the_metadata(fresh_venv: Path, tmp_path: Path) -> None:
    meta = in_venv(
        fresh_venv,
        """
        import json
        from importlib.metadata import distribution
        dist = distribution("fetch-hive-sdk-python")
        m = dist.metadata
        print(json.dumps({
            "name": m["Name"], "version": m["Version"], "requires_python": m["Requires-Python"],
            "license": m["License-Expression"], "license_files": m.get_all("License-File"),
            "classifiers": m.get_all("Classifier"), "urls": m.get_all("Project-URL"),
            "requires": m.get_all("Requires-Dist"), "summary": m["Summary"],
            "extras": m.get_all("Provides-Extra"),
            "scripts": {e.name: e.value for e in dist.entry_points if e.group == "console_scripts"},
        }))
        """,
        cwd=tmp_path,
    )
    assert meta["name"] == "fetch-hive-sdk-python"
    assert meta["version"] == PROJECT["version"]
    assert meta["requires_python"] == ">=3.11"
    assert meta["license"] == "MIT" and meta["license_files"] == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert meta["summary"].startswith("Typed Python SDK for the Fetch Hive public API")
    classifiers = set(meta["classifiers"])
    assert {
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
        "Operating System :: OS Independent",
    } <= classifiers
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    # The licence is the SPDX expression; "License ::" classifiers are deprecated beside it
    # (PEP 639), and build tools and indexes may reject the pair.
    assert not any(c.startswith("License ::") for c in classifiers)
    assert meta["urls"] == [
        "Fetch Hive, https://fetchhive.com",
        "API documentation, https://docs.fetchhive.com",
    ]
    requires = [Requirement(text) for text in meta["requires"]]
    runtime = {canonicalize_name(r.name) for r in requires if r.marker is None}
    server = {
        canonicalize_name(r.name)
        for r in requires
        if r.marker and r.marker.evaluate({"extra": "server"})
    }
    assert runtime == {"httpx", "attrs", "sniffio"}  # no python-dateutil: nothing imports it
    assert server - runtime == SERVER_ONLY
    # Each extra as pyproject.toml and the README give it.
    assert sorted(meta["extras"]) == ["aiohttp", "cli", "otel", "redis", "server"]
    by_extra = {
        extra: {
            canonicalize_name(r.name)
            for r in requires
            if r.marker and r.marker.evaluate({"extra": extra})
        }
        for extra in meta["extras"]
    }
    assert by_extra["aiohttp"] == {"aiohttp"}
    assert by_extra["otel"] == {"opentelemetry-api"}
    assert by_extra["redis"] == {"redis"} and by_extra["cli"] == {"rich"}
    readme = (ROOT / "README.md").read_text()
    for extra in meta["extras"]:
        assert f"[{extra}]" in readme, f"the README does not say how to install [{extra}]"
    assert meta["scripts"] == {"fetch-hive": "fetch_hive_sdk.cli:main"}


def test_with_the_server_extra_a_user_file_runs_and_passes_mypy_strict(
    server_venv: Path, tmp_path: Path
) -> None:
    (tmp_path / "user_code.py").write_text(USER_FILE)
    (tmp_path / "wrong_code.py").write_text(WRONG_FILE)
    # The installed reference server finds openapi.yaml inside the wheel and answers.
    answer = run([server_venv, "user_code.py"], cwd=tmp_path).stdout
    assert "Alice" in answer
    (tmp_path / "mypy.ini").write_text("[mypy]\n")  # not this repository's settings
    checked = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "mypy.ini",
            "--cache-dir",
            tmp_path / ".mypy_cache",
            "--python-executable",
            server_venv,
            "--no-error-summary",
            "user_code.py",
            "wrong_code.py",
        ],
        cwd=tmp_path,
        check=False,
    )
    errors = checked.stdout.strip().splitlines()
    assert errors == [
        'wrong_code.py:4: error: Incompatible types in assignment (expression has type "int", '
        'variable has type "str")  [assignment]'
    ], checked.stdout + checked.stderr
    check = run([server_venv, "-m", "pip", "check"], cwd=tmp_path)
    assert "No broken requirements found" in check.stdout


def test_an_unreachable_index_fails_the_test_and_says_so(tmp_path: Path) -> None:
    """No silent skip when PyPI cannot be reached (the port is closed on loopback)."""
    with pytest.raises(pytest.fail.Exception, match=r"PyPI .* looks unreachable"):
        pip(
            Path(sys.executable),
            "download",
            "--no-cache-dir",
            "--retries",
            "0",
            "--timeout",
            "2",
            "--index-url",
            "http://127.0.0.1:9/simple",
            "--dest",
            tmp_path,
            OFFICIAL_SDK,
            cwd=tmp_path,
            why=f"download {OFFICIAL_SDK}",
        )
