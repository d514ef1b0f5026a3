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


def test_async_options_in_the_published_shape_and_0_4_1s(server: RunningServer) -> None:
    # 0.4.1 passes `async_options` through as the body's `async` object. The published
    # spec's `{callback_url, allow_background}` lets a delegated workflow run in the
    # background (its result comes signed to the callback URL); 0.4.1's `{enabled: True,
    # callback_url}` runs the whole answer asynchronously (`agent.completed`).
    import json

    from fetch_hive_reference.testing import callback_receiver
    from fetch_hive_sdk import FetchHive
    from fetch_hive_sdk.webhooks import verify_signature

    client = FetchHive(server.api_key, server.base_url)
    secret = server.webhook_secret("agent", "ops")
    with callback_receiver() as receiver:
        answer = client.invoke_agent(
            agent="ops",
            message="Please run the market-report workflow",
            thread_id="thread-published",
            async_options={"callback_url": receiver.url, "allow_background": True},
        )
        [pending] = answer["pending_delegations"]
        [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "agent.delegation.completed"
    assert event["data"]["delegation"]["id"] == pending["id"]
    verify_signature(callback.body, callback.headers["X-Fetch-Hive-Signature"], secret)

    with callback_receiver() as receiver:
        accepted = client.invoke_agent(
            agent="ops",
            message="Hello",
            async_options={"enabled": True, "callback_url": receiver.url},
        )
        assert accepted["run_status"] == "running"
        [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "agent.completed"
    assert event["request_id"] == accepted["request_id"]
    verify_signature(callback.body, callback.headers["X-Fetch-Hive-Signature"], secret)


def test_0_4_1_error_handling_keeps_catching_what_it_caught(server: RunningServer) -> None:
    # 0.4.1 lets httpx's errors through and raises ValueError without a key: code that
    # catches those catches this SDK's typed errors too.
    import socket

    from fetch_hive_sdk import FetchHive

    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    client = FetchHive("fhk_any", f"http://127.0.0.1:{closed_port}/v1", max_retries=0)
    for expected in (httpx.TransportError, httpx.RequestError, httpx.HTTPError):
        try:
            client.invoke_prompt(deployment="welcome-email")
        except expected as error:
            assert f"127.0.0.1:{closed_port}" in str(error)
        else:
            raise AssertionError(f"expected {expected.__name__}")

    slow = FetchHive(
        server.api_key,
        server.base_url,
        0.2,
        max_retries=0,
        default_headers={"X-Reference-Fault": "slow_first_byte; seconds=5"},
    )
    with pytest.raises(httpx.TimeoutException):
        slow.invoke_prompt(deployment="welcome-email")

    import os

    saved = os.environ.pop("FETCH_HIVE_API_KEY", None)
    try:
        with pytest.raises(ValueError, match="API key"):
            FetchHive(base_url=server.base_url).invoke_prompt(deployment="welcome-email")
    finally:
        if saved is not None:
            os.environ["FETCH_HIVE_API_KEY"] = saved
