"""`make bench`: every benchmark side by side in one run; writes bench/RESULTS.md.

    python bench/run_all.py            # the full run (about 15 minutes on 2 cores)
    python bench/run_all.py --quick    # tiny sizes, one or two rounds: checks the harness
    python bench/run_all.py --out FILE # write elsewhere

How it measures (bench/_harness.py): each contestant in its own worker process, rounds
interleaved (ABC, BCA, CAB...), medians with min-max, ratios (this SDK over the other)
computed within each round, the load average printed with each section.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _server_startup
from _harness import (
    ROOT,
    Contestant,
    Measured,
    interleaved,
    load_text,
    median,
    ratio_text,
    rotations,
    spread,
    table,
    target_line,
)

RUNTIME_VENV = ROOT / ".bench" / "runtime-venv"


@dataclass(frozen=True)
class Sizes:
    rounds: int
    mock_calls: int
    server_calls: int
    memory_rounds: int
    import_rounds: int
    burst_calls: int
    idle_seconds: float
    wrk_seconds: int
    batch_rows: int


FULL = Sizes(15, 2000, 300, 3, 41, 1000, 6.0, 2, 200)
QUICK = Sizes(2, 50, 20, 1, 2, 50, 0.0, 1, 10)


def _section(title: str, measured: Measured | None, body: list[str]) -> str:
    lines = [f"## {title}", ""]
    if measured is not None:
        lines += [f"{len(measured.rounds)} rounds; {load_text(measured)}.", ""]
    return "\n".join(lines + body)


# Per call on MockTransport ------------------------------------------------------------------


def per_call_section(sizes: Sizes) -> str:
    contestants = [
        Contestant("this SDK", "_calls", "mock_sdk", {"calls": sizes.mock_calls}),
        Contestant("raw httpx.Client.post + json.loads", "_calls", "mock_raw", {"calls": sizes.mock_calls}),
    ]  # fmt: skip
    # A round takes a second: twice the rounds for a steadier median on a noisy machine.
    measured = interleaved(contestants, 2 * sizes.rounds)
    ratios = measured.ratios("this SDK", "raw httpx.Client.post + json.loads")
    rows = [[c.name, spread(measured.values(c.name), 1e6)] for c in contestants]
    return _section(
        f"Client-side cost per call on httpx.MockTransport ({sizes.mock_calls} calls a round)",
        measured,
        [
            table(["client", "µs per call, median (min-max)"], rows),
            "",
            f"This SDK / raw httpx, per round: {ratio_text(ratios)}.",
            "",
            target_line("this SDK over raw httpx", median(ratios), 1.15),
            "",
            "Both read the answer's `response`; this SDK also validates the arguments, builds "
            "the body with the generated model, retries on failure and returns the typed dict.",
        ],
    )


# Streaming ------------------------------------------------------------------------------------

SDK_TYPED = "this SDK, `event.response` (typed attribute)"
SDK_MAPPING = 'this SDK, `event["response"]` (mapping)'
SDK_DELTAS = "this SDK, `stream.text_deltas()`"
SDK_NO_READ = "this SDK, not reading the events (extra information)"
HTTPX_SSE = "httpx-sse + json.loads, `data['response']`"
OLD = 'fetch-hive-sdk 0.4.1 iter_sse, `chunk.get("response")`'


def _stream_contestants(workload: str, *, all_reads: bool) -> list[Contestant]:
    contestants = [
        Contestant(SDK_TYPED, "_streams", "sdk", {"workload": workload, "read": "typed"}),
        Contestant(HTTPX_SSE, "_streams", "httpx_sse", {"workload": workload}),
        Contestant(OLD, "_streams", "old_sdk", {"workload": workload}, old_sdk=True),
    ]
    if all_reads:
        contestants += [
            Contestant(SDK_MAPPING, "_streams", "sdk", {"workload": workload, "read": "mapping"}),
            Contestant(SDK_DELTAS, "_streams", "sdk", {"workload": workload, "read": "text_deltas"}),
            Contestant(SDK_NO_READ, "_streams", "sdk", {"workload": workload, "read": "none"}),
        ]  # fmt: skip
    return contestants


def streaming_section(sizes: Sizes) -> str:
    small = _stream_contestants("small", all_reads=True)
    measured = interleaved(small, sizes.rounds)
    events = measured.rounds[0][SDK_TYPED]["events"]
    rows = []
    for contestant in small:
        seconds = measured.values(contestant.name)
        rate = [events / s for s in seconds]
        ratio = (
            "—"
            if contestant.name == SDK_TYPED
            else ratio_text(measured.ratios(SDK_TYPED, contestant.name))
        )
        rows.append([contestant.name, spread(seconds, 1e3, 0), spread(rate, 1, 0), ratio])
    to_sse = median(measured.ratios(SDK_TYPED, HTTPX_SSE))
    to_old = median(measured.ratios(SDK_TYPED, OLD))
    big = interleaved(_stream_contestants("big", all_reads=False), sizes.rounds)
    big_rows = [
        [name, spread(big.values(name), 1e3), "—" if name == SDK_TYPED else ratio_text(big.ratios(SDK_TYPED, name))]
        for name in big.names
    ]  # fmt: skip
    big_ratio = median(big.ratios(SDK_TYPED, HTTPX_SSE))
    return "\n\n".join(
        [
            _section(
                f"Streaming: {events - 1:,} small events, reading each event's text",
                measured,
                [
                    table(
                        [
                            "contestant",
                            "ms, median (min-max)",
                            "events/s",
                            "typed SDK / it, per round",
                        ],
                        rows,
                    ),
                    "",
                    target_line("this SDK (typed) over httpx-sse + json.loads", to_sse, 0.67),
                    target_line("this SDK (typed) over fetch-hive-sdk 0.4.1", to_old, 0.5),
                    "",
                    "Every contestant decodes the SSE framing and the JSON of every event and "
                    "reads each `response` event's text; this SDK also makes typed events (the "
                    "generated models: dicts with typed attributes) and checks for `error` "
                    "events and the final event. Bytes arrive through `httpx.Response` in 64 KiB "
                    "chunks.",
                ],
            ),
            _section(
                "Streaming: one 8 MiB event",
                big,
                [
                    table(
                        ["contestant", "ms, median (min-max)", "typed SDK / it, per round"],
                        big_rows,
                    ),
                    "",
                    target_line("this SDK over httpx-sse + json.loads", big_ratio, 1.0),
                ],
            ),
        ]
    )


def memory_section(sizes: Sizes) -> str:
    contestants = [
        Contestant(SDK_TYPED, "_streams", "sdk", {"workload": "huge", "read": "typed"}),
        Contestant(HTTPX_SSE, "_streams", "httpx_sse", {"workload": "huge"}),
        Contestant(OLD, "_streams", "old_sdk", {"workload": "huge"}, old_sdk=True),
    ]
    measured = interleaved(contestants, sizes.memory_rounds, fresh_process=True)
    mb = 1 / (1024 * 1024)
    rows = [
        [c.name, spread(measured.values(c.name, "rss_growth"), mb), spread(measured.values(c.name), 1, 2)]
        for c in contestants
    ]  # fmt: skip
    ratio = median(measured.ratios(SDK_TYPED, HTTPX_SSE, "rss_growth"))
    return _section(
        "Memory: RSS growth while consuming a 200 MB stream (a fresh process per measurement)",
        measured,
        [
            table(["contestant", "RSS growth MB, median (min-max)", "seconds"], rows),
            "",
            target_line("this SDK's RSS growth over httpx-sse's", ratio, 3.0),
            "",
            "The stream is made while it is read (1 KiB `response` events): what a process "
            "holds on to is what the reader keeps. Growth = peak RSS during the stream minus the "
            "RSS before it.",
        ],
    )


# Import time ------------------------------------------------------------------------------------


def _runtime_venv() -> Path:
    """A venv with only the runtime dependencies (a dev venv makes `import httpx` slower:
    it loads rich and click when they are installed), and this checkout's SDK installed
    afresh on every run: a copy left from an earlier run would measure old code."""
    python = RUNTIME_VENV / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    pins = ["-c", str(ROOT / "requirements" / "dev.txt")]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
    subprocess.run([*pip, *pins, str(ROOT)], check=True)  # the dependencies, when missing
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
    return python


def _import_seconds(python: Path, statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    env = {"PATH": os.environ.get("PATH", "")}
    out = subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True, env=env, cwd="/"
    ).stdout
    return float(out)


# What users write first; the package alone loads neither client (each half is loaded when
# its name is first asked for), so the targets are on the two `from` imports, not on it.
BASELINE_IMPORT = "import httpx"
TARGET_IMPORTS = (
    "from fetch_hive_sdk import FetchHive",
    "from fetch_hive_sdk import AsyncFetchHive",
)
IMPORTS = (BASELINE_IMPORT, *TARGET_IMPORTS, "import fetch_hive_sdk")


def import_section(sizes: Sizes) -> str:
    python = _runtime_venv()
    load_before = os.getloadavg()
    for statement in IMPORTS:
        _import_seconds(python, statement)  # warm the file cache
    samples: dict[str, list[float]] = {statement: [] for statement in IMPORTS}
    ratios: dict[str, list[float]] = {statement: [] for statement in IMPORTS[1:]}
    for order in rotations(len(IMPORTS), sizes.import_rounds):
        round_values = {}
        for index in order:
            statement = IMPORTS[index]
            round_values[statement] = _import_seconds(python, statement)
            samples[statement].append(round_values[statement])
        for statement in ratios:
            ratios[statement].append(round_values[statement] / round_values[BASELINE_IMPORT])
    measured = Measured(list(IMPORTS), [], load_before, os.getloadavg())
    rows = [
        [f"`{s}`", spread(samples[s], 1e3), "—" if s == BASELINE_IMPORT else ratio_text(ratios[s])]
        for s in IMPORTS
    ]
    targets = [
        target_line(f"`{s}` over `{BASELINE_IMPORT}`", median(ratios[s]), 1.2)
        for s in TARGET_IMPORTS
    ]
    return _section(
        f"Import time (a fresh interpreter each, runtime dependencies only, {sizes.import_rounds} rounds)",
        None,
        [
            f"{load_text(measured)}.",
            "",
            table(
                ["statement", "ms, median (min-max)", f"over `{BASELINE_IMPORT}`, per round"], rows
            ),
            "",
            *targets,
            "",
            "`import fetch_hive_sdk` alone loads the errors, the events and the helpers but "
            "neither client: the sync and the async halves are loaded when `FetchHive` or "
            "`AsyncFetchHive` (or their streams) are first asked for. The targets are therefore on "
            "the `from` imports, which load what a program uses.",
        ],
    )


# Against the reference server ------------------------------------------------------------------


@contextlib.contextmanager
def _reference_server() -> Iterator[tuple[str, str]]:
    from fetch_hive_reference.testing import running_server

    with running_server(stream_pace=0.0) as server:
        yield server.base_url, server.api_key


def sequential_section(sizes: Sizes, base_url: str, api_key: str) -> str:
    arguments = {"base_url": base_url, "api_key": api_key, "calls": sizes.server_calls}
    contestants = [
        Contestant("this SDK", "_calls", "server_sdk", arguments),
        Contestant("fetch-hive-sdk 0.4.1", "_calls", "server_old_sdk", arguments, old_sdk=True),
        Contestant("raw httpx.Client", "_calls", "server_raw", arguments),
    ]
    measured = interleaved(contestants, sizes.rounds)
    rows = [
        [c.name, spread([1 / s for s in measured.values(c.name)], 1, 0),
         "—" if c.name == "this SDK" else ratio_text(measured.ratios(c.name, "this SDK"))]
        for c in contestants
    ]  # fmt: skip
    to_old = median(measured.ratios("fetch-hive-sdk 0.4.1", "this SDK"))
    to_raw = median(measured.ratios("raw httpx.Client", "this SDK"))
    return _section(
        f"Sequential calls against the reference server (loopback, {sizes.server_calls} calls a round)",
        measured,
        [
            table(["client", "calls/s, median (min-max)", "speed-up of this SDK, per round"], rows),
            "",
            target_line("this SDK's speed over fetch-hive-sdk 0.4.1's", to_old, 3.0, at_most=False),
            target_line("this SDK's speed over raw httpx's", to_raw, 0.8, at_most=False),
            "",
            "fetch-hive-sdk 0.4.1 opens a new HTTP client (and connection) for every call.",
        ],
    )


def concurrency_section(sizes: Sizes, base_url: str, api_key: str) -> str:
    parts = []
    for idle, title in (
        (0.0, "warm pool"),
        (sizes.idle_seconds, f"after {sizes.idle_seconds:g} s idle, past the server's keep-alive"),
    ):
        if title.startswith("after") and not idle:
            continue
        arguments = {
            "base_url": base_url,
            "api_key": api_key,
            "calls": sizes.burst_calls,
            "idle": idle,
        }
        contestants = [
            Contestant("this SDK (AsyncFetchHive)", "_concurrency", "sdk", arguments),
            Contestant("raw httpx.AsyncClient, same limits", "_concurrency", "raw", arguments),
        ]
        measured = interleaved(contestants, max(3, sizes.rounds // 3) if idle else sizes.rounds)
        ours, raw = contestants[0].name, contestants[1].name
        rows = [
            [c.name, spread(measured.values(c.name), 1, 3), spread(measured.values(c.name, "cpu"), 1, 3),
             int(measured.total(c.name, "errors"))]
            for c in contestants
        ]  # fmt: skip
        ratio = median(measured.ratios(ours, raw))
        errors = int(measured.total(ours, "errors"))
        parts.append(
            _section(
                f"{sizes.burst_calls:,} concurrent async calls, {title}",
                measured,
                [
                    table(["client", "seconds, median (min-max)", "CPU seconds", "errors (all rounds)"], rows),
                    "",
                    f"- Target: 0 errors for this SDK: {errors}, {'met' if errors == 0 else 'NOT met'}.",
                    target_line("this SDK's time over raw httpx's", ratio, 1.05),
                    f"- CPU, this SDK over raw httpx, per round: {ratio_text(measured.ratios(ours, raw, 'cpu'))}.",
                ],
            )
        )  # fmt: skip
    return "\n\n".join(parts)


def batch_section(sizes: Sizes, base_url: str, api_key: str) -> str:
    latency = 0.02
    rows_out = []
    for concurrency in (1, 5, 50):
        rows = max(sizes.batch_rows, concurrency * 10)
        contestant = Contestant(
            f"batch, concurrency {concurrency}", "_batch_runs", "sdk_batch",
            {"base_url": base_url, "api_key": api_key, "concurrency": concurrency,
             "rows": rows, "latency": latency},
        )  # fmt: skip
        measured = interleaved([contestant], max(2, sizes.rounds // 5))
        rates = [rows / s for s in measured.values(contestant.name)]
        ideal = concurrency / latency
        failed = int(measured.total(contestant.name, "failed"))
        rows_out.append([concurrency, rows, spread(rates, 1, 0), f"{ideal:,.0f}",
                         f"{median(rates) / ideal:.0%}", failed])  # fmt: skip
    return _section(
        f"Batch runs against the reference server (each call {latency * 1000:.0f} ms slow)",
        measured,
        [
            table(
                [
                    "concurrency",
                    "rows",
                    "calls/s, median (min-max)",
                    "ideal (concurrency / latency)",
                    "of the ideal",
                    "failed rows",
                ],
                rows_out,
            ),
            "",
            '`client.batch("prompt", ...)` over the rows, the server holding each answer for the '
            "latency. At high concurrency the ceiling is the reference server itself (one "
            "process on the same 2 cores), not the batch.",
        ],
    )


# The reference server's own throughput (wrk) -------------------------------------------------


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = '{body}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer fhk_local_dev_key"
"""
PROMPT = {"deployment": "bench-prompt", "inputs": {"name": "Alice"}}


@dataclass(frozen=True)
class _Served:
    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """The server process's CPU time so far (user + system)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def _server_process(kind: str, folder: Path, answers: Path | None = None) -> Iterator[_Served]:
    port_file = folder / f"{kind}.port"
    port_file.unlink(missing_ok=True)
    command = [sys.executable, str(ROOT / "bench" / "_servers.py"), kind, str(port_file)]
    if answers is not None:
        command.append(str(answers))
    process = subprocess.Popen(command, cwd=ROOT)
    try:
        for _ in range(500):
            if port_file.exists() and port_file.read_text():
                break
            time.sleep(0.02)
        else:
            raise RuntimeError(f"the {kind} server did not start")
        yield _Served(f"http://127.0.0.1:{port_file.read_text()}/v1/prompt/invoke", process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _record_answers(url: str, path: Path) -> None:
    """The reference server's bytes for the benchmark's two requests."""
    import base64

    import httpx

    headers = {"Authorization": "Bearer fhk_local_dev_key"}
    answer = httpx.post(url, json=PROMPT, headers=headers).content
    events = []
    with httpx.stream("POST", url, json={**PROMPT, "streaming": True}, headers=headers) as stream:
        events = list(stream.iter_raw())
    path.write_text(json.dumps({"json": base64.b64encode(answer).decode(),
                                "stream": [base64.b64encode(e).decode() for e in events]}))  # fmt: skip


def _wrk(
    served: _Served, body: dict[str, object], seconds: int, folder: Path
) -> tuple[float, float]:
    """Requests per second, and the server's CPU microseconds per request."""
    script = folder / "post.lua"
    script.write_text(WRK_SCRIPT.format(body=json.dumps(body)))
    cpu_before = served.cpu_seconds()
    out = subprocess.run(
        ["wrk", "-t1", "-c16", f"-d{seconds}s", "-s", str(script), served.url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    cpu = served.cpu_seconds() - cpu_before
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    count = re.search(r"(\d+) requests in", out)
    if rate is None or count is None or "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"wrk failed or saw errors:\n{out}")
    return float(rate.group(1)), cpu / max(int(count.group(1)), 1) * 1e6


def server_section(sizes: Sizes) -> str:
    if shutil.which("wrk") is None:
        return _section(
            "The reference server's throughput",
            None,
            ["wrk is missing: run `make bench` (it installs it)."],
        )
    rows = []
    targets = []
    kinds = {
        "reference": "reference server",
        "minimal": "minimal Starlette app",
        # Information: where the reference server's extra cost lies (around or in the handler).
        "reference-routing": "reference server's app, minimal handler",
    }
    with tempfile.TemporaryDirectory() as name, contextlib.ExitStack() as servers:
        folder = Path(name)
        load_before = os.getloadavg()
        with _server_process("reference", folder) as served:
            _record_answers(served.url, folder / "answers.json")
        # Both servers stay up for the whole section (an idle one costs nothing), so that the
        # two runs of a round are seconds apart: the host's slow drifts then cancel out in
        # each round's ratio.
        running = {
            kind: servers.enter_context(
                _server_process(
                    kind, folder, None if kind == "reference" else folder / "answers.json"
                )
            )
            for kind in kinds
        }
        for label, body in (
            ("JSON prompt", PROMPT),
            ("streamed prompt", {**PROMPT, "streaming": True}),
        ):
            rates: dict[str, list[float]] = {server: [] for server in kinds.values()}
            cpu: dict[str, list[float]] = {server: [] for server in kinds.values()}
            ratios = []
            routing_ratios = []
            for served in running.values():
                _wrk(served, body, 1, folder)  # warm-up
            for order in rotations(len(kinds), sizes.rounds):
                this_round = {}
                for index in order:
                    kind = list(kinds)[index]
                    rate, cpu_per_request = _wrk(running[kind], body, sizes.wrk_seconds, folder)
                    this_round[kind] = rate
                    rates[kinds[kind]].append(rate)
                    cpu[kinds[kind]].append(cpu_per_request)
                ratios.append(this_round["reference"] / this_round["minimal"])
                routing_ratios.append(this_round["reference-routing"] / this_round["minimal"])
            for server, values in rates.items():
                rows.append([label, server, spread(values, 1, 0), spread(cpu[server], 1, 0)])
            rows.append([label, "reference / minimal, per round", ratio_text(ratios), ""])
            rows.append(
                [
                    label,
                    "app with minimal handler / minimal, per round",
                    ratio_text(routing_ratios),
                    "",
                ]
            )
            targets.append(
                target_line(
                    f"the reference server on a {label}, over the minimal app",
                    median(ratios),
                    0.8,
                    at_most=False,
                )
            )
            minimal_cpu = median(cpu["minimal Starlette app"])
            extra = median(cpu["reference server"]) - minimal_cpu
            around = median(cpu[kinds["reference-routing"]]) - minimal_cpu
            allowed = minimal_cpu * (1 / 0.8 - 1)
            if median(ratios) < 0.8:
                targets.append(
                    f"  Measured reason: the reference server's own work on a {label} costs {extra:.0f} µs "
                    f"of CPU per request over the minimal app's {minimal_cpu:.0f} µs (uvicorn and h11 "
                    f"included); 0.8x allows {allowed:.0f} µs. Of the {extra:.0f} µs, the application "
                    f"around the handler (routes, error handlers) takes {around:.0f} µs and the "
                    f"handler's checks, record and answer {extra - around:.0f} µs."
                )
        measured = Measured([], [], load_before, os.getloadavg())
    columns = ["request", "server", "requests/s, median (min-max)", "server CPU µs per request"]
    return _section(
        f"The reference server's throughput (wrk, 1 thread, 16 connections, {sizes.rounds} rounds of {sizes.wrk_seconds} s each)",
        None,
        [f"{load_text(measured)}.", "", table(columns, rows), "", *targets,
         "", "Both servers run on uvicorn with the same settings, each in a process of its own; the minimal "
         "app returns the reference server's recorded bytes for the same request. The server's CPU per "
         "request is read from /proc during the measured wrk run. The servers stay up for the section and each "
         "round runs wrk against one, then the next, seconds apart. The third server (information) is the "
         "reference server's application with the minimal app's handler on this route. What the reference server does that the "
         "minimal app does not: check the API key, the fault header and the body against openapi.yaml "
         "(jsonschema-rs), record the run for GET /public/requests/{id}, write the deterministic answer "
         "and its usage, send X-Request-Id; the stream also frames each event."],
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: check the harness")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument(
        "--only",
        help="comma-separated sections to run (per_call, streaming, memory, imports, server_calls, server, server_startup)",
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    if args.quick:
        os.environ["FETCH_HIVE_BENCH_QUICK"] = "1"  # the workers make smaller workloads
    wanted = set(args.only.split(",")) if args.only else None
    started = time.monotonic()
    sections: list[str] = []

    def run(name: str, make: object) -> None:
        if wanted is None or name in wanted:
            print(f"running {name}...", file=sys.stderr, flush=True)
            sections.append(make())  # type: ignore[operator]

    run("per_call", lambda: per_call_section(sizes))
    run("streaming", lambda: streaming_section(sizes))
    run("memory", lambda: memory_section(sizes))
    run("imports", lambda: import_section(sizes))
    if wanted is None or "server_calls" in wanted:
        with _reference_server() as (base_url, api_key):
            run("server_calls", lambda: sequential_section(sizes, base_url, api_key))
            run("server_calls", lambda: concurrency_section(sizes, base_url, api_key))
            run("server_calls", lambda: batch_section(sizes, base_url, api_key))
    run("server", lambda: server_section(sizes))
    run("server_startup", lambda: _server_startup.section(sizes.rounds, quick=args.quick))
    header = [
        "# Benchmark results",
        "",
        f"Made by `make bench`{' --quick' if args.quick else ''} on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"in {time.monotonic() - started:.0f} s; Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs. Each contestant runs in its own worker process; rounds are interleaved "
        "(ABC, BCA, CAB...); figures are medians with (min-max) over the rounds; ratios are this SDK "
        "over the other, computed within each round; the load average is given with each section.",
    ]  # fmt: skip
    text = "\n\n".join(["\n".join(header), *sections]) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
