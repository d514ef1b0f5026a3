"""Runs fetch-hive-sdk 0.4.1 (the official client) against a server; prints what it got as JSON.

Started by test_official_sdk.py in a subprocess with PYTHONPATH set to the vendored 0.4.1, so
that `fetch_hive_sdk` here is that package and not this repository's wrapper.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

# Drop this repository's source folders (added by the editable install) from the path.
sys.path = [
    entry for entry in sys.path if not entry.rstrip("/").endswith(("/wrapper", "/generated"))
]

import fetch_hive_sdk  # noqa: E402
from fetch_hive_sdk import FetchHive  # noqa: E402


async def collect(stream: Any) -> list[dict[str, Any]]:
    return [event async for event in stream]


def main() -> None:
    base_url, callback_url = sys.argv[1], sys.argv[2]
    client = FetchHive(base_url=base_url)  # the key comes from FETCH_HIVE_API_KEY
    metadata = {"customer_id": "cus_123", "plan": "enterprise", "trial": False, "n": 12, "r": None}
    out: dict[str, Any] = {"sdk_file": fetch_hive_sdk.__file__}
    out["prompt"] = client.invoke_prompt(
        deployment="reasoning-welcome", variant="v2", inputs={"name": "Alice"}, metadata=metadata
    )
    out["prompt_stream"] = list(
        client.invoke_prompt_stream(
            deployment="reasoning-welcome", variant="v2", inputs={"name": "Alice"}
        )
    )
    out["prompt_astream"] = asyncio.run(
        collect(client.ainvoke_prompt_stream(deployment="welcome-email", inputs={"name": "Bob"}))
    )
    out["workflow"] = client.invoke_workflow(
        deployment="market-report", variant="v1", inputs={"topic": "AI"}, metadata=metadata
    )
    out["workflow_callback"] = client.invoke_workflow(
        deployment="market-report",
        variant="v1",
        inputs={"topic": "AI"},
        async_mode=True,
        callback_url=callback_url,
        tool_approval="policy",
    )
    out["agent"] = client.invoke_agent(
        agent="8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71",
        message="What changed in Q3? search please",
        thread_id="thread-official",
        image_urls=["https://files.example.com/chart.png"],
        known_artifact_refs=["0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"],
        artifact_refs=["0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"],
        tool_approval="auto_approve",
        metadata=metadata,
    )
    out["agent_stream"] = list(
        client.invoke_agent_stream(
            agent="8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71",
            message="And in Q4?",
            thread_id="thread-official",
            messages=[{"role": "user", "content": "How did Q3 go?"}],
            attachments=["https://files.example.com/q3.pdf"],
        )
    )
    out["agent_astream"] = asyncio.run(
        collect(client.ainvoke_agent_stream(agent="helper", message="Search the news?"))
    )
    out["agent_callback"] = client.invoke_agent(
        agent="helper",
        message="Summarise later",
        async_options={"enabled": True, "callback_url": callback_url},
    )
    out["request"] = client.get_request(out["workflow"]["request_id"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
