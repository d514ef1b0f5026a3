"""The figures of `make coverage`: combines the data of every process, prints the lines and
branches each package's tests miss, then one line per package with its branch coverage, and
fails when the SDK is under 95 % or the reference server under 90 %.

    COVERAGE_FILE=.coverage/data python scripts/coverage_summary.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parents[1]
# package -> (its files, the least coverage accepted, or None: shown only)
PACKAGES = {
    "fetch_hive_sdk": ("wrapper/fetch_hive_sdk/*", 95.0),
    "fetch_hive_reference": ("reference_server/fetch_hive_reference/*", 90.0),
    "fetch_hive_runtime": ("wrapper/fetch_hive_runtime/*", None),
}


def main() -> int:
    cov = coverage.Coverage()
    cov.combine()
    cov.save()
    lines = []
    failed = False
    for package, (pattern, least) in PACKAGES.items():
        include = [str(ROOT / pattern)]
        print(f"\n{package}: what the tests miss")
        total = cov.report(include=include, file=sys.stdout)
        verdict = ""
        if least is not None:
            verdict = f" (at least {least:.0f} %)" if total >= least else f" UNDER {least:.0f} %"
            failed |= total < least
        lines.append(f"coverage: {package:<22}{total:5.1f} % of lines and branches{verdict}")
    print()
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
