"""The benchmark harness: contestants in worker processes of their own, rounds interleaved,
medians with their spread, ratios per round, and the machine's load.

The machine is shared and noisy. So:
- every contestant runs in its own long-lived worker process (`_worker.py`): no contestant
  shares a heap, an allocator or a garbage collector with another;
- a round measures every contestant once, in a rotated order (ABC, BCA, CAB...), so that a
  burst of load hits all of them alike over the run;
- a ratio (this SDK over another) is computed within each round, then summarised: the
  median and the min-max of the per-round ratios;
- the load average is read before and after each section and printed with it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
OLD_SDK = ROOT / ".vendor" / "fetch-hive-sdk-0.4.1"


@dataclass(frozen=True)
class Contestant:
    """One side of a comparison: `factory` in `module` (a bench/ module) builds it."""

    name: str
    module: str
    factory: str
    arguments: dict[str, Any] = field(default_factory=dict)
    old_sdk: bool = False  # run with fetch-hive-sdk 0.4.1 first on the path (same import name)
    python: str = sys.executable


class Worker:
    """A contestant's process: `measure()` asks it for one measurement (a dict of numbers)."""

    def __init__(self, contestant: Contestant) -> None:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
        env["PYTHONPATH"] = os.pathsep.join([str(OLD_SDK)] * contestant.old_sdk + [str(BENCH)])
        self.contestant = contestant
        self._process = subprocess.Popen(
            [contestant.python, str(BENCH / "_worker.py"), contestant.module, contestant.factory,
             json.dumps(contestant.arguments)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        self._expect("ready")

    def _expect(self, what: str) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.contestant.name}: the worker died before '{what}'")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{self.contestant.name}: {answer['error']}")
        return answer

    def measure(self) -> dict[str, float]:
        assert self._process.stdin is not None
        self._process.stdin.write("run\n")
        self._process.stdin.flush()
        return self._expect("a measurement")

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.write("quit\n")
            self._process.stdin.flush()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()


def rotations(count: int, rounds: int) -> list[list[int]]:
    """The order of the contestants in each round: ABC, BCA, CAB, ABC..."""
    return [[(start + offset) % count for offset in range(count)] for start in range(rounds)]


@dataclass
class Measured:
    """Every round's measurements, by contestant."""

    names: list[str]
    rounds: list[dict[str, dict[str, float]]]
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]

    def values(self, name: str, metric: str = "seconds") -> list[float]:
        return [measures[name][metric] for measures in self.rounds]

    def ratios(self, ours: str, other: str, metric: str = "seconds") -> list[float]:
        """ours / other within each round."""
        return [measures[ours][metric] / measures[other][metric] for measures in self.rounds]

    def total(self, name: str, metric: str) -> float:
        return sum(self.values(name, metric))


def interleaved(
    contestants: Sequence[Contestant],
    rounds: int,
    *,
    fresh_process: bool = False,
    between: Callable[[], None] | None = None,
) -> Measured:
    """Measure each contestant once per round, in rotated orders. `fresh_process`: a new
    worker for every measurement (memory figures need a clean process)."""
    load_before = os.getloadavg()
    workers: dict[str, Worker] = {}
    results: list[dict[str, dict[str, float]]] = []
    try:
        if not fresh_process:
            workers = {c.name: Worker(c) for c in contestants}
            for worker in workers.values():
                worker.measure()  # warm-up: imports, caches, the allocator
        for order in rotations(len(contestants), rounds):
            measures: dict[str, dict[str, float]] = {}
            for index in order:
                contestant = contestants[index]
                if between is not None:
                    between()
                if fresh_process:
                    worker = Worker(contestant)
                    try:
                        measures[contestant.name] = worker.measure()
                    finally:
                        worker.close()
                else:
                    measures[contestant.name] = workers[contestant.name].measure()
            results.append(measures)
    finally:
        for worker in workers.values():
            worker.close()
    return Measured([c.name for c in contestants], results, load_before, os.getloadavg())


# Reporting ---------------------------------------------------------------------------------


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 1) -> str:
    """`median (min-max)` of values, scaled."""
    ordered = sorted(v * scale for v in values)
    return (
        f"{statistics.median(ordered):,.{digits}f} ({ordered[0]:,.{digits}f}-"
        f"{ordered[-1]:,.{digits}f})"
    )


def ratio_text(ratios: Sequence[float]) -> str:
    ordered = sorted(ratios)
    return f"{statistics.median(ordered):.2f}x ({ordered[0]:.2f}-{ordered[-1]:.2f})"


def load_text(measured: Measured) -> str:
    before = ", ".join(f"{value:.2f}" for value in measured.load_before)
    after = ", ".join(f"{value:.2f}" for value in measured.load_after)
    return f"load average (1, 5, 15 min) {before} before, {after} after; {os.cpu_count()} CPUs"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def target_line(text: str, ratio: float, limit: float, *, at_most: bool = True) -> str:
    met = ratio <= limit if at_most else ratio >= limit
    bound = "at most" if at_most else "at least"
    return (
        f"- Target: {text} {bound} {limit:g}x: median {ratio:.2f}x, {'met' if met else 'NOT met'}."
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
