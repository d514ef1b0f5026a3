"""The reference server's start-up rows of `make bench` (issue 23): from process start to its
first answer, and the pytest plugin's work between two tests.

- Start-up: each measurement starts a process and times it from launch to the first answer
  of `POST /v1/prompt/invoke` (polled on the announced port): the reference server with its
  parsed-spec cache warm (every start but the first after a spec change), the same with the
  cache empty (the first start after a change), and a minimal Starlette app on uvicorn that
  answers the same route with fixed bytes (the floor: Python, Starlette, uvicorn).
- Plugin reset: each measurement runs a generated pytest suite in a process of its own and
  reads pytest's own setup and teardown durations of every test but the first: tests using
  the plugin's `fetch_hive_server` (the session's server, put back clean after each test),
  tests starting a server of their own (`running_server()` in a function-scoped fixture, what
  a suite does without the plugin), and tests using no fixture (pytest's own cost).

Every test of the first two kinds makes a run and stores a knowledge base, so the reset has
something to clear. `python bench/_server_startup.py [--quick]` runs these rows alone.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _harness import ROOT, Contestant, interleaved, load_text, spread, table

PROMPT = json.dumps({"deployment": "bench-prompt", "inputs": {"name": "Alice"}}).encode()
DEV_KEY = "fhk_local_dev_key"
STARTUP_TARGET = 0.5
RESET_TARGET = 0.005
_PORT = re.compile(r"http://127\.0\.0\.1:(\d+)/v1")

Measure = Callable[[], dict[str, float]]


# ---- start-up --------------------------------------------------------------------------------
def _first_answer(port: int, deadline: float) -> int:
    """The status of the first answer to the prompt invoke; connections refused before the
    server listens are tried again."""
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(
                "POST",
                "/v1/prompt/invoke",
                body=PROMPT,
                headers={"Authorization": f"Bearer {DEV_KEY}", "Content-Type": "application/json"},
            )
            response = connection.getresponse()
            response.read()
            return response.status
        except ConnectionRefusedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.001)
        finally:
            connection.close()


def _timed_start(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        found = None
        while found is None:
            line = process.stderr.readline()
            if not line:
                raise RuntimeError(f"{command} exited before announcing its port")
            found = _PORT.search(line)
        status = _first_answer(int(found.group(1)), time.monotonic() + 30)
        elapsed = time.perf_counter() - started
        if status != 200:
            raise RuntimeError(f"{command}: the first answer was {status}")
        return elapsed
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def startup(kind: str) -> Measure:
    """`reference` (spec cache warm), `reference_cold` (cache empty) or `minimal`."""
    env = dict(os.environ)
    if kind == "minimal":
        command = [sys.executable, "-c", MINIMAL_SERVER]
    else:
        command = [sys.executable, "-m", "fetch_hive_reference", "--port", "0"]
        command += ["--log-level", "warning"]
    warm_cache = ROOT / ".bench" / "spec-cache"

    def measure() -> dict[str, float]:
        if kind == "reference_cold":
            with tempfile.TemporaryDirectory() as empty:
                return {"seconds": _timed_start(command, {**env, "XDG_CACHE_HOME": empty})}
        return {"seconds": _timed_start(command, {**env, "XDG_CACHE_HOME": str(warm_cache)})}

    return measure


#: The minimal server: a Starlette app answering the prompt route with fixed bytes, bound and
#: announced as the reference server is (after binding, on stderr), on uvicorn.
MINIMAL_SERVER = """
import socket, sys
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route


async def prompt(request):
    await request.body()
    return Response(b'{"response":"Hello Alice"}', media_type="application/json")


app = Starlette(routes=[Route("/v1/prompt/invoke", prompt, methods=["POST"])])
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
sock.bind(("127.0.0.1", 0))
print(f"minimal server on http://127.0.0.1:{sock.getsockname()[1]}/v1", file=sys.stderr, flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
"""


# ---- the plugin's reset ------------------------------------------------------------------------
_RECORDER = """
import json, os

DURATIONS = {}


def pytest_runtest_logreport(report):
    if report.when in ("setup", "teardown"):
        DURATIONS[report.nodeid] = DURATIONS.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session):
    with open(os.environ["BENCH_DURATIONS"], "w") as file:
        json.dump(DURATIONS, file)
"""

_WORK = """
    headers = {{"Authorization": "Bearer " + server.api_key}}
    run = httpx.post(server.base_url + "/prompt/invoke", json={{"deployment": "d{index}"}}, headers=headers)
    assert run.status_code == 200
    kbs = server.base_url + "/public/workspaces/" + server.settings.workspace_id + "/knowledge_bases"
    created = httpx.post(kbs, json={{"knowledge_base": {{"name": "kb{index}"}}}}, headers=headers)
    assert created.status_code == 200
"""

_SUITES = {
    "plugin": (
        "import httpx\n",
        "def test_{index}(fetch_hive_server):\n    server = fetch_hive_server\n" + _WORK,
    ),
    "fresh_server": (
        "import httpx\nimport pytest\nfrom fetch_hive_reference.testing import running_server\n\n\n"
        "@pytest.fixture\ndef own_server():\n"
        "    with running_server(stream_pace=0, callback_backoff=0.01) as server:\n"
        "        yield server\n",
        "def test_{index}(own_server):\n    server = own_server\n" + _WORK,
    ),
    "no_server": ("", "def test_{index}():\n    pass\n"),
}


def plugin_reset(kind: str, tests: int) -> Measure:
    """A suite of `tests` tests of `kind` (`plugin`, `fresh_server`, `no_server`); each
    measurement runs it and gives the median per-test setup plus teardown, first test left
    out (it starts the session's server)."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-reset-{kind}-"))
    head, test = _SUITES[kind]
    (folder / "pytest.ini").write_text("[pytest]\n")
    (folder / "conftest.py").write_text(_RECORDER)
    body = "\n\n".join(test.format(index=index) for index in range(tests))
    (folder / "test_suite.py").write_text(f"{head}\n\n{body}\n")
    results = folder / "durations.json"
    env = {**os.environ, "BENCH_DURATIONS": str(results)}

    def measure() -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_suite.py"],
            cwd=folder, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"the {kind} suite failed:\n{done.stdout[-3000:]}")
        durations: dict[str, float] = json.loads(results.read_text())
        per_test = [durations[f"test_suite.py::test_{index}"] for index in range(1, tests)]
        return {"seconds": statistics.median(per_test)}

    return measure


# ---- the section -------------------------------------------------------------------------------
REFERENCE = "reference server (parsed-spec cache warm)"
REFERENCE_COLD = "reference server, parsed-spec cache empty (first start after a spec change)"
MINIMAL = "minimal Starlette app on uvicorn, fixed answer (the floor)"
PLUGIN = "`fetch_hive_server` (the plugin: session server, reset after each test)"
FRESH = "a server per test (`running_server()` in a function-scoped fixture)"
BARE = "no fixture (pytest's own setup and teardown)"


def _seconds_line(text: str, value: float, limit: float, unit: str, scale: float) -> str:
    met = "met" if value <= limit else "NOT met"
    return f"- Target: {text} at most {limit * scale:g} {unit}: median {value * scale:.2f} {unit}, {met}."


def section(rounds: int, *, quick: bool) -> str:
    """Both rows for bench/RESULTS.md."""
    start_contestants = [
        Contestant(REFERENCE, "_server_startup", "startup", {"kind": "reference"}),
        Contestant(REFERENCE_COLD, "_server_startup", "startup", {"kind": "reference_cold"}),
        Contestant(MINIMAL, "_server_startup", "startup", {"kind": "minimal"}),
    ]
    started = interleaved(start_contestants, rounds)
    tests = 5 if quick else 40
    reset_contestants = [
        Contestant(PLUGIN, "_server_startup", "plugin_reset", {"kind": "plugin", "tests": tests}),
        Contestant(FRESH, "_server_startup", "plugin_reset", {"kind": "fresh_server", "tests": tests}),
        Contestant(BARE, "_server_startup", "plugin_reset", {"kind": "no_server", "tests": tests}),
    ]  # fmt: skip
    reset = interleaved(reset_contestants, max(2, rounds // 2))
    start_rows = [[c.name, spread(started.values(c.name), 1e3, 0)] for c in start_contestants]
    reset_rows = [[c.name, spread(reset.values(c.name), 1e3, 2)] for c in reset_contestants]
    warm = statistics.median(started.values(REFERENCE))
    plugin = statistics.median(reset.values(PLUGIN))
    over_bare = statistics.median([r[PLUGIN]["seconds"] - r[BARE]["seconds"] for r in reset.rounds])
    lines = [
        "## The reference server's start-up, and the pytest plugin's reset per test",
        "",
        f"Start-up: {len(started.rounds)} rounds; {load_text(started)}.",
        "",
        table(["process", "launch to first answer, ms, median (min-max)"], start_rows),
        "",
        _seconds_line("reference server ready in", warm, STARTUP_TARGET, "s", 1),
        "",
        "Each start is a new process (`python -m fetch_hive_reference --port 0`), timed from "
        "launch to the first answer of `POST /v1/prompt/invoke` (its body checked against the "
        "spec, the run recorded), polling the port it announces. The parsed spec is kept as "
        "JSON in a cache file named by the spec's SHA-256 (`$XDG_CACHE_HOME/fetch-hive-reference`), "
        "schemas are compiled when a request first needs them, httpx loads with the first "
        "callback and jsonschema with the first value that has a format or the first invalid "
        "request.",
        "",
        f"Plugin reset: {len(reset.rounds)} rounds of a {tests}-test suite each; {load_text(reset)}.",
        "",
        table(["tests use", "setup + teardown per test, ms, median (min-max)"], reset_rows),
        "",
        _seconds_line("the plugin's setup and teardown per test", plugin, RESET_TARGET, "ms", 1e3),
        f"- Over pytest's own per-test cost, per round: median {over_bare * 1e3:.2f} ms.",
        "",
        "pytest's own durations of each test's setup and teardown (first test left out), read "
        "by a conftest in a suite run as a process of its own. Each test of the first two kinds "
        "makes a prompt run and stores a knowledge base, which the plugin's reset clears.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # the rows alone: python bench/_server_startup.py [--quick]
    quick = "--quick" in sys.argv
    print(section(2 if quick else 15, quick=quick))
