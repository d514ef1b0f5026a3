"""Batch runs against the reference server over real sockets, sync and async: the plan's
concurrency cap is kept, faults are retried or reported per row, rows can be skipped by id
(how a rerun resumes), and bad input is refused before anything is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _wrapper_support import Recorder, make_client, reply
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import (
    AsyncFetchHive,
    BatchResult,
    FetchHive,
    InputValidationError,
    UnprocessableEntityError,
)
from fetch_hive_sdk._batch import row_digest

ROWS = 1000


@pytest.fixture(scope="module")
def capped() -> Iterator[RunningServer]:
    """Workflow concurrency cap 3 (a Starter plan); each run takes a few milliseconds."""
    with running_server(
        stream_pace=0.0, concurrency_cap=3, workflow_seconds=0.004, history_limit=10 * ROWS
    ) as server:
        yield server


def _run(
    kind: str, server: RunningServer, *args: Any, **kwargs: Any
) -> tuple[list[BatchResult], Any]:
    """Run a batch on the sync or the async client; no retries, so a 429 would show."""
    if kind == "sync":
        client = FetchHive(server.api_key, server.base_url, max_retries=0)
        runner = client.batch(*args, **kwargs)
        return list(runner), runner

    async def main() -> tuple[list[BatchResult], Any]:
        async with AsyncFetchHive(server.api_key, server.base_url, max_retries=0) as client:
            runner = client.batch(*args, **kwargs)
            return [outcome async for outcome in runner], runner

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_thousand_rows_keep_the_plans_cap(kind: str, capped: RunningServer) -> None:
    before = len(capped.runs())
    rows = [{"topic": f"topic {i}"} for i in range(ROWS)]
    outcomes, runner = _run(kind, capped, "workflow", "market-report", rows, plan="starter")
    assert runner.concurrency == 3
    assert len(outcomes) == ROWS and all(o.ok for o in outcomes), [
        o.error_code for o in outcomes if not o.ok
    ][:3]
    assert sorted(o.index for o in outcomes) == list(range(ROWS))
    assert all(o.retries_taken == 0 for o in outcomes)  # never a 429 to retry
    assert all(o.result["run_status"] == "completed" for o in outcomes)
    assert {o.row_id for o in outcomes} == {row_digest(row) for row in rows}
    assert len(capped.runs()) - before == ROWS  # each row ran once
    assert runner.summary.done == ROWS and runner.summary.failed == 0


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_going_past_the_cap_is_refused_by_the_server(kind: str, capped: RunningServer) -> None:
    # The control: the cap is real, so keeping it above is what the batch does.
    rows = [{"topic": f"t{i}"} for i in range(60)]
    outcomes, runner = _run(kind, capped, "workflow", "market-report", rows, concurrency=12)
    refused = [o for o in outcomes if not o.ok]
    assert refused and all(o.error_code == "too_many_requests" for o in refused)
    assert runner.summary.failures["too_many_requests"] == len(refused)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0.0) as running:
        yield running


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_faults_are_retried_or_reported_per_row(kind: str, server: RunningServer) -> None:
    def fault(text: str) -> dict[str, Any]:
        return {"extra_headers": {"X-Reference-Fault": text}}

    rows = [
        {"inputs": {"n": 0}},
        {"inputs": {"n": 1}, **fault(f"flaky; times=1; status=503; key={kind}-retried")},
        {"inputs": {"n": 2}, **fault("flaky; times=5; status=500; key=" + kind + "-failed")},
        {"inputs": {"n": 3}, "metadata": {"nested": {"not": "flat"}}},
        {"inputs": {"n": 4}, **fault("daily_cap")},
    ]
    outcomes, runner = _run_with_retries(kind, server, rows)
    by_row = {o.index: o for o in outcomes}
    assert by_row[0].ok and by_row[0].retries_taken == 0
    assert by_row[1].ok and by_row[1].retries_taken == 1  # 503: the run did not start
    assert by_row[2].error_code == "internal_server_error" and by_row[2].retries_taken == 0
    assert isinstance(by_row[3].error, InputValidationError)  # nothing sent for it
    assert by_row[4].error_code == "api_rate_limit_exceeded"
    assert runner.summary.done == 2 and runner.summary.failed == 3
    assert sum(runner.summary.failures.values()) == 3


def _run_with_retries(
    kind: str, server: RunningServer, rows: list[Any]
) -> tuple[list[BatchResult], Any]:
    if kind == "sync":
        client = FetchHive(server.api_key, server.base_url)
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        runner = client.batch("workflow", "market-report", rows, arguments=True)
        return list(runner), runner

    async def main() -> tuple[list[BatchResult], Any]:
        async with AsyncFetchHive(server.api_key, server.base_url) as client:

            async def no_wait(seconds: float) -> None:
                return None

            client._sleep = no_wait  # type: ignore[method-assign]
            runner = client.batch("workflow", "market-report", rows, arguments=True)
            return [outcome async for outcome in runner], runner

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_skipped_rows_are_not_run(kind: str, server: RunningServer) -> None:
    rows = [{"name": f"n{i}", "id": f"row-{i}"} for i in range(10)]
    before = len(server.runs())
    outcomes, runner = _run(
        kind, server, "prompt", "welcome-email", rows, id_field="id", skip={"row-2", "row-7"}
    )
    assert sorted(o.row_id for o in outcomes) == sorted(
        f"row-{i}" for i in range(10) if i not in (2, 7)
    )
    assert runner.summary.skipped == 2 and len(server.runs()) - before == 8
    # The id field identifies the row; it is not sent as an input.
    assert all("id" not in o.result["response"] for o in outcomes)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_agent_rows_are_messages_or_arguments(kind: str, server: RunningServer) -> None:
    agent = "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"
    rows = ["Hello", {"message": "Hi there", "thread_id": "batch-thread"}]
    outcomes, runner = _run(kind, server, "agent", agent, rows)
    assert all(o.ok for o in outcomes) and runner.summary.tokens > 0
    assert {o.result["thread_id"] for o in outcomes if "thread_id" in o.result} >= {"batch-thread"}


def test_identical_rows_run_once_each_with_distinct_ids() -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client("sync", recorder)
    outcomes = list(client.batch("prompt", "p", [{"a": 1}, {"a": 1}, {"a": 2}]))  # type: ignore[union-attr]
    ids = sorted(o.row_id for o in outcomes)
    assert len(set(ids)) == 3 and len(recorder.requests) == 3
    assert f"{row_digest({'a': 1})}#2" in ids


BAD_BATCHES: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("unknown kind", ("chat", "x", []), {}, "kind"),
    ("no name", ("prompt", None, []), {}, "name"),
    ("zero concurrency", ("prompt", "p", []), {"concurrency": 0}, "concurrency"),
    ("enterprise plan", ("prompt", "p", []), {"plan": "enterprise"}, "plan"),
    ("streaming", ("prompt", "p", []), {"streaming": True}, "streaming"),
    ("arguments flag", ("prompt", "p", []), {"arguments": "yes"}, "arguments"),
]


@pytest.mark.parametrize(
    ("args", "kwargs", "argument"), [b[1:] for b in BAD_BATCHES], ids=[b[0] for b in BAD_BATCHES]
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bad_batches_are_refused_before_sending(
    kind: str, args: tuple[Any, ...], kwargs: dict[str, Any], argument: str
) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        client.batch(*args, **kwargs)
    assert caught.value.argument == argument and recorder.requests == []


def test_rows_of_the_wrong_shape_are_failures_of_their_row() -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client("sync", recorder)
    outcomes = sorted(
        client.batch("prompt", "p", [{"a": 1}, ["not", "a", "dict"], 5]), key=lambda o: o.index
    )  # type: ignore[union-attr]
    assert [o.ok for o in outcomes] == [True, False, False]
    assert all(isinstance(o.error, InputValidationError) for o in outcomes[1:])
    assert len(recorder.requests) == 1


def test_a_service_error_becomes_a_json_line() -> None:
    recorder = Recorder(
        [reply(422, {"error": "Unknown deployment", "error_code": "validation_error"})]
    )
    client = make_client("sync", recorder, max_retries=0)
    (outcome,) = list(client.batch("prompt", "p", [{"a": 1}]))  # type: ignore[union-attr]
    assert isinstance(outcome.error, UnprocessableEntityError)
    line = outcome.to_json()
    assert line["status"] == "error" and line["result"] is None
    assert line["error"] == {
        "type": "UnprocessableEntityError",
        "error_code": "validation_error",
        "status_code": 422,
        "message": outcome.error.message,
    }
    assert isinstance(httpx.Response(200, json=line).json(), dict)  # JSON all the way
