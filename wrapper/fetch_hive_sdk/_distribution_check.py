"""A warning at import when fetch-hive-sdk, the official Fetch Hive SDK, is installed here too.

Both distributions install the import package `fetch_hive_sdk`. In one site-packages folder
their files overwrite each other: whichever was installed last wins, `pip check` sees nothing
wrong (no requirement is broken), and uninstalling either one deletes files the other needs.

Warning, not error: when this module runs, this SDK's `__init__.py` won, so the SDK works now;
what is broken is the environment's next uninstall or upgrade. (When the official SDK was
installed last, its own `__init__.py` runs instead and nothing of this SDK can say anything:
the README's "Migrating from fetch-hive-sdk" section covers that case.) To make it fatal, run
with `-W error::UserWarning`: `-W` cannot name `fetch_hive_sdk.DistributionConflictWarning`,
because Python reads `-W` before it can import this package.

Cost: one directory listing per `sys.path` folder, by name only (no `importlib.metadata`,
which takes longer to import than the check takes to run, and no distribution is opened).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable
from typing import NamedTuple

from ._errors import DistributionConflictWarning
from ._version import __version__

__all__ = [
    "DistributionConflictWarning",
    "OfficialInstall",
    "conflict_message",
    "find_official",
    "warn_if_official_installed",
]

OFFICIAL = "fetch-hive-sdk"
THIS = "fetch-hive-sdk-python"
_OFFICIAL_NORMALISED = "fetch_hive_sdk"
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


class OfficialInstall(NamedTuple):
    """Where the official distribution's metadata folder is, and its version."""

    folder: str
    version: str


def _official_version(entry: str) -> str | None:
    """The version in a `fetch_hive_sdk-0.4.1.dist-info` (or `.egg-info`) folder name."""
    stem, _, suffix = entry.rpartition(".")
    if suffix not in ("dist-info", "egg-info"):
        return None
    # Names as the packaging spec writes them (and importlib.metadata reads them): the
    # project before the first "-", "-", "_" and "." alike, any case.
    project, _, rest = stem.partition("-")
    normalised = project.lower().replace("-", "_").replace(".", "_")
    if normalised != _OFFICIAL_NORMALISED:
        return None
    return rest.partition("-")[0] or "unknown version"


def find_official(search_path: Iterable[str]) -> OfficialInstall | None:
    """The first `fetch-hive-sdk` distribution on `search_path`, by its metadata folder."""
    for folder in search_path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:  # a zip file, a folder that does not exist
            continue
        for entry in entries:
            if entry[:5].lower() == "fetch":
                version = _official_version(entry)
                if version is not None:
                    return OfficialInstall(os.path.abspath(folder or "."), version)
    return None


def conflict_message(found: OfficialInstall, package_dir: str = _PACKAGE_DIR) -> str:
    """What is wrong and how to repair it; `package_dir` is this SDK's `fetch_hive_sdk` folder."""
    ours = os.path.dirname(package_dir)
    official = f"{OFFICIAL} {found.version} (the official Fetch Hive SDK)"
    migrating = 'README: "Migrating from fetch-hive-sdk"'
    if os.path.normcase(found.folder) == os.path.normcase(ours):
        return (
            f"{official} is installed in {found.folder} next to {THIS} {__version__}, and "
            "both install the package `fetch_hive_sdk`: the one installed last overwrote the "
            "other's files, and uninstalling either one deletes files the other needs (`pip "
            f"check` does not notice). Repair: `pip uninstall -y {OFFICIAL} {THIS}`, then "
            f"install {THIS} again ({migrating})."
        )
    return (
        f"{official} is also installed, in {found.folder}, with the same import package "
        f"`fetch_hive_sdk`: this import found {THIS} {__version__} in {ours}, but which of "
        "the two `import fetch_hive_sdk` finds depends on the order of sys.path. Uninstall "
        f"{OFFICIAL} from {found.folder} (this SDK's files are elsewhere, so that is safe; "
        f"{migrating})."
    )


def warn_if_official_installed(
    search_path: Iterable[str] | None = None, *, stacklevel: int = 2
) -> OfficialInstall | None:
    """Warn with `DistributionConflictWarning` if the official distribution is installed."""
    found = find_official(sys.path if search_path is None else search_path)
    if found is not None:
        warnings.warn(
            conflict_message(found), DistributionConflictWarning, stacklevel=stacklevel + 1
        )
    return found


# Runs once, when `fetch_hive_sdk/__init__.py` imports this module. stacklevel: this module,
# then fetch_hive_sdk/__init__.py, then the code that imported fetch_hive_sdk (the import
# machinery's own frames are skipped by `warnings`).
warn_if_official_installed(stacklevel=3)
