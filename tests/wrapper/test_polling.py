"""wait_for_run: polls until finished, and one deadline bounds the whole wait, polls included.

A fake clock drives every test: the transport and the sleeps advance it, so the deadline
rules are checked exactly, without waiting and without depending on the machine's speed.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import (
    AsyncFetchHive,
    FetchHive,
    InputValidationError,
    NotFoundError,
    RunTimeoutError,
)
from fetch_hive_sdk._polling import Deadline, bounded_timeout, polls

BASE = "https://api.fetchhive.com/v1"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(
        "fetch_hive_sdk._polling.time", types.SimpleNamespace(monotonic=fake.monotonic)
    )
    return fake


Answer = Callable[[httpx.Request], httpx.Response]


def _statuses(*statuses: str | int) -> Answer:
    """Answers in turn (a status name, or an HTTP error status); the last one repeats."""
    answers = list(statuses)

    def answer(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(status, int):
            return httpx.Response(status, json={"error": "nope"})
        return httpx.Response(
            200, json={"request_id": "req_abc", "status": status, "request_type": "workflow"}
        )

    return answer


class Recorder:
    """A transport that records each poll's time and timeout, and takes `poll_seconds`."""

    def __init__(self, clock: FakeClock, answer: Answer, poll_seconds: float = 0.0) -> None:
        self.clock, self.answer, self.poll_seconds = clock, answer, poll_seconds
        self.polls: list[tuple[float, dict[str, Any]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        timeout = dict(request.extensions["timeout"])
        self.polls.append((self.clock.now, timeout))
        # As a real transport does: a poll slower than its read timeout times out.
        if timeout["read"] is not None and self.poll_seconds > timeout["read"]:
            self.clock.now += timeout["read"]
            raise httpx.ReadTimeout("slow", request=request)
        self.clock.now += self.poll_seconds
        return self.answer(request)


def _sync_client(recorder: Recorder, **settings: Any) -> FetchHive:
    transport = httpx.MockTransport(recorder)
    client = FetchHive("fhk_test", BASE, http_client=httpx.Client(transport=transport), **settings)
    client._sleep = recorder.clock.sleep  # type: ignore[method-assign]
    return client


def _async_client(recorder: Recorder, **settings: Any) -> AsyncFetchHive:
    transport = httpx.MockTransport(recorder)
    client = AsyncFetchHive(
        "fhk_test", BASE, http_client=httpx.AsyncClient(transport=transport), **settings
    )
    client._sleep = recorder.clock.asleep  # type: ignore[method-assign]
    return client


async def _wait(kind: str, recorder: Recorder, **arguments: Any) -> Any:
    if kind == "sync":
        return _sync_client(recorder).wait_for_run("req_abc", **arguments)
    async with _async_client(recorder) as client:
        return await client.wait_for_run("req_abc", **arguments)


KINDS = ["sync", "async"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_polls_until_finished_with_backoff(kind: str, clock: FakeClock) -> None:
    recorder = Recorder(clock, _statuses("queued", "running", "running", "completed"))
    record = await _wait(kind, recorder, timeout=60, poll_interval=0.5)
    assert record["status"] == "completed" and record.status == "completed"
    times = [at - 1000.0 for at, _ in recorder.polls]
    assert times == [0.0, 0.5, 1.25, 2.375]  # at once, then 0.5 s growing 1.5x


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("final", ["failed", "cancelled_by_admin"])
async def test_any_other_status_ends_the_wait(kind: str, final: str, clock: FakeClock) -> None:
    recorder = Recorder(clock, _statuses("running", final))
    assert (await _wait(kind, recorder, timeout=5, poll_interval=0.1))["status"] == final


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_slow_polls_cannot_stretch_the_deadline(kind: str, clock: FakeClock) -> None:
    # Each poll takes 0.4 s: the wait still ends at its deadline, and no poll may last
    # longer than what is left of it.
    recorder = Recorder(clock, _statuses("running"), poll_seconds=0.4)
    with pytest.raises(RunTimeoutError) as caught:
        await _wait(kind, recorder, timeout=1.0, poll_interval=0.1)
    assert caught.value.last_status == "running" and isinstance(caught.value, TimeoutError)
    assert clock.now - 1000.0 <= 1.0 + 1e-9
    for started, timeout in recorder.polls:
        left = 1000.0 + 1.0 - started
        assert all(value is not None and value <= left + 1e-9 for value in timeout.values())


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_failing_poll_is_retried_by_the_next_poll_only(kind: str, clock: FakeClock) -> None:
    # 500 then 503: each is one request (no retries inside a poll), then polling goes on.
    recorder = Recorder(clock, _statuses(500, 503, "completed"))
    record = await _wait(kind, recorder, timeout=30, poll_interval=1.0)
    assert record["status"] == "completed" and len(recorder.polls) == 3


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wait_that_only_failed_says_why(kind: str, clock: FakeClock) -> None:
    recorder = Recorder(clock, _statuses(502))
    with pytest.raises(RunTimeoutError) as caught:
        await _wait(kind, recorder, timeout=2.0, poll_interval=0.5)
    assert caught.value.last_status is None
    assert getattr(caught.value.__cause__, "status_code", None) == 502


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_an_unknown_request_is_raised_at_once(kind: str, clock: FakeClock) -> None:
    recorder = Recorder(clock, _statuses(404))
    with pytest.raises(NotFoundError):
        await _wait(kind, recorder, timeout=60, poll_interval=1.0)
    assert len(recorder.polls) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "arguments",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"poll_interval": 0},
        {"poll_interval": float("nan")},
        {"timeout": True},
        {"timeout": "5"},
    ],
)
async def test_arguments_are_checked_before_any_poll(
    kind: str, arguments: dict[str, Any], clock: FakeClock
) -> None:
    recorder = Recorder(clock, _statuses("completed"))
    with pytest.raises(InputValidationError):
        await _wait(kind, recorder, **arguments)
    assert recorder.polls == []


def test_poll_schedule_backs_off_and_stops_at_the_deadline() -> None:
    clock = FakeClock()
    deadline = Deadline(60.0, clock.monotonic)
    waits = []
    for wait, poll_timeout in polls(deadline, 2.0):
        clock.sleep(wait)
        assert poll_timeout == pytest.approx(deadline.left())
        waits.append(wait)
    assert waits[:6] == [0.0, 2.0, 3.0, 4.5, 6.75, 10.0]  # 1.5x, capped at 10 s
    assert max(waits) == 10.0 and sum(waits) <= 60.0


@pytest.mark.parametrize(
    ("client_timeout", "seconds", "expected"),
    [
        (120.0, 5.0, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (2.0, 5.0, {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}),
        (None, 3.0, {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}),
        (
            httpx.Timeout(10.0, connect=1.0),
            4.0,
            {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0},
        ),
    ],
)
def test_each_poll_timeout_is_bounded_by_what_is_left(
    client_timeout: Any, seconds: float, expected: dict[str, float]
) -> None:
    assert bounded_timeout(client_timeout, seconds).as_dict() == expected
