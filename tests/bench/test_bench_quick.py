"""`make bench`'s harness runs end to end (`bench/run_all.py --quick`: tiny sizes, one or two
rounds) and reports every row: the numbers themselves are `make bench`'s business."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SECTIONS = [
    "Client-side cost per call on httpx.MockTransport",
    "Streaming: 2,000 small events, reading each event's text",
    "Streaming: one 8 MiB event",
    "Memory: RSS growth while consuming a 200 MB stream",
    "Import time",
    "Sequential calls against the reference server",
    "50 concurrent async calls, warm pool",
    "Batch runs against the reference server (each call 20 ms slow)",
    "The reference server's throughput",
    "The reference server's start-up, and the pytest plugin's reset per test",
    "Async calls, 10 in flight",
    "Async calls, 100 in flight",
    "Sequential async calls against the reference server",
]


# Minutes on a fresh clone (the import rows build a venv of the runtime dependencies), more
# on a busy machine: beyond the suite's 120 s per test.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_harness_runs_every_section(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run_all.py"), "--quick", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=840, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text()
    for title in SECTIONS:
        assert f"## {title}" in text, title
    assert text.count("load average") >= 7  # with every section
    assert text.count("- Target:") >= 10
    for row in ("this SDK", "httpx-sse", "fetch-hive-sdk 0.4.1", "raw httpx"):
        assert row in text
    if shutil.which("wrk"):
        assert "reference / minimal, per round" in text
    else:
        assert "wrk is missing" in text
