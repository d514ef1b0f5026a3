"""The plan's workflow concurrency cap: 429 in direct mode, `queued` in callback mode."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable

import httpx
from fetch_hive_reference.state import ServerState
from fetch_hive_reference.testing import RunningServer, callback_receiver, running_server


def _on_the_loop(server: RunningServer, change: Callable[[ServerState], object]) -> object:
    """Runs `change` on the server's event loop, where its state lives."""

    async def run() -> object:
        return change(server.state)

    assert server.state.loop is not None
    return asyncio.run_coroutine_threadsafe(run(), server.state.loop).result(10)


def test_over_the_cap_direct_gets_429_and_callback_mode_is_queued() -> None:
    # The test holds the only slot itself (as a long run would) and frees it when it chooses:
    # no run's duration decides what the test sees.
    with (
        running_server(stream_pace=0, concurrency_cap=1) as server,
        callback_receiver() as receiver,
        httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
        ) as client,
    ):
        assert _on_the_loop(server, lambda state: state.try_acquire_workflow_slot()) is True
        callback = {"enabled": True, "callback_url": receiver.url}

        direct = client.post("/workflow/invoke", json={"deployment": "w2"})
        assert direct.status_code == 429
        # The documented text, and no Retry-After: the docs document none for this 429.
        documented = "You've reached your concurrency limit. Try again later or use async mode."
        assert direct.json()["error"] == documented
        assert "Retry-After" not in direct.headers
        assert direct.json()["error_code"] == "too_many_requests"

        queued = client.post("/workflow/invoke", json={"deployment": "w3", "async": callback})
        assert queued.json()["run_status"] == "queued"
        request_id = queued.json()["request_id"]
        assert client.get(f"/public/requests/{request_id}").json()["status"] == "queued"
        assert receiver.received == []

        _on_the_loop(server, lambda state: state.release_workflow_slot())
        (event,) = receiver.wait_for(1, timeout=20)
        assert json.loads(event.body)["request_id"] == request_id
        assert client.get(f"/public/requests/{request_id}").json()["status"] == "completed"
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
