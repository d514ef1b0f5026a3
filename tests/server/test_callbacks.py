"""Callback delivery over real HTTP, signatures, retries, webhook triggers, loopback only."""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx
import pytest
from fetch_hive_reference import SIGNATURE_HEADER, webhook_secret
from fetch_hive_reference.callbacks import host_allowed
from fetch_hive_reference.testing import RunningServer, callback_receiver, running_server


def _verify(secret: str, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def test_workflow_callback_is_signed_and_delivered(
    client: httpx.Client, server: RunningServer
) -> None:
    with callback_receiver() as receiver:
        started = client.post(
            "/workflow/invoke",
            json={
                "deployment": "market-report",
                "inputs": {"topic": "AI"},
                "async": {"enabled": True, "callback_url": receiver.url},
            },
        )
        assert started.status_code == 200
        answer = started.json()
        assert answer["run_status"] == "running"
        assert answer["webhook_secret"] == server.webhook_secret("workflow", "market-report")
        [callback] = receiver.wait_for(1)
    assert callback.headers["Content-Type"] == "application/json"
    assert _verify(answer["webhook_secret"], callback.body, callback.headers[SIGNATURE_HEADER])
    event = json.loads(callback.body)
    assert event["event_type"] == "workflow.completed"
    assert event["request_id"] == answer["request_id"]
    assert event["data"]["run_status"] == "completed" and "AI" in event["data"]["output"]
    [delivery] = server.wait_for_deliveries(1, request_id=answer["request_id"])
    assert delivery.delivered and delivery.body == callback.body


def test_secrets_are_stable_per_deployment(client: httpx.Client) -> None:
    def secret(name: str) -> str:
        body = {
            "deployment": name,
            "async": {"enabled": True, "callback_url": "http://127.0.0.1:9/"},
        }
        value: str = client.post("/workflow/invoke", json=body).json()["webhook_secret"]
        return value

    assert secret("a") == secret("a") != secret("b")
    assert secret("a").startswith("whsec_")
    assert webhook_secret("seed", "workflow", "a") != webhook_secret("other", "workflow", "a")


def test_failed_workflows_deliver_workflow_failed(client: httpx.Client) -> None:
    with callback_receiver() as receiver:
        client.post(
            "/workflow/invoke",
            json={
                "deployment": "fail-will",
                "async": {"enabled": True, "callback_url": receiver.url},
            },
        )
        [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "workflow.failed"
    assert event["data"]["run_status"] == "failed" and event["data"]["error"]


def test_a_non_2xx_answer_is_retried_with_backoff(
    client: httpx.Client, server: RunningServer
) -> None:
    with callback_receiver(statuses=[500, 503]) as receiver:
        started = client.post(
            "/workflow/invoke",
            json={
                "deployment": "retry-me",
                "async": {"enabled": True, "callback_url": receiver.url},
            },
        ).json()
        [delivery] = server.wait_for_deliveries(1, request_id=started["request_id"])
        received = receiver.received
    assert [c.status for c in received] == [500, 503, 200]
    assert len({c.body for c in received}) == 1  # the same signed bytes every time
    assert delivery.delivered and delivery.attempts == 3 and delivery.statuses == [500, 503, 200]


def test_delivery_gives_up_after_the_configured_attempts() -> None:
    with (
        running_server(stream_pace=0, callback_attempts=2, callback_backoff=0) as server,
        callback_receiver(statuses=[500] * 5) as receiver,
    ):
        headers = {"Authorization": f"Bearer {server.api_key}"}
        httpx.post(
            server.base_url + "/workflow/invoke",
            json={"deployment": "w", "async": {"enabled": True, "callback_url": receiver.url}},
            headers=headers,
        )
        [delivery] = server.wait_for_deliveries(1)
        assert delivery.outcome == "failed" and delivery.attempts == 2
        assert len(receiver.received) == 2


def test_callbacks_to_other_hosts_are_recorded_but_never_sent(
    client: httpx.Client, server: RunningServer
) -> None:
    started = client.post(
        "/workflow/invoke",
        json={
            "deployment": "w",
            "async": {"enabled": True, "callback_url": "https://example.com/fetch-hive/callback"},
        },
    ).json()
    [delivery] = server.wait_for_deliveries(1, request_id=started["request_id"])
    assert delivery.outcome == "refused" and delivery.attempts == 0


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8000/cb", True),
        ("http://127.9.9.9/cb", True),
        ("http://localhost/cb", True),
        ("http://[::1]:80/cb", True),
        ("https://example.com/cb", False),
        ("http://10.0.0.1/cb", False),
        ("ftp://127.0.0.1/cb", False),
        ("http://127.0.0.1:99999/cb", False),
        ("mailto:a@127.0.0.1", False),
    ],
)
def test_only_loopback_hosts_are_called(url: str, allowed: bool) -> None:
    assert host_allowed(url) is allowed


def test_the_allow_list_opens_more_hosts() -> None:
    assert host_allowed("http://10.1.2.3/cb", ["10.0.0.0/8"])
    assert host_allowed("http://hooks.internal/cb", ["hooks.internal"])


def test_agent_invoke_with_async_delivers_agent_completed(
    client: httpx.Client, server: RunningServer
) -> None:
    with callback_receiver() as receiver:
        answer = client.post(
            "/agent/invoke",
            json={
                "agent": "helper",
                "message": "hello",
                "async": {"enabled": True, "callback_url": receiver.url},
            },
        ).json()
        [callback] = receiver.wait_for(1)
    assert answer["run_status"] == "running"
    event = json.loads(callback.body)
    assert event["event_type"] == "agent.completed" and "hello" in event["data"]["response"]
    assert _verify(answer["webhook_secret"], callback.body, callback.headers[SIGNATURE_HEADER])


@pytest.mark.parametrize("by", ["header", "query"])
def test_workflow_trigger_accepts_the_secret_by_header_or_query(
    server: RunningServer, by: str
) -> None:
    secret = server.webhook_secret("workflow", "nightly")
    url = server.base_url + "/workflow/webhooks/nightly/variants/v1"
    with callback_receiver() as receiver:
        body = {"inputs": {"day": "mon"}, "async": {"callback_url": receiver.url}}
        if by == "header":
            response = httpx.post(url, json=body, headers={"X-Fetch-Hive-Webhook-Secret": secret})
        else:
            response = httpx.post(url, json=body, params={"secret": secret})
        assert response.status_code == 202
        assert response.json()["run_status"] == "running"
        assert "webhook_secret" not in response.json()
        [callback] = receiver.wait_for(1)
    assert json.loads(callback.body)["event_type"] == "workflow.completed"
    assert _verify(secret, callback.body, callback.headers[SIGNATURE_HEADER])


@pytest.mark.parametrize(
    ("path", "kind", "name", "body"),
    [
        ("/workflow/webhooks/nightly/variants/v1", "workflow", "nightly", {}),
        ("/prompt/webhooks/greeter/variants/v1", "prompt", "greeter", {}),
        ("/agent/webhooks/crm-agent", "agent", "crm-agent", {"message": "New lead"}),
    ],
)
def test_triggers_refuse_a_missing_or_foreign_secret(
    server: RunningServer, path: str, kind: str, name: str, body: dict[str, str]
) -> None:
    payload = {**body, "async": {"callback_url": "http://127.0.0.1:9/"}}
    url = server.base_url + path
    foreign = server.webhook_secret(kind, name + "-other")
    api_key = {"Authorization": f"Bearer {server.api_key}"}
    for headers in ({}, {"X-Fetch-Hive-Webhook-Secret": foreign}, api_key):
        response = httpx.post(url, json=payload, headers=headers)
        assert response.status_code == 401, headers.keys()
        assert set(response.json()) == {"error", "message", "error_code"}
    good = httpx.post(
        url,
        json=payload,
        headers={"X-Fetch-Hive-Webhook-Secret": server.webhook_secret(kind, name)},
    )
    assert good.status_code == 202


def test_agent_and_prompt_triggers_deliver_their_events(server: RunningServer) -> None:
    with callback_receiver() as receiver:
        httpx.post(
            server.base_url + "/agent/webhooks/crm-agent",
            json={
                "message": "A new lead",
                "thread_id": "lead-1",
                "async": {"callback_url": receiver.url},
            },
            params={"secret": server.webhook_secret("agent", "crm-agent")},
        )
        httpx.post(
            server.base_url + "/prompt/webhooks/greeter/variants/v1",
            json={"inputs": {"name": "Ann"}, "async": {"callback_url": receiver.url}},
            params={"secret": server.webhook_secret("prompt", "greeter")},
        )
        callbacks = receiver.wait_for(2)
    events = {json.loads(c.body)["event_type"]: json.loads(c.body) for c in callbacks}
    assert "A new lead" in events["agent.completed"]["data"]["response"]
    assert "Ann" in events["prompt.completed"]["data"]["response"]


def test_agent_failures_deliver_agent_failed(server: RunningServer) -> None:
    with callback_receiver() as receiver:
        httpx.post(
            server.base_url + "/agent/webhooks/fail-agent",
            json={"message": "x", "async": {"callback_url": receiver.url}},
            headers={"X-Fetch-Hive-Webhook-Secret": server.webhook_secret("agent", "fail-agent")},
        )
        [callback] = receiver.wait_for(1)
    event = json.loads(callback.body)
    assert event["event_type"] == "agent.failed" and event["data"]["error"]


def test_shutdown_cancels_pending_deliveries() -> None:
    with callback_receiver(statuses=[500] * 10) as receiver:
        with running_server(stream_pace=0, callback_attempts=10, callback_backoff=30) as server:
            httpx.post(
                server.base_url + "/workflow/invoke",
                json={"deployment": "w", "async": {"enabled": True, "callback_url": receiver.url}},
                headers={"Authorization": f"Bearer {server.api_key}"},
            )
            receiver.wait_for(1)
        # The server stopped promptly although the next attempt was 30 s away.
        [delivery] = server.deliveries()
        assert delivery.outcome == "cancelled"
        assert server.state.pending_tasks == 0


def test_a_workflow_trigger_body_without_inputs_carries_them_at_the_top_level(
    server: RunningServer,
) -> None:
    secret = server.webhook_secret("workflow", "intake")
    url = server.base_url + "/workflow/webhooks/intake/variants/v1"
    with callback_receiver() as receiver:
        response = httpx.post(
            url,
            json={
                "topic": "AI",
                "lead": {"name": "ACME"},
                "metadata": {"source": "crm"},
                "async": {"enabled": True, "callback_url": receiver.url},
            },
            headers={"X-Fetch-Hive-Webhook-Secret": secret},
        )
        assert response.status_code == 202, response.text
        [callback] = receiver.wait_for(1)
    output = json.loads(callback.body)["data"]["output"]
    assert 'topic = AI, lead = {"name":"ACME"}' in output
    assert "metadata" not in output and "async" not in output
    record = server.get_run(response.json()["request_id"])
    assert record is not None and record.metadata == {"source": "crm"}


def test_an_inputs_object_wins_and_other_fields_are_not_inputs(server: RunningServer) -> None:
    secret = server.webhook_secret("workflow", "intake")
    with callback_receiver() as receiver:
        httpx.post(
            server.base_url + "/workflow/webhooks/intake/variants/v1",
            json={"inputs": {"day": "mon"}, "extra": 1, "async": {"callback_url": receiver.url}},
            params={"secret": secret},
        )
        [callback] = receiver.wait_for(1)
    output = json.loads(callback.body)["data"]["output"]
    assert "day = mon" in output and "extra" not in output


def test_trigger_async_enabled_true_is_accepted_and_false_refused(server: RunningServer) -> None:
    secret = {"X-Fetch-Hive-Webhook-Secret": server.webhook_secret("prompt", "greeter")}
    url = server.base_url + "/prompt/webhooks/greeter/variants/v1"
    callback = "http://127.0.0.1:9/"
    accepted = httpx.post(
        url, json={"async": {"enabled": True, "callback_url": callback}}, headers=secret
    )
    assert accepted.status_code == 202
    refused = httpx.post(
        url, json={"async": {"enabled": False, "callback_url": callback}}, headers=secret
    )
    assert refused.status_code == 422
    assert refused.json()["error_code"] == "validation_error"
