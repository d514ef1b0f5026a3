"""Streaming benchmark: this SDK's `Stream` against fetch-hive-sdk 0.4.1 and httpx-sse.

Run with `.venv/bin/python bench/streaming.py`: it measures every contestant on the same
bytes in one run and writes its section of `bench/RESULTS.md`. `run()` returns that section
(for `make bench`).

Workloads, each delivered to an `httpx.Response` in 64 KiB chunks (what a socket read
gives), medians of several runs:
- 100,000 small `response` events (about 130 bytes each) plus the final `usage` and `[DONE]`;
- one 8 MiB `response` event plus `usage` and `[DONE]`.

Contestants, each iterating every event:
- this SDK: `FetchHive.invoke_prompt(streaming=True)` over an `httpx.MockTransport`:
  SSE decoding, JSON and typed events (`ResponseEvent`, ...), with the stream checks;
- fetch-hive-sdk 0.4.1: `fetch_hive_sdk.streaming.iter_sse(response)` (dicts), run in a
  subprocess with `PYTHONPATH` at its own folder (it has the same import name);
- httpx-sse 0.4.3: `EventSource(response).iter_sse()` plus `json.loads(event.data)`.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
OLD_SDK = ROOT / ".vendor" / "fetch-hive-sdk-0.4.1"
RESULTS = ROOT / "bench" / "RESULTS.md"
START, END = "<!-- streaming:start -->", "<!-- streaming:end -->"

CHUNK = 64 * 1024
SMALL_EVENTS = 100_000
BIG_EVENT_BYTES = 8 * 1024 * 1024
RUNS = 9
EXTRA_MAPPING = 'this SDK, reading each `event.get("response")`'
EXTRA_TYPED = "this SDK, reading each `event.response` (typed attribute)"


def small_payload() -> bytes:
    words = ("Fetch", "Hive", "streams", "answers", "token", "by", "token.")
    lines = [
        b"data: "
        + json.dumps(
            {
                "type": "response",
                "request_id": "req_019d52846ea37682b03522fd0695cc43",
                "model": "gpt-5-nano-2025-08-07",
                "response": words[i % len(words)] + " ",
            },
            separators=(",", ":"),
        ).encode()
        + b"\n\n"
        for i in range(SMALL_EVENTS)
    ]
    return b"".join(lines) + _tail()


def big_payload() -> bytes:
    text = "x" * BIG_EVENT_BYTES
    event = {"type": "response", "request_id": "req_1", "model": "m", "response": text}
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n" + _tail()


def _tail() -> bytes:
    usage = {
        "type": "usage",
        "request_id": "req_019d52846ea37682b03522fd0695cc43",
        "usage": {
            "duration": 1.5,
            "prompt_tokens": {"total_tokens": 10, "cached_tokens": 0},
            "completion_tokens": {"total_tokens": SMALL_EVENTS, "reasoning_tokens": 0},
            "total_tokens": SMALL_EVENTS + 10,
        },
        "stop_reason": "completed",
    }
    return b"data: " + json.dumps(usage).encode() + b"\n\ndata: [DONE]\n\n"


def chunks_of(payload: bytes) -> list[bytes]:
    return [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)]


def sse_response(chunks: list[bytes]) -> httpx.Response:
    request = httpx.Request("POST", "https://api.fetchhive.com/v1/prompt/invoke")
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        content=iter(chunks),
        request=request,
    )


# Contestants (each returns the number of events it produced) --------------------------


def this_sdk(chunks: list[bytes]) -> int:
    from fetch_hive_sdk import FetchHive

    def handler(request: httpx.Request) -> httpx.Response:
        return sse_response(chunks)

    with FetchHive(
        "fhk_bench", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as client:
        count = 0
        for _ in client.invoke_prompt(deployment="bench", streaming=True):
            count += 1
        return count


def this_sdk_reading(read: Callable[[Any], object]) -> Callable[[list[bytes]], int]:
    """This SDK, also reading every event's text the way a consumer would."""

    def contestant(chunks: list[bytes]) -> int:
        from fetch_hive_sdk import FetchHive

        def handler(request: httpx.Request) -> httpx.Response:
            return sse_response(chunks)

        transport = httpx.MockTransport(handler)
        with FetchHive("fhk_bench", http_client=httpx.Client(transport=transport)) as client:
            count = 0
            for event in client.invoke_prompt(deployment="bench", streaming=True):
                read(event)
                count += 1
            return count

    return contestant


def httpx_sse_json(chunks: list[bytes]) -> int:
    from httpx_sse import EventSource

    count = 0
    for event in EventSource(sse_response(chunks)).iter_sse():
        if event.data == "[DONE]":
            break
        json.loads(event.data)
        count += 1
    return count


def old_sdk(chunks: list[bytes]) -> int:  # runs inside the subprocess
    from fetch_hive_sdk.streaming import iter_sse  # fetch-hive-sdk 0.4.1 there

    count = 0
    for _ in iter_sse(sse_response(chunks)):
        count += 1
    return count


def timed(
    contestant: Callable[[list[bytes]], int], chunks: list[bytes], runs: int
) -> dict[str, Any]:
    contestant(chunks)  # warm-up: imports, allocator
    seconds: list[float] = []
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        count = contestant(chunks)
        seconds.append(time.perf_counter() - started)
    return {"median": statistics.median(seconds), "runs": seconds, "events": count}


def old_sdk_in_subprocess(payload_files: dict[str, str], runs: int) -> dict[str, dict[str, Any]]:
    """Time fetch-hive-sdk 0.4.1 in a process where `fetch_hive_sdk` is that package."""
    env = {**os.environ, "PYTHONPATH": str(OLD_SDK)}
    here = str(Path(__file__).parent)
    code = (
        f"import json, sys; sys.path.insert(0, {here!r}); import streaming as bench; "
        "import fetch_hive_sdk; assert '.vendor' in fetch_hive_sdk.__file__, fetch_hive_sdk.__file__; "
        "files = json.loads(sys.argv[1]); out = {}\n"
        "for name, path in files.items():\n"
        "    chunks = bench.chunks_of(open(path, 'rb').read())\n"
        f"    out[name] = bench.timed(bench.old_sdk, chunks, {runs})\n"
        "print(json.dumps(out))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(payload_files)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, dict[str, Any]] = json.loads(done.stdout)
    return result


# Report ----------------------------------------------------------------------------------


def measure(runs: int = RUNS) -> dict[str, Any]:
    payloads = {"small": small_payload(), "big": big_payload()}
    results: dict[str, dict[str, Any]] = {"small": {}, "big": {}}
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for name, payload in payloads.items():
            path = Path(folder) / f"{name}.sse"
            path.write_bytes(payload)
            files[name] = str(path)
        old = old_sdk_in_subprocess(files, runs)
    for name, payload in payloads.items():
        chunks = chunks_of(payload)
        results[name]["this SDK"] = timed(this_sdk, chunks, runs)
        results[name]["fetch-hive-sdk 0.4.1 iter_sse"] = old[name]
        results[name]["httpx-sse + json.loads"] = timed(httpx_sse_json, chunks, runs)
        if name == "small":
            results[name][EXTRA_MAPPING] = timed(
                this_sdk_reading(lambda event: event.get("response")), chunks, runs
            )
            results[name][EXTRA_TYPED] = timed(
                this_sdk_reading(lambda event: getattr(event, "response", None)), chunks, runs
            )
    return {"results": results, "sizes": {k: len(v) for k, v in payloads.items()}, "runs": runs}


def render(measured: dict[str, Any]) -> str:
    small, big = measured["results"]["small"], measured["results"]["big"]
    size = measured["sizes"]["small"]
    ours = small["this SDK"]["median"]
    lines = [
        START,
        "## Streaming (SSE decoding, JSON, events)",
        "",
        f"`.venv/bin/python bench/streaming.py`; Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPU(s); median of {measured['runs']} runs "
        "after one warm-up; bytes delivered in 64 KiB chunks through `httpx.Response`.",
        "",
        f"100,000 small events ({size / 1e6:.1f} MB in total):",
        "",
        "| Contestant | Events | Median time | Events/s | MB/s | This SDK is |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in small.items():
        seconds = row["median"]
        ratio = "—" if name.startswith("this SDK") else f"{seconds / ours:.2f}x faster"
        lines.append(
            f"| {name} | {row['events']:,} | {seconds * 1000:.0f} ms | "
            f"{row['events'] / seconds:,.0f} | {size / seconds / 1e6:.1f} | {ratio} |"
        )
    lines += [
        "",
        "One 8 MiB event (plus `usage` and `[DONE]`):",
        "",
        "| Contestant | Median time |",
        "|---|---:|",
    ]
    for name, row in big.items():
        lines.append(f"| {name} | {row['median'] * 1000:.1f} ms |")
    old_ratio = small["fetch-hive-sdk 0.4.1 iter_sse"]["median"] / ours
    sse_ratio = small["httpx-sse + json.loads"]["median"] / ours
    big_seconds = big["this SDK"]["median"]
    lines += [
        "",
        "Targets:",
        "",
        f"- at least 2x fetch-hive-sdk 0.4.1 on small events: {old_ratio:.2f}x "
        f"({'met' if old_ratio >= 2 else 'NOT met'});",
        f"- at least 1x httpx-sse plus `json.loads` on small events: {sse_ratio:.2f}x "
        f"({'met' if sse_ratio >= 1 else 'NOT met'});",
        f"- the 8 MiB event in under 0.1 s: {big_seconds * 1000:.1f} ms "
        f"({'met' if big_seconds < 0.1 else 'NOT met'}).",
        "",
        "Every contestant decodes the SSE framing and the JSON of every event. This SDK also "
        "makes typed events (instances of the generated models), checks for `error` events "
        "and the final event, and sums up the answer for `until_done()`. Events of the flat "
        "types (`response`, `reasoning`, `summary`, `error`) fill their typed attributes from "
        "the parsed JSON on first attribute access: the last two rows show the cost of "
        "reading every event's text through the mapping and through the typed attribute "
        "(the first attribute read runs the generated `from_dict`). The targets compare the "
        "first row, which reads events as the other contestants do (not at all).",
        END,
    ]
    return "\n".join(lines) + "\n"


def run() -> str:
    """Measure and return the streaming section of bench/RESULTS.md (markdown)."""
    return render(measure())


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace the streaming section of RESULTS.md (between its markers), or append it."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


if __name__ == "__main__":
    section = run()
    write_section(section)
    print(section)
