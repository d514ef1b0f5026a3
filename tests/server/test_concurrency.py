"""The plan's workflow concurrency cap: 429 in direct mode, `queued` in callback mode."""

from __future__ import annotations

import json
import threading

import httpx
from fetch_hive_reference.testing import callback_receiver, running_server


def test_over_the_cap_direct_gets_429_and_callback_mode_is_queued() -> None:
    with (
        running_server(stream_pace=0, concurrency_cap=1, workflow_seconds=1.0) as server,
        callback_receiver() as receiver,
        httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
        ) as client,
    ):
        callback = {"enabled": True, "callback_url": receiver.url}
        first = client.post("/workflow/invoke", json={"deployment": "w1", "async": callback}).json()
        assert first["run_status"] == "running"

        direct = client.post("/workflow/invoke", json={"deployment": "w2"})
        assert direct.status_code == 429
        # The documented text, and no Retry-After: the docs document none for this 429.
        documented = "You've reached your concurrency limit. Try again later or use async mode."
        assert direct.json()["error"] == documented
        assert "Retry-After" not in direct.headers
        assert direct.json()["error_code"] == "too_many_requests"

        second = client.post(
            "/workflow/invoke", json={"deployment": "w3", "async": callback}
        ).json()
        assert second["run_status"] == "queued"
        assert client.get(f"/public/requests/{second['request_id']}").json()["status"] == "queued"

        events = receiver.wait_for(2, timeout=20)
        delivered = {json.loads(event.body)["request_id"] for event in events}
        assert delivered == {first["request_id"], second["request_id"]}
        assert (
            client.get(f"/public/requests/{second['request_id']}").json()["status"] == "completed"
        )
        assert server.state.peak_workflows == 1


def test_the_plan_sets_the_cap() -> None:
    with running_server(stream_pace=0, plan="lite") as lite, running_server(plan="pro") as pro:
        assert (lite.settings.workflow_cap, pro.settings.workflow_cap) == (1, 5)


def test_parallel_direct_runs_up_to_the_cap_succeed() -> None:
    with running_server(stream_pace=0, concurrency_cap=2, workflow_seconds=0.5) as server:
        statuses: list[int] = []

        def run(name: str) -> None:
            response = httpx.post(
                server.base_url + "/workflow/invoke",
                json={"deployment": name},
                headers={"Authorization": f"Bearer {server.api_key}"},
                timeout=10,
            )
            statuses.append(response.status_code)

        threads = [threading.Thread(target=run, args=(f"w{i}",)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [200, 200]
        assert server.state.active_workflows == 0
