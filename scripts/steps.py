"""Run make targets side by side and print how long each took (`make test`, `make ci`).

Each target runs as `make <target>` in its own process; its output is kept apart and printed
whole when it ends, so the output of steps that ran at the same time does not interleave. At
the end: one line per step with its status, wall time and CPU time (the step's processes,
children included), the load average, and the exit status 1 if any step failed.

    python scripts/steps.py TARGET [TARGET...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import IO


@dataclass
class Step:
    target: str
    process: subprocess.Popen[bytes]
    output: IO[bytes]
    started: float
    wall: float = 0.0
    cpu: float = 0.0
    status: int | None = None


def start(target: str) -> Step:
    output = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the step)
    process = subprocess.Popen(
        ["make", "--no-print-directory", target],
        stdout=output,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    return Step(target, process, output, time.monotonic())


def show(step: Step) -> None:
    verdict = "passed" if step.status == 0 else f"FAILED (exit status {step.status})"
    rule = f"── {step.target}: {verdict} in {step.wall:.0f} s "
    sys.stdout.write(f"\n{rule:─<100}\n")
    step.output.seek(0)
    sys.stdout.flush()
    sys.stdout.buffer.write(step.output.read())
    sys.stdout.flush()


def main(targets: list[str]) -> int:
    began = time.monotonic()
    print(f"steps: {', '.join(targets)} side by side (each one's output when it ends)", flush=True)
    running = {step.process.pid: step for step in map(start, targets)}
    finished: list[Step] = []
    while running:
        pid, status, usage = os.wait4(-1, 0)
        step = running.pop(pid, None)
        if step is None:  # not one of ours
            continue
        step.status = os.waitstatus_to_exitcode(status)
        step.wall = time.monotonic() - step.started
        step.cpu = usage.ru_utime + usage.ru_stime
        step.process.returncode = step.status
        finished.append(step)
        show(step)
    total = time.monotonic() - began
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\n{'step':<22}{'status':<10}{'wall':>9}{'CPU':>9}")
    for step in finished:
        verdict = "passed" if step.status == 0 else "FAILED"
        print(f"{step.target:<22}{verdict:<10}{step.wall:>8.0f}s{step.cpu:>8.0f}s")
    cpu = sum(step.cpu for step in finished)
    print(
        f"{'all':<22}{'':<10}{total:>8.0f}s{cpu:>8.0f}s   load average {load}, {os.cpu_count()} cores"
    )
    failed = [step.target for step in finished if step.status != 0]
    print(f"steps: {len(finished) - len(failed)} passed, {len(failed)} failed")
    if failed:
        print(f"steps: failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
