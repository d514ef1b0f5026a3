"""`make demo` runs every example to the end against the reference server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_every_example() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")],
        capture_output=True, text=True, timeout=180, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for example in sorted((ROOT / "examples").glob("[0-9][0-9]_*.py")):
        assert f"=== {example.name}" in done.stdout
    assert "same output as direct delivery: True" in done.stdout
    assert "2. 429 retried: completed after 1 retry" in done.stdout
    assert "3. reported: ProviderError 502" in done.stdout
    assert "best text: Refunds are paid within 14 days" in done.stdout
    assert "callback:  hive_agent.completed for req_" in done.stdout
    assert "signature verified" in done.stdout.split("09_hive_agent.py")[1]
    assert "demo complete: server stopped" in done.stdout
    assert "Traceback" not in done.stderr
