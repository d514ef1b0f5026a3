"""Contestants for the per-call benchmarks: one non-streaming prompt call after another.

`mock_*`: on `httpx.MockTransport` (the client's own cost, no network);
`server_*`: against the reference server over loopback.
Each factory returns `measure()`: the seconds per call over `calls` calls.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

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
MOCK_BASE_URL = "https://api.fetchhive.com/v1"


def _per_call(call: Callable[[int], Any], calls: int) -> Callable[[], dict[str, float]]:
    def measure() -> dict[str, float]:
        started = time.perf_counter()
        for index in range(calls):
            call(index)
        return {"seconds": (time.perf_counter() - started) / calls}

    return measure


def _mock_transport() -> Any:
    import httpx

    body = json.dumps(PROMPT_ANSWER).encode()
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def mock_sdk(calls: int) -> Callable[[], dict[str, float]]:
    """This SDK: validate, build, send, read the typed result (and its `response`)."""
    import httpx
    from fetch_hive_sdk import FetchHive

    client = FetchHive(
        "fhk_bench", MOCK_BASE_URL, http_client=httpx.Client(transport=_mock_transport())
    )
    return _per_call(
        lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"})[
            "response"
        ],
        calls,
    )


def mock_raw(calls: int) -> Callable[[], dict[str, float]]:
    """Raw `httpx.Client.post` + `json.loads`, with the key as a client header."""
    import httpx

    client = httpx.Client(
        transport=_mock_transport(),
        base_url=MOCK_BASE_URL,
        headers={"Authorization": "Bearer fhk_bench"},
    )

    def call(index: int) -> Any:
        response = client.post(
            "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{index}"}}
        )
        response.raise_for_status()
        return json.loads(response.content)["response"]

    return _per_call(call, calls)


def server_sdk(base_url: str, api_key: str, calls: int) -> Callable[[], dict[str, float]]:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(api_key, base_url)
    return _per_call(
        lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"}),
        calls,
    )


def server_old_sdk(base_url: str, api_key: str, calls: int) -> Callable[[], dict[str, float]]:
    import fetch_hive_sdk
    from fetch_hive_sdk import FetchHive  # fetch-hive-sdk 0.4.1, first on the path

    assert ".vendor" in fetch_hive_sdk.__file__, fetch_hive_sdk.__file__
    client = FetchHive(api_key=api_key, base_url=base_url)
    return _per_call(
        lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"}),
        calls,
    )


def server_raw(base_url: str, api_key: str, calls: int) -> Callable[[], dict[str, float]]:
    import httpx

    client = httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=120
    )

    def call(index: int) -> Any:
        response = client.post(
            "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{index}"}}
        )
        response.raise_for_status()
        return json.loads(response.content)

    return _per_call(call, calls)
