"""`make bench`: every benchmark side by side in one run; writes bench/RESULTS.md.

Each figure is the median of at least 5 runs. Contestants that import `fetch_hive_sdk`
run in fresh interpreters, fetch-hive-sdk 0.4.1 with its own folder first on the path.
"""

from __future__ import annotations

import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, RUNS, median_seconds, run_worker, table, verdict

SEQUENTIAL_CALLS = 300
MOCK_CALLS = 3000
CONCURRENT_CALLS = 1000
IMPORT_RUNS = 11
RUNTIME_VENV = ROOT / ".bench" / "runtime-venv"
RUNTIME_PACKAGES = ("httpx", "httpcore", "h11", "anyio", "idna", "certifi", "sniffio",
                    "attrs", "python-dateutil", "six", "typing_extensions")  # fmt: skip

PROMPT_ANSWER = {
    "request_id": "req_019d52846ea37682b03522fd0695cc43",
    "model": "gpt-5-nano-2025-08-07",
    "duration": 0.42,
    "response": "Hello Alice, welcome aboard!",
    "usage": {
        "prompt_tokens": {"total_tokens": 42, "cached_tokens": 0},
        "completion_tokens": {"total_tokens": 31, "reasoning_tokens": 0},
        "total_tokens": 73,
    },
    "stop_reason": "completed",
}


def sequential_section(base_url: str, api_key: str) -> str:
    rates: dict[str, float] = {}
    for name in ("sdk", "old-sdk", "raw-httpx", "generated"):
        args = [name, base_url, api_key, str(SEQUENTIAL_CALLS)]
        seconds = median_seconds(
            lambda args=args, name=name: run_worker(
                "_call_worker.py", args, old_sdk=name == "old-sdk"
            )["seconds"]
        )
        rates[name] = SEQUENTIAL_CALLS / seconds
    sdk = rates["sdk"]
    rows = [[name, f"{rate:,.0f}", f"{sdk / rate:.2f}x"] for name, rate in rates.items()]
    old_ok = sdk >= 3 * rates["old-sdk"]
    raw_ok = sdk >= 0.8 * rates["raw-httpx"]
    return "\n".join([
        f"## Sequential non-streaming calls against the reference server (loopback, {SEQUENTIAL_CALLS} calls)",
        "",
        table(["client", "calls/s (median)", "this SDK / client"], rows),
        "",
        f"- Target: at least 3x fetch-hive-sdk 0.4.1: {sdk / rates['old-sdk']:.2f}x, {verdict(old_ok)}.",
        f"- Target: at least 0.8x a raw persistent httpx.Client: {sdk / rates['raw-httpx']:.2f}x, {verdict(raw_ok)}.",
    ])  # fmt: skip


def mock_transport_section() -> str:
    from fetch_hive_sdk import FetchHive

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=PROMPT_ANSWER))
    base_url = "https://api.fetchhive.com/v1"
    sdk = FetchHive(
        api_key="fhk_bench", base_url=base_url, http_client=httpx.Client(transport=transport)
    )
    raw = httpx.Client(
        transport=transport, base_url=base_url, headers={"Authorization": "Bearer fhk_bench"}
    )

    def sdk_run() -> float:
        start = time.perf_counter()
        for i in range(MOCK_CALLS):
            sdk.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"})
        return time.perf_counter() - start

    def raw_run() -> float:
        start = time.perf_counter()
        for i in range(MOCK_CALLS):
            response = raw.post(
                "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{i}"}}
            )
            response.raise_for_status()
            response.json()
        return time.perf_counter() - start

    sdk_run(), raw_run()  # warm-up
    sdk_us = median_seconds(sdk_run) / MOCK_CALLS * 1e6
    raw_us = median_seconds(raw_run) / MOCK_CALLS * 1e6
    ratio = sdk_us / raw_us
    return "\n".join([
        f"## Client-side cost per call on httpx.MockTransport ({MOCK_CALLS} calls)",
        "",
        table(["client", "µs per call (median)"], [["this SDK (validate, build, send, parse, typed result)", f"{sdk_us:.1f}"], ["raw httpx.Client (post, json)", f"{raw_us:.1f}"]]),
        "",
        f"- Target: at most 1.5x raw httpx: {ratio:.2f}x, {verdict(ratio <= 1.5)}.",
    ])  # fmt: skip


def concurrent_section(base_url: str, api_key: str) -> str:
    results: dict[str, tuple[float, int]] = {}
    for name in ("sdk-async", "raw-httpx-async"):
        runs = [
            run_worker("_concurrent_worker.py", [name, base_url, api_key, str(CONCURRENT_CALLS)])
            for _ in range(RUNS)
        ]
        seconds = sorted(r["seconds"] for r in runs)[len(runs) // 2]
        results[name] = (CONCURRENT_CALLS / seconds, int(sum(r["errors"] for r in runs)))
    sdk_rate, sdk_errors = results["sdk-async"]
    raw_rate, _ = results["raw-httpx-async"]
    rows = [[name, f"{rate:,.0f}", errors] for name, (rate, errors) in results.items()]
    return "\n".join([
        f"## {CONCURRENT_CALLS:,} concurrent calls (one event loop, reference server on loopback)",
        "",
        table(["client", "calls/s (median)", f"errors in {RUNS} runs"], rows),
        "",
        f"- Target: zero errors: {sdk_errors} errors, {verdict(sdk_errors == 0)}.",
        f"- Target: at least 0.8x raw httpx.AsyncClient: {sdk_rate / raw_rate:.2f}x, {verdict(sdk_rate >= 0.8 * raw_rate)}.",
    ])  # fmt: skip


def _runtime_venv() -> Path:
    """A venv with only the runtime dependencies (a dev venv makes `import httpx` slower)."""
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
        pins = [line.strip() for line in (ROOT / "requirements" / "dev.txt").read_text().splitlines()
                if line.split("==")[0].lower().replace("_", "-") in {p.replace("_", "-") for p in RUNTIME_PACKAGES}]  # fmt: skip
        pip = [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
        ]
        subprocess.run([*pip, *pins], check=True)
        subprocess.run([*pip, str(ROOT)], check=True)
    return python


def _import_seconds(python: Path, module: str, pythonpath: str | None = None) -> float:
    env = {"PYTHONPATH": pythonpath} if pythonpath else {}
    times = []
    for _ in range(IMPORT_RUNS):
        out = subprocess.run([str(python), "-c", f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"],
                             check=True, capture_output=True, text=True, env=env, cwd="/").stdout  # fmt: skip
        times.append(float(out))
    return sorted(times)[len(times) // 2]


def import_section() -> str:
    python = _runtime_venv()
    httpx_s = _import_seconds(python, "httpx")
    sdk_s = _import_seconds(python, "fetch_hive_sdk")
    old_s = _import_seconds(
        python, "fetch_hive_sdk", str(ROOT / ".vendor" / "fetch-hive-sdk-0.4.1")
    )
    rows = [["import httpx", f"{httpx_s * 1e3:.1f}"], ["import fetch_hive_sdk (this SDK)", f"{sdk_s * 1e3:.1f}"],
            ["import fetch_hive_sdk (fetch-hive-sdk 0.4.1)", f"{old_s * 1e3:.1f}"]]  # fmt: skip
    return "\n".join([
        f"## Import time (fresh interpreter, runtime dependencies only, median of {IMPORT_RUNS})",
        "",
        table(["import", "ms (median)"], rows),
        "",
        f"- Target: at most 1.5x `import httpx`: {sdk_s / httpx_s:.2f}x, {verdict(sdk_s <= 1.5 * httpx_s)}.",
    ])  # fmt: skip


def main() -> None:
    from fetch_hive_reference.testing import running_server

    sections: list[str] = []
    with running_server(stream_pace=0.0) as server:
        sections.append(sequential_section(server.base_url, server.api_key))
        sections.append(concurrent_section(server.base_url, server.api_key))
    sections.append(mock_transport_section())
    sections.append(import_section())
    import streaming

    sections.append(streaming.run())
    header = [
        "# Benchmark results",
        "",
        f"Made by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; Python {platform.python_version()}, "
        f"{platform.machine()}, 2 cores. Medians of at least {RUNS} runs; ratios are this SDK over the other.",
    ]
    text = "\n\n".join(["\n".join(header), *sections]) + "\n"
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
