"""Callback delivery end to end over real sockets: reference server -> local receiver.

The workflow runs with callback delivery; the receiver verifies the signed event with the
`webhook_secret` the invoke returned; the output equals the direct-mode output; forged and
replayed deliveries are refused; the same through a webhook trigger; `wait_for_run` sees
the run complete.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import AsyncFetchHive, FetchHive
from fetch_hive_sdk.webhooks import WorkflowCompletedEvent, sign

from tests.e2e._receiver import Receiver, running_receiver

INPUTS = {"topic": "enterprise AI", "companies": [{"name": "Fetch Hive"}]}


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0, callback_backoff=0.05) as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> Iterator[FetchHive]:
    with FetchHive(api_key=server.api_key, base_url=server.base_url) as fetch_hive:
        yield fetch_hive


def test_callback_is_verified_and_matches_direct_delivery(
    client: FetchHive, receiver: Receiver
) -> None:
    run = client.invoke_workflow(
        deployment="market-report", variant="v1", inputs=INPUTS,
        async_mode=True, callback_url=receiver.url, metadata={"customer_id": "cus_1"},
    )  # fmt: skip
    assert run["run_status"] in {"running", "queued"}
    assert run["webhook_secret"]
    receiver.secrets.append(run["webhook_secret"])

    event = receiver.next_event()
    assert isinstance(event, WorkflowCompletedEvent)
    assert event.request_id == run["request_id"]

    direct = client.invoke_workflow(deployment="market-report", variant="v1", inputs=INPUTS)
    assert direct["run_status"] == "completed"
    assert event["data"]["output"] == direct["output"]


def test_forged_and_replayed_deliveries_are_refused(client: FetchHive, receiver: Receiver) -> None:
    run = client.invoke_workflow(
        deployment="market-report", inputs=INPUTS, async_mode=True, callback_url=receiver.url
    )
    receiver.secrets.append(run["webhook_secret"])
    receiver.next_event()
    body, headers = receiver.raw[-1]

    forged_body = body.replace(b"completed", b"failed")
    forged = httpx.post(
        receiver.url, content=forged_body,
        headers={"X-Fetch-Hive-Signature": sign(forged_body, "whsec_attacker_guess")},
    )  # fmt: skip
    tampered = httpx.post(receiver.url, content=forged_body, headers=dict((k.decode(), v.decode()) for k, v in headers if k.lower() == b"x-fetch-hive-signature"))  # fmt: skip
    replayed = httpx.post(receiver.url, content=body, headers={k.decode(): v.decode() for k, v in headers if k.lower() == b"x-fetch-hive-signature"})  # fmt: skip

    assert forged.status_code == 400 and tampered.status_code == 400
    assert (replayed.status_code, replayed.json()["duplicate"]) == (200, True)
    assert receiver.events.empty()  # nothing forged or replayed was handed over


def test_webhook_trigger_without_api_key(
    server: RunningServer, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FETCH_HIVE_API_KEY", raising=False)
    secret = server.webhook_secret("workflow", "market-report")
    receiver.secrets.append(secret)
    with FetchHive(base_url=server.base_url) as keyless:
        accepted = keyless.trigger_workflow_webhook(
            "market-report", "v1", webhook_secret=secret, inputs=INPUTS, callback_url=receiver.url
        )
        assert accepted["run_status"] in {"running", "queued"}
        event = receiver.next_event()
        assert isinstance(event, WorkflowCompletedEvent) and event.request_id == accepted.request_id

    with FetchHive(api_key=server.api_key, base_url=server.base_url) as client:
        direct = client.invoke_workflow(deployment="market-report", variant="v1", inputs=INPUTS)
    assert event["data"]["output"] == direct["output"]


def test_webhook_trigger_with_a_wrong_secret_is_refused(
    server: RunningServer, receiver: Receiver
) -> None:
    from fetch_hive_sdk import AuthenticationError

    with (
        FetchHive(api_key=None, base_url=server.base_url) as keyless,
        pytest.raises(AuthenticationError),
    ):
        keyless.trigger_workflow_webhook(
            "market-report", "v1", webhook_secret="whsec_wrong", callback_url=receiver.url
        )


def test_agent_trigger_delivers_agent_completed(server: RunningServer, receiver: Receiver) -> None:
    secret = server.webhook_secret("agent", "agent-7")
    receiver.secrets.append(secret)
    with FetchHive(base_url=server.base_url, api_key=server.api_key) as client:
        accepted = client.trigger_agent_webhook(
            "agent-7", webhook_secret=secret, message="New lead: ACME", callback_url=receiver.url
        )
        event = receiver.next_event()
    assert event.event_type == "agent.completed" and event.request_id == accepted.request_id
    assert "ACME" in event["data"]["response"]


def test_wait_for_run_sees_the_run_complete(client: FetchHive, receiver: Receiver) -> None:
    run = client.invoke_workflow(
        deployment="market-report", inputs=INPUTS, async_mode=True, callback_url=receiver.url
    )
    record = client.wait_for_run(run["request_id"], timeout=15, poll_interval=0.05)
    assert record["status"] == "completed"
    assert record["request_id"] == run["request_id"]


@pytest.mark.anyio
async def test_async_client_callback_and_wait(server: RunningServer, receiver: Receiver) -> None:
    async with AsyncFetchHive(api_key=server.api_key, base_url=server.base_url) as client:
        run = await client.invoke_workflow(
            deployment="market-report", inputs=INPUTS, async_mode=True, callback_url=receiver.url
        )
        receiver.secrets.append(run["webhook_secret"])
        record = await client.wait_for_run(run["request_id"], timeout=15, poll_interval=0.05)
    assert record["status"] == "completed"
    assert receiver.next_event().request_id == run["request_id"]
