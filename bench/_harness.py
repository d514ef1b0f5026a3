"""Shared helpers of the benchmarks: medians of repeated runs, subprocesses, tables."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_SDK = ROOT / ".vendor" / "fetch-hive-sdk-0.4.1"
RUNS = 5


def median_seconds(run_once: Callable[[], float], runs: int = RUNS) -> float:
    """Median of `runs` measurements (each call returns the seconds it measured)."""
    return statistics.median(run_once() for _ in range(runs))


def run_worker(script: str, args: Sequence[str], *, old_sdk: bool = False) -> dict[str, float]:
    """Run bench/<script> in a fresh interpreter; it prints one JSON object.

    `old_sdk`: put fetch-hive-sdk 0.4.1 first on the path (it has our import name).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if old_sdk:
        env["PYTHONPATH"] = str(OLD_SDK)
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        check=True, capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"
