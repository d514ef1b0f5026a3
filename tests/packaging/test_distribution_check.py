"""`fetch_hive_sdk._distribution_check`: finding fetch-hive-sdk's metadata by name, the message,
the warning at import, and its cost (no importlib.metadata)."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import fetch_hive_sdk
import pytest
from _packaging_support import ROOT, clean_environ
from fetch_hive_sdk import DistributionConflictWarning, FetchHiveError
from fetch_hive_sdk._distribution_check import (
    OfficialInstall,
    conflict_message,
    find_official,
    warn_if_official_installed,
)


def folder_with(tmp_path: Path, *entries: str) -> Path:
    folder = tmp_path / "site-packages"
    for entry in entries:
        (folder / entry).mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    ("entry", "version"),
    [
        ("fetch_hive_sdk-0.4.1.dist-info", "0.4.1"),
        ("Fetch_Hive_SDK-0.3.0.dist-info", "0.3.0"),
        ("fetch.hive_sdk-0.2.0.dist-info", "0.2.0"),
        ("fetch_hive_sdk-0.1.0-py3.11.egg-info", "0.1.0"),
    ],
)
def test_the_official_metadata_folder_is_found_by_name(
    tmp_path: Path, entry: str, version: str
) -> None:
    folder = folder_with(tmp_path, entry, "fetch_hive_sdk", "httpx-0.28.1.dist-info")
    assert find_official([str(folder)]) == OfficialInstall(str(folder), version)


@pytest.mark.parametrize(
    "entry",
    [
        "fetch_hive_sdk_python-0.1.0.dist-info",  # this SDK
        "fetch_hive_sdk",  # a package folder is not a distribution
        "fetch_hive_sdk-0.4.1.data",
        "fetch_hive_sdk_extras-1.0.dist-info",
    ],
)
def test_other_names_are_not_the_official_sdk(tmp_path: Path, entry: str) -> None:
    assert find_official([str(folder_with(tmp_path, entry))]) is None


def test_unreadable_path_entries_are_passed_over(tmp_path: Path) -> None:
    archive = tmp_path / "python311.zip"
    archive.write_bytes(b"PK")
    later = folder_with(tmp_path, "fetch_hive_sdk-0.4.1.dist-info")
    path = [str(archive), str(tmp_path / "missing"), str(later)]
    assert find_official(path) == OfficialInstall(str(later), "0.4.1")


def test_the_message_for_the_same_folder_names_both_and_the_repair(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    message = conflict_message(OfficialInstall(str(site), "0.4.1"), str(site / "fetch_hive_sdk"))
    assert message.startswith(
        f"fetch-hive-sdk 0.4.1 (the official Fetch Hive SDK) is installed in {site} next to "
        f"fetch-hive-sdk-python {fetch_hive_sdk.__version__}"
    )
    assert "overwrote the other's files" in message
    assert "`pip uninstall -y fetch-hive-sdk fetch-hive-sdk-python`" in message
    assert 'README: "Migrating from fetch-hive-sdk"' in message


def test_the_message_for_another_folder_says_which_one_was_imported(tmp_path: Path) -> None:
    ours = tmp_path / "venv" / "site-packages" / "fetch_hive_sdk"
    theirs = tmp_path / "user-site"
    message = conflict_message(OfficialInstall(str(theirs), "0.4.1"), str(ours))
    assert f"is also installed, in {theirs}" in message
    assert (
        f"this import found fetch-hive-sdk-python {fetch_hive_sdk.__version__} in {ours.parent}"
        in message
    )
    assert f"Uninstall fetch-hive-sdk from {theirs}" in message


def test_the_warning_is_its_own_category_not_an_sdk_error(tmp_path: Path) -> None:
    assert issubclass(DistributionConflictWarning, UserWarning)
    assert not issubclass(DistributionConflictWarning, FetchHiveError)
    folder = folder_with(tmp_path, "fetch_hive_sdk-0.4.1.dist-info")
    with pytest.warns(DistributionConflictWarning, match=r"fetch-hive-sdk 0\.4\.1"):
        assert warn_if_official_installed([str(folder)]) is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert warn_if_official_installed([str(tmp_path / "empty")]) is None


def import_sdk(tmp_path: Path, code: str, pythonpath: Path | None = None) -> tuple[str, str]:
    environ = clean_environ(**({"PYTHONPATH": str(pythonpath)} if pythonpath else {}))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout, done.stderr


def test_import_warns_once_at_the_importing_line_when_the_official_sdk_is_on_the_path(
    tmp_path: Path,
) -> None:
    other = folder_with(tmp_path, "fetch_hive_sdk-0.4.1.dist-info")
    (tmp_path / "user.py").write_text("import os\nimport fetch_hive_sdk\nimport fetch_hive_sdk\n")
    _, err = import_sdk(tmp_path, "import user", pythonpath=other)
    (line,) = err.strip().splitlines()[:1]
    assert line.startswith(f"{tmp_path / 'user.py'}:2: DistributionConflictWarning: ")
    assert f"is also installed, in {other}" in line
    assert err.count("DistributionConflictWarning") == 1
    _, err = import_sdk(tmp_path, "import user")
    assert err == ""


def test_the_check_costs_one_listing_per_path_folder_and_no_metadata_import(
    tmp_path: Path,
) -> None:
    code = (
        "import sys, json, os\n"
        "listed = []\n"
        "real = os.listdir\n"
        "os.listdir = lambda p='.': listed.append(p) or real(p)\n"
        "import fetch_hive_sdk\n"
        "print(json.dumps([listed, sys.path, 'importlib.metadata' in sys.modules]))"
    )
    out, _ = import_sdk(tmp_path, code)
    listed, path, metadata_imported = json.loads(out)
    assert metadata_imported is False
    folders = [entry or "." for entry in path]
    assert [folder for folder in listed if folder in folders] == folders
    assert str(ROOT / "wrapper") in path  # the editable install, as in .venv
