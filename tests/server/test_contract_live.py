"""scripts/schemathesis_live.py fails the run when the key is missing or wrong.

The passing run itself (100 examples per operation, every check) is `make contract-test`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "schemathesis_live.py"
QUICK = ["--max-examples", "3", "--", "--phases", "examples,fuzzing"]


@pytest.mark.parametrize("credentials", [["--api-key", "fhk_wrong_key"], ["--no-auth"]])
def test_a_missing_or_wrong_key_fails_the_run(credentials: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *credentials, *QUICK],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert result.returncode != 0, result.stdout[-2000:]
    assert "401" in result.stdout and "Warnings fail the run" in result.stdout, result.stdout[
        -2000:
    ]


def test_the_same_quick_run_passes_with_the_right_key() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *QUICK],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
