"""One contestant of the sequential-calls benchmark, in a fresh interpreter.

Usage: _call_worker.py CONTESTANT BASE_URL API_KEY CALLS
Prints {"seconds": ...} for CALLS sequential non-streaming prompt calls (after a warm-up).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

WARMUP = 20


def _sdk(base_url: str, api_key: str) -> Callable[[int], Any]:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(api_key=api_key, base_url=base_url)
    return lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"})


def _old_sdk(base_url: str, api_key: str) -> Callable[[int], Any]:
    from fetch_hive_sdk import FetchHive  # fetch-hive-sdk 0.4.1, first on PYTHONPATH

    client = FetchHive(api_key=api_key, base_url=base_url)
    return lambda i: client.invoke_prompt(deployment="bench-prompt", inputs={"name": f"u{i}"})


def _raw(base_url: str, api_key: str) -> Callable[[int], Any]:
    import httpx

    client = httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=120
    )

    def call(i: int) -> Any:
        response = client.post(
            "/prompt/invoke", json={"deployment": "bench-prompt", "inputs": {"name": f"u{i}"}}
        )
        response.raise_for_status()
        return response.json()

    return call


def _generated(base_url: str, api_key: str) -> Callable[[int], Any]:
    from fetch_hive_api import AuthenticatedClient
    from fetch_hive_api.api.prompts import invoke_prompt
    from fetch_hive_api.models.prompt_invoke_request import PromptInvokeRequest

    client = AuthenticatedClient(base_url=base_url, token=api_key, timeout=None)

    def call(i: int) -> Any:
        body = PromptInvokeRequest.from_dict(
            {"deployment": "bench-prompt", "inputs": {"name": f"u{i}"}}
        )
        return invoke_prompt.sync(client=client, body=body)

    return call


CONTESTANTS = {"sdk": _sdk, "old-sdk": _old_sdk, "raw-httpx": _raw, "generated": _generated}


def main() -> None:
    name, base_url, api_key, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    call = CONTESTANTS[name](base_url, api_key)
    for i in range(WARMUP):
        call(i)
    start = time.perf_counter()
    for i in range(calls):
        call(i)
    print(json.dumps({"seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main()
