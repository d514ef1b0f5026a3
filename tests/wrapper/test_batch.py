"""Batch runs against the reference server over real sockets, sync and async: the plan's
concurrency cap is kept, faults are retried or reported per row, rows can be skipped by id
(how a rerun resumes), and bad input is refused before anything is sent."""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import types
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
    _batch,
)
from fetch_hive_sdk._batch import RowIds, row_digest

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


# Row ids are unique: a resume skips rows by id, so two rows sharing one would lose one.

DUPLICATE_IDS: list[tuple[str, list[Any], str, str]] = [
    ("the same id", [{"id": "a", "n": 1}, {"id": "b"}, {"id": "a", "n": 2}], "row index 2", "row index 0"),
    ("1 and '1'", [{"id": "x"}, {"id": 1}, {"id": "1"}], "row index 2", "row index 1"),
    ("far apart", [{"id": f"r{i}"} for i in range(50)] + [{"id": "r7"}], "row index 50", "row index 7"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "second", "first"), [d[1:] for d in DUPLICATE_IDS], ids=[d[0] for d in DUPLICATE_IDS]
)
@pytest.mark.parametrize("given_as", ["list", "generator"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_rows_sharing_an_id_are_refused_before_the_first_call(
    kind: str, given_as: str, rows: list[Any], second: str, first: str
) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client(kind, recorder)
    given = rows if given_as == "list" else (row for row in rows)
    with pytest.raises(InputValidationError) as caught:
        client.batch("prompt", "p", given, id_field="id")
    message = caught.value.message
    assert message.startswith(f"{second}: the id ") and f"also the id of {first}" in message
    assert caught.value.argument == "rows" and recorder.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_resume_never_skips_a_row_for_another(kind: str) -> None:
    """Before: with row "a" done, a resume skipped the second "a" too and ended quietly."""
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError, match="row index 1: the id 'a'"):
        client.batch(
            "prompt", "p", [{"id": "a", "n": 1}, {"id": "a", "n": 2}], id_field="id", skip={"a"}
        )
    assert recorder.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_rows_without_their_id_field_keep_an_id_each(kind: str) -> None:
    """Identical rows that lack the id field are still two rows: two ids, two outcomes."""
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    rows = [{"id": "a"}, {"name": "x"}, {"name": "x"}, {"id": "b"}]
    outcomes = _collect(kind, make_client(kind, recorder), [], "prompt", "p", rows, id_field="id")
    ids = {o.index: o.row_id for o in outcomes}
    assert sorted(ids) == [0, 1, 2, 3] and len(set(ids.values())) == 4
    assert ids[2] == f"{ids[1]}#2"
    assert [o.ok for o in sorted(outcomes, key=lambda o: o.index)] == [True, False, False, True]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_generator_of_rows_with_ids_runs_every_row(kind: str) -> None:
    """With id_field, an iterator is read (into a list) to check the ids: it still runs."""
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    rows = ({"id": f"r{i}", "name": str(i)} for i in range(7))
    outcomes = _collect(kind, make_client(kind, recorder), [], "prompt", "p", rows, id_field="id")
    assert sorted(o.row_id for o in outcomes) == [f"r{i}" for i in range(7)]
    assert len(recorder.requests) == 7


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_rows_that_are_not_iterable_are_refused(kind: str) -> None:
    client = make_client(kind, Recorder([reply(200, {})]))
    with pytest.raises(InputValidationError, match="rows: must be an iterable of rows, got int"):
        client.batch("prompt", "p", 5)  # type: ignore[arg-type]


BAD_BATCHES: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("unknown kind", ("chat", "x", []), {}, "kind"),
    ("no name", ("prompt", None, []), {}, "name"),
    ("zero concurrency", ("prompt", "p", []), {"concurrency": 0}, "concurrency"),
    ("enterprise plan", ("prompt", "p", []), {"plan": "enterprise"}, "plan"),
    ("streaming", ("prompt", "p", []), {"streaming": True}, "streaming"),
    ("arguments flag", ("prompt", "p", []), {"arguments": "yes"}, "arguments"),
    ("unknown default", ("prompt", "p", []), {"colour": "red"}, "colour"),
    ("a workflow's default", ("prompt", "p", []), {"callback_url": "https://x"}, "callback_url"),
    ("misspelt option", ("agent", "a", []), {"timout": 5}, "timout"),
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


# Rows that cannot become a call are failures of their row; the calls in flight are never lost.


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_row_without_its_id_field_is_a_failure_of_its_row(
    kind: str, server: RunningServer
) -> None:
    rows = [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}, {"name": "no id"}]
    before = len(server.runs())
    outcomes, runner = _run(kind, server, "prompt", "welcome-email", rows, id_field="id")
    by_index = {o.index: o for o in outcomes}
    assert sorted(by_index) == [0, 1, 2]  # the two calls in flight are yielded too
    assert by_index[0].ok and by_index[1].ok
    refused = by_index[2]
    assert isinstance(refused.error, InputValidationError)
    assert "row index 2" in refused.error.message and "'id'" in refused.error.message
    assert refused.row == {"name": "no id"} and refused.to_json()["status"] == "error"
    assert runner.summary.done == 2 and runner.summary.failures == {"InputValidationError": 1}
    assert len(server.runs()) - before == 2  # nothing sent for the row without an id


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"request_id": "r", "response": "ok", "thread_id": "t"})


def _collect(
    kind: str, client: Any, seen: list[BatchResult], *args: Any, **kwargs: Any
) -> list[BatchResult]:
    """Run a batch on either client; `seen` keeps what it yielded, even if it raises."""
    if kind == "sync":
        seen.extend(client.batch(*args, **kwargs))
        return seen

    async def main() -> list[BatchResult]:
        async for outcome in client.batch(*args, **kwargs):
            seen.append(outcome)
        return seen

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_rows_that_raise_leave_no_call_in_flight_unreported(kind: str) -> None:
    def rows() -> Iterator[dict[str, Any]]:
        yield {"n": 0}
        yield {"n": 1}
        raise OSError("the dataset's disk went away")

    recorder = Recorder([_answer])
    seen: list[BatchResult] = []
    with pytest.raises(OSError, match="disk went away"):
        _collect(kind, make_client(kind, recorder), seen, "prompt", "p", rows())
    assert sorted(o.index for o in seen) == [0, 1] and all(o.ok for o in seen)
    assert len(recorder.requests) == 2


GOOD_ROWS: dict[str, dict[str, Any]] = {
    "agent": {"message": "hello"},
    "prompt": {"deployment": "p", "inputs": {}},
    "workflow": {"inputs": {}},
}
BAD_ROWS: list[tuple[str, str, str | None, bool, Any, list[str]]] = [
    ("agent dict without message", "agent", "a1", False, {"text": "hi"}, ["needs 'message'"]),
    ("agent unknown argument", "agent", "a1", False, {"message": "hi", "colour": 1}, ["'colour'"]),
    ("arguments without deployment", "prompt", None, True, {"inputs": {}}, ["'deployment'"]),
    ("arguments misspelt", "workflow", "w", True, {"input": {}}, ["'input'"]),
    ("not a dict of arguments", "workflow", "w", True, ["x"], ["arguments", "list"]),
]


@pytest.mark.parametrize(
    ("batch_kind", "name", "arguments", "bad", "words"),
    [b[1:] for b in BAD_ROWS],
    ids=[b[0] for b in BAD_ROWS],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_row_with_bad_arguments_is_a_failure_of_its_row(
    kind: str, batch_kind: str, name: str | None, arguments: bool, bad: Any, words: list[str]
) -> None:
    good = GOOD_ROWS[batch_kind]
    recorder = Recorder([_answer])
    client = make_client(kind, recorder)
    outcomes = _collect(kind, client, [], batch_kind, name, [good, bad, good], arguments=arguments)
    failed = [o for o in outcomes if not o.ok]
    assert sorted(o.index for o in outcomes) == [0, 1, 2] and [o.index for o in failed] == [1]
    assert isinstance(failed[0].error, InputValidationError)
    assert failed[0].error_code == "InputValidationError"
    assert all(word in failed[0].error.message for word in ["row index 1", *words])
    assert len(recorder.requests) == 2  # nothing sent for the bad row


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_unknown_batch_wide_arguments_are_refused_by_name(kind: str) -> None:
    recorder = Recorder([_answer])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        client.batch("prompt", "p", [{"a": 1}], colour="red", async_mode=True, variant="v")
    assert "async_mode, colour" in caught.value.message and "invoke_prompt" in caught.value.message
    assert recorder.requests == []


# Leaving the loop, or abandon(), never waits for the calls in flight (sync: threads).


class _Held:
    """A transport: row "fast" answers at once, every other row waits for `release`."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.returned = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["inputs"]["n"] != "fast":
            self.release.wait(timeout=30)
            self.returned.set()
        return _answer(request)


def _sync_client(handler: Any) -> FetchHive:
    client = make_client("sync", Recorder([handler]))
    assert isinstance(client, FetchHive)
    return client


def test_leaving_the_loop_does_not_wait_for_the_calls_in_flight() -> None:
    held = _Held()
    client = _sync_client(held)
    outcomes = iter(client.batch("prompt", "p", [{"n": "fast"}, {"n": 1}, {"n": 2}]))
    try:
        assert next(outcomes).row == {"n": "fast"}
        outcomes.close()  # as a break or a Ctrl-C out of the loop does
        assert not held.returned.is_set()  # closed while both calls were still held
    finally:
        held.release.set()


def test_abandon_ends_the_iteration_at_once() -> None:
    held = _Held()
    runner = _sync_client(held).batch("prompt", "p", [{"n": "fast"}, {"n": 1}, {"n": 2}, {"n": 3}])
    outcomes = iter(runner)
    try:
        assert next(outcomes).row == {"n": "fast"}
        runner.abandon()
        assert list(outcomes) == [] and runner.in_flight == 3
        assert not held.returned.is_set()
        assert runner.summary.done == 1
    finally:
        held.release.set()


def test_abandon_from_another_thread_wakes_a_next_that_waits() -> None:
    # The iterating thread waits in next() for calls that are held; a Ctrl-C handler or a
    # watchdog on another thread calls abandon(): the iteration ends without them.
    arrived = threading.Semaphore(0)

    def handler(request: httpx.Request) -> httpx.Response:
        arrived.release()
        return held(request)

    held = _Held()
    runner = _sync_client(handler).batch("prompt", "p", [{"n": 1}, {"n": 2}])
    got: list[list[BatchResult]] = []
    iterating = threading.Thread(target=lambda: got.append(list(runner)), daemon=True)
    try:
        iterating.start()
        for _ in range(2):  # both calls are in the transport: next() has nothing to yield
            assert arrived.acquire(timeout=30)
        runner.abandon()
        iterating.join(timeout=30)  # a safety net, not a measure: abandon() must wake it
        assert got == [[]] and not held.returned.is_set()
        assert runner.in_flight == 2 and runner.summary.done == 0
        # The held calls run on in daemon threads, which an exiting process does not wait for.
        workers = [t for t in threading.enumerate() if t.name == "fetch-hive-batch"]
        assert len(workers) >= 2 and all(t.daemon for t in workers)
    finally:
        held.release.set()


@pytest.mark.parametrize("name", ["", "   ", 7])
def test_a_blank_or_non_text_name_is_refused_before_anything_is_sent(name: object) -> None:
    recorder = Recorder([_answer])
    with pytest.raises(InputValidationError) as caught:
        make_client("sync", recorder).batch("prompt", name, [{"n": 1}])  # type: ignore[arg-type]
    assert caught.value.message == "name: must be a non-empty string or None"
    assert caught.value.argument == "name" and recorder.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_concurrency_one_sends_one_call_at_a_time(kind: str) -> None:
    gate = _Gate(1)
    recorder = Recorder([gate.sync if kind == "sync" else gate.async_])  # type: ignore[list-item]
    rows = [{"n": n} for n in range(4)]
    client = make_client(kind, recorder)
    outcomes = _collect(kind, client, [], "prompt", "p", rows, concurrency=1, plan="pro")
    assert [o.index for o in outcomes] == [0, 1, 2, 3] and gate.most == 1
    assert client.batch("prompt", "p", rows, concurrency=1).concurrency == 1


@pytest.mark.parametrize("concurrency", [0, -1, True, 2.5, "3"])
def test_a_concurrency_that_is_no_positive_integer_is_refused(concurrency: object) -> None:
    with pytest.raises(InputValidationError) as caught:
        make_client("sync", Recorder([_answer])).batch("prompt", "p", [], concurrency=concurrency)  # type: ignore[arg-type]
    assert caught.value.message == f"concurrency: must be a positive integer, got {concurrency!r}"


def test_row_digests_are_fixed_values_whatever_the_key_order() -> None:
    # A resume (skip=) compares ids across runs, versions and machines: the digest is the
    # first 16 hex digits of SHA-256 over the row's JSON with sorted keys, no spaces, UTF-8.
    assert row_digest({"name": "Alice", "city": "Zürich"}) == "b80d6383a4911e91"
    assert row_digest({"city": "Zürich", "name": "Alice"}) == "b80d6383a4911e91"
    assert row_digest({"n": [1, 2.5, None, True]}) == "8adddc7777d2b4ca"
    assert row_digest("plain text") == "86696ae0a7dd4789"
    assert row_digest({"when": datetime.date(2026, 1, 2)}) == "0d587bd4732538ae"  # str() of it


def test_identical_rows_get_numbered_ids() -> None:
    ids = RowIds(None)
    digest = row_digest({"a": 1})
    assigned = [ids.assign({"a": 1}, f"row index {i}") for i in range(3)]
    assert assigned == [digest, f"{digest}#2", f"{digest}#3"]
    by_field = RowIds("id")
    assert by_field.assign({"id": 7, "x": 1}, "row index 0") == "7"
    assert by_field.assign({"x": 1}, "row index 1") == row_digest({"x": 1})  # no id: a digest
    with pytest.raises(InputValidationError) as caught:
        by_field.assign({"id": "7"}, "rows.jsonl:3")
    assert caught.value.message == (
        "rows.jsonl:3: the id '7' is also the id of row index 0: row ids must be unique "
        "(a resume skips the rows whose id is done)"
    )


# The number of calls in flight, measured at the transport.


class _Gate:
    """Holds each request until `width` requests are in the transport at once (a barrier:
    the cap is reached), and records the most that ever were."""

    def __init__(self, width: int) -> None:
        self.lock = threading.Lock()
        self.now = self.most = 0
        self.barrier = threading.Barrier(width, timeout=30)
        self.async_barrier: asyncio.Barrier | None = None
        self.width = width

    def _enter(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def _leave(self) -> None:
        with self.lock:
            self.now -= 1

    def sync(self, request: httpx.Request) -> httpx.Response:
        self._enter()
        try:
            self.barrier.wait()
        finally:
            self._leave()
        return _answer(request)

    async def async_(self, request: httpx.Request) -> httpx.Response:
        if self.async_barrier is None:
            self.async_barrier = asyncio.Barrier(self.width)
        self._enter()
        try:
            await asyncio.wait_for(self.async_barrier.wait(), timeout=30)
        finally:
            self._leave()
        return _answer(request)


CAPS = [
    ("no plan: 5", {}, 5),
    ("lite: 1", {"plan": "lite"}, 1),
    ("starter: 3", {"plan": "starter"}, 3),
    ("pro: 5", {"plan": "pro"}, 5),
    ("concurrency=2", {"concurrency": 2}, 2),
]


@pytest.mark.parametrize(("options", "width"), [c[1:] for c in CAPS], ids=[c[0] for c in CAPS])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_calls_in_flight_are_the_cap(kind: str, options: dict[str, Any], width: int) -> None:
    gate = _Gate(width)
    recorder = Recorder([gate.sync if kind == "sync" else gate.async_])  # type: ignore[list-item]
    rows = [{"n": n} for n in range(4 * width)]  # waves of `width` through the barrier
    outcomes = _collect(kind, make_client(kind, recorder), [], "prompt", "p", rows, **options)
    assert len(outcomes) == len(rows) and all(o.ok for o in outcomes)
    assert gate.most == width


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_results_come_in_completion_order(kind: str) -> None:
    """Row 0 is answered only after the other rows were yielded: it comes last, with its
    index; the others come in the order they finished (one slot, one at a time)."""
    rows = [{"n": n} for n in range(5)]
    if kind == "sync":
        release = threading.Event()

        def handler(request: httpx.Request) -> httpx.Response:
            if json.loads(request.content)["inputs"]["n"] == 0:
                release.wait(timeout=30)
            return _answer(request)

        seen: list[BatchResult] = []
        for outcome in _sync_client(handler).batch("prompt", "p", rows, concurrency=2):
            seen.append(outcome)
            if len(seen) == 4:
                release.set()
    else:
        seen = asyncio.run(_completion_order_async(rows))
    assert [o.index for o in seen] == [1, 2, 3, 4, 0]
    assert seen[-1].ok and seen[-1].row == {"n": 0}


async def _completion_order_async(rows: list[dict[str, int]]) -> list[BatchResult]:
    release = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["inputs"]["n"] == 0:
            await asyncio.wait_for(release.wait(), timeout=30)
        return _answer(request)

    seen: list[BatchResult] = []
    client = make_client("async", Recorder([handler]))  # type: ignore[list-item]
    async for outcome in client.batch("prompt", "p", rows, concurrency=2):  # type: ignore[union-attr]
        seen.append(outcome)
        if len(seen) == 4:
            release.set()
    return seen


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_batch_stopped_before_it_starts_sends_nothing(kind: str) -> None:
    recorder = Recorder([_answer])
    client = make_client(kind, recorder)
    runner = client.batch("prompt", "p", [{"n": 1}, {"n": 2}])
    assert runner.in_flight == 0
    runner.stop()
    assert _collect(kind, client, [], "prompt", "p", []) == []  # the client still works
    if kind == "sync":
        assert list(runner) == []
    else:

        async def drain() -> list[BatchResult]:
            return [outcome async for outcome in runner]

        assert asyncio.run(drain()) == []
    assert recorder.requests == [] and runner.summary.done == 0


def test_abandon_before_the_first_row_runs_nothing() -> None:
    recorder = Recorder([_answer])
    runner = _sync_client(recorder).batch("prompt", "p", [{"n": 1}, {"n": 2}])
    runner.abandon()
    assert list(runner) == [] and recorder.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_skipped_rows_before_any_call_do_not_end_the_batch(kind: str) -> None:
    rows = [{"n": 0}, {"n": 1}, {"n": 2}]
    skip = {row_digest({"n": 0}), row_digest({"n": 1})}
    recorder = Recorder([_answer])
    client = make_client(kind, recorder)
    outcomes = _collect(kind, client, [], "prompt", "p", rows, skip=skip, concurrency=1)
    assert [o.index for o in outcomes] == [2] and len(recorder.requests) == 1


class _Clock:
    """time.monotonic for _batch: each reading 2.5 s after the one before (no real time)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 2.5
        return self.now


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_outcome_says_how_long_its_call_took(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_batch, "time", types.SimpleNamespace(monotonic=_Clock()))
    recorder = Recorder([reply(200, {"response": "ok"}), reply(404, {"error": "no"})])
    outcomes = _collect(
        kind,
        make_client(kind, recorder, max_retries=0),
        [],
        "prompt",
        "p",
        [{"n": 1}, {"n": 2}],
        concurrency=1,
    )
    assert [(o.ok, o.seconds) for o in outcomes] == [(True, 2.5), (False, 2.5)]


def test_the_async_runner_counts_the_calls_in_flight_while_it_waits() -> None:
    async def main() -> tuple[int, int]:
        entered, release = [], asyncio.Event()
        all_entered = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            entered.append(request)
            if len(entered) == 3:
                all_entered.set()
            await release.wait()
            return _answer(request)

        client = make_client("async", Recorder([handler]))  # type: ignore[list-item]
        runner = client.batch("prompt", "p", [{"n": 0}, {"n": 1}, {"n": 2}], concurrency=3)

        async def watch() -> int:
            await all_entered.wait()  # every call started, none answered
            seen = runner.in_flight
            release.set()
            return seen

        watcher = asyncio.ensure_future(watch())
        done = [outcome async for outcome in runner]
        return await watcher, len(done)

    assert asyncio.run(main()) == (3, 3)


def test_the_async_runner_counts_the_calls_in_flight() -> None:
    async def main() -> tuple[list[int], list[int]]:
        release = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            if json.loads(request.content)["inputs"]["n"] != 0:
                await release.wait()
            return _answer(request)

        client = make_client("async", Recorder([handler]))  # type: ignore[list-item]
        runner = client.batch("prompt", "p", [{"n": 0}, {"n": 1}, {"n": 2}], concurrency=3)
        seen, in_flight = [], []
        async for outcome in runner:
            seen.append(outcome.index)
            in_flight.append(runner.in_flight)
            release.set()
        in_flight.append(runner.in_flight)
        return seen, in_flight

    seen, in_flight = asyncio.run(main())
    assert seen[0] == 0 and sorted(seen) == [0, 1, 2]
    assert in_flight[0] == 2 and in_flight[-1] == 0


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_bug_in_a_call_is_raised_not_kept_as_a_row(kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("a bug, not an API error")

    client = make_client(kind, Recorder([handler]))
    failure: list[BaseException] = []

    def run() -> None:
        try:
            _collect(kind, client, [], "prompt", "p", [{"n": 1}])
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=30)  # a safety net: the error must reach the iterating thread
    assert [str(e) for e in failure] == ["a bug, not an API error"]
    assert type(failure[0]) is RuntimeError


def test_leaving_an_async_batch_cancels_the_calls_in_flight() -> None:
    async def main() -> tuple[list[int], int]:
        cancelled: list[int] = []

        async def handler(request: httpx.Request) -> httpx.Response:
            n = json.loads(request.content)["inputs"]["n"]
            if n == 0:
                return _answer(request)
            try:
                await asyncio.Event().wait()  # held until cancelled
            except asyncio.CancelledError:
                cancelled.append(n)
                raise
            return _answer(request)

        client = make_client("async", Recorder([handler]))  # type: ignore[list-item]
        runner = client.batch("prompt", "p", [{"n": 0}, {"n": 1}, {"n": 2}])
        outcomes = runner.__aiter__()
        first = await outcomes.__anext__()
        await outcomes.aclose()  # as `break` out of `async for` does
        assert runner.in_flight == 0  # the calls were cancelled: none is in flight any more
        return sorted(cancelled), first.index

    cancelled, first = asyncio.run(main())
    assert first == 0 and cancelled == [1, 2]
