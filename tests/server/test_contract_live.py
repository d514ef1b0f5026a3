"""scripts/schemathesis_live.py fails the run when the key is missing or wrong.

The passing run itself (100 examples per operation, every phase and check) is
`make contract-test`, once per `make test`; here one operation and its examples suffice.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "schemathesis_live.py"
SHORT = [
    "--max-examples",
    "1",
    "--",
    "--phases",
    "examples",
    "--include-operation-id",
    "invokePrompt",
]


def test_a_missing_or_wrong_key_fails_the_run() -> None:
    for credentials in (["--api-key", "fhk_wrong_key"], ["--no-auth"]):
        result = subprocess.run(
            [sys.executable, str(SCRIPT), *credentials, *SHORT],
            capture_output=True,
            text=True,
            timeout=110,
            check=False,
        )
        assert result.returncode != 0, result.stdout[-2000:]
        assert "401" in result.stdout and "Warnings fail the run" in result.stdout, (
            credentials,
            result.stdout[-2000:],
        )
