"""Code written for fetch-hive-sdk 0.4.1 runs unchanged against the reference server.

Each test is user code as 0.4.1's README and source teach it (positional construction, its
module names, `iter_sse` over a stream you opened yourself, the lazy `*_stream` generators
that raise `httpx.HTTPStatusError` from the loop, the `ainvoke_*` generators on the sync
client), with nothing adapted for this SDK.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from fetch_hive_reference.testing import RunningServer, running_server

AGENT = "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


def test_positional_construction_and_dict_results(server: RunningServer) -> None:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(server.api_key, server.base_url, 30.0)
    result = client.invoke_prompt(deployment="welcome-email", inputs={"name": "Alice"})
    assert isinstance(result, dict) and isinstance(result["response"], str)
    assert result["usage"]["total_tokens"] > 0
    run = client.invoke_workflow(deployment="market-report", inputs={"topic": "AI"})
    assert run["run_status"] == "completed"


def test_0_4_1_module_names(server: RunningServer) -> None:
    import fetch_hive_sdk
    from fetch_hive_sdk.client import FetchHive
    from fetch_hive_sdk.streaming import aiter_sse, iter_sse

    assert fetch_hive_sdk.FetchHive is FetchHive
    assert fetch_hive_sdk.iter_sse is iter_sse and fetch_hive_sdk.aiter_sse is aiter_sse


def test_iter_sse_over_a_stream_opened_with_httpx(server: RunningServer) -> None:
    from fetch_hive_sdk import iter_sse

    headers = {"Authorization": f"Bearer {server.api_key}"}
    body = {"deployment": "welcome-email", "inputs": {"name": "Alice"}, "streaming": True}
    text = ""
    with httpx.stream(
        "POST", f"{server.base_url}/prompt/invoke", headers=headers, json=body
    ) as response:
        for chunk in iter_sse(response):
            if chunk.get("type") == "response":
                text += chunk.get("response", "")
    assert "Alice" in text


def test_aiter_sse_over_an_async_stream(server: RunningServer) -> None:
    from fetch_hive_sdk import aiter_sse

    async def main() -> list[str]:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        body = {"agent": AGENT, "message": "Hi", "streaming": True}
        async with (
            httpx.AsyncClient() as client,
            client.stream(
                "POST", f"{server.base_url}/agent/invoke", headers=headers, json=body
            ) as response,
        ):
            return [chunk.get("type") async for chunk in aiter_sse(response)]

    kinds = asyncio.run(main())
    assert "response" in kinds and kinds[-1] == "usage"


def test_iter_sse_raises_http_status_error_like_0_4_1(server: RunningServer) -> None:
    from fetch_hive_sdk import iter_sse

    headers = {"Authorization": "Bearer fhk_wrong_key"}
    with (
        httpx.stream(
            "POST",
            f"{server.base_url}/prompt/invoke",
            headers=headers,
            json={"deployment": "welcome-email", "streaming": True},
        ) as response,
        pytest.raises(httpx.HTTPStatusError) as caught,
    ):
        list(iter_sse(response))
    assert caught.value.response.status_code == 401


def test_stream_generators_raise_from_the_loop(server: RunningServer) -> None:
    from fetch_hive_sdk import FetchHive

    client = FetchHive("fhk_wrong_key", server.base_url)
    chunks = client.invoke_agent_stream(agent=AGENT, message="Hello")  # nothing sent yet
    try:
        for _chunk in chunks:
            raise AssertionError("no chunk expected")
    except httpx.HTTPStatusError as error:
        assert error.response.status_code == 401
    else:
        raise AssertionError("expected httpx.HTTPStatusError")


def test_streaming_agent_as_0_4_1_documents(server: RunningServer) -> None:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(api_key=server.api_key, base_url=server.base_url)
    seen = []
    for chunk in client.invoke_agent_stream(agent=AGENT, message="Please search Q3"):
        if chunk.get("type") == "response":
            seen.append(chunk.get("response", ""))
        elif chunk.get("type") == "tool":
            seen.append(f"[Calling tool: {chunk.get('tool')}]")
        elif chunk.get("type") == "usage":
            seen.append(str(chunk["usage"]))
    assert any(part.startswith("[Calling tool:") for part in seen)


def test_async_generators_on_the_sync_client(server: RunningServer) -> None:
    from fetch_hive_sdk import FetchHive

    client = FetchHive(api_key=server.api_key, base_url=server.base_url)

    async def main() -> list[str]:
        return [
            chunk.get("type")
            async for chunk in client.ainvoke_prompt_stream(deployment="welcome-email")
        ]

    assert asyncio.run(main())[-1] == "usage"
