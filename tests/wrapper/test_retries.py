"""Retry behaviour, sync and async: what is retried, how often, how long the waits are."""

from __future__ import annotations

import email.utils
import random

import fetch_hive_sdk._retry
import httpx
import pytest
from _wrapper_support import Recorder, Sleeps, fail_with, invoke, make_client, reply
from fetch_hive_sdk import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    RateLimitInfo,
)
from fetch_hive_sdk._retry import (
    backoff_delay,
    parse_retry_after,
    retry_delay,
)

pytestmark = pytest.mark.anyio

OK = reply(200, {"request_id": "req_ok", "response": "fine"})
RECORD = reply(200, {"request_id": "req_ok", "status": "completed", "request_type": "prompt"})

# The mechanics of retrying (how often, how long) on reads, which retry every transient
# failure. What each kind of operation retries: tests/wrapper/test_retry_policy.py.


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520, 529])
async def test_retryable_statuses_are_retried(kind: str, sleeps: Sleeps, status: int) -> None:
    recorder = Recorder(
        [reply(status, {"error": "busy"}), reply(status, {"error": "busy"}), RECORD]
    )
    result = await invoke(make_client(kind, recorder, sleeps), "get_request", "req_ok")
    assert result["status"] == "completed"
    assert len(recorder.requests) == 3
    assert result.retries_taken == 2
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
async def test_client_errors_are_not_retried(kind: str, sleeps: Sleeps, status: int) -> None:
    recorder = Recorder([reply(status, {"error": "no"}), OK])
    with pytest.raises(httpx.HTTPStatusError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert caught.value.retries_taken == 0
    assert len(recorder.requests) == 1 and sleeps.delays == []


@pytest.mark.parametrize("field", ["error_code", "code"])
async def test_daily_api_cap_is_never_retried(kind: str, sleeps: Sleeps, field: str) -> None:
    body = {"error": "Daily API limit reached", field: "api_rate_limit_exceeded"}
    recorder = Recorder([reply(429, body, **{"Retry-After": "1"}), OK])
    with pytest.raises(RateLimitError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert caught.value.error_code == "api_rate_limit_exceeded"
    assert len(recorder.requests) == 1 and sleeps.delays == []


async def test_gives_up_after_max_retries(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(503, {"error": "down"})])
    with pytest.raises(InternalServerError) as caught:
        await invoke(
            make_client(kind, recorder, sleeps, max_retries=3), "invoke_prompt", deployment="p"
        )
    assert len(recorder.requests) == 4
    assert caught.value.retries_taken == 3
    # 0.5 s doubling, each reduced by at most 25 % jitter.
    for attempt, delay in enumerate(sleeps.delays):
        nominal = 0.5 * 2**attempt
        assert nominal * 0.75 <= delay <= nominal


async def test_per_call_max_retries_overrides_client(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(503, {"error": "x"})])
    client = make_client(kind, recorder, sleeps, max_retries=5)
    with pytest.raises(InternalServerError):
        await invoke(client, "invoke_prompt", deployment="p", max_retries=1)
    assert len(recorder.requests) == 2
    with pytest.raises(InternalServerError):
        await invoke(client, "invoke_prompt", deployment="p", max_retries=0)
    assert len(recorder.requests) == 3


async def test_retry_after_seconds_is_honoured(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(429, {"error": "slow down"}, **{"Retry-After": "7"}), OK])
    result = await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert sleeps.delays == [7.0]
    assert result.retries_taken == 1


async def test_retry_after_ms_wins_over_retry_after(kind: str, sleeps: Sleeps) -> None:
    headers = {"Retry-After": "7", "retry-after-ms": "250"}
    recorder = Recorder([reply(503, {"error": "x"}, **headers), OK])
    await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert sleeps.delays == [0.25]


# A fixed "now" for HTTP dates: 2026-01-01T00:00:00Z. The retry module's clock is replaced,
# so the wait does not depend on the wall clock or on how long the call took.
NOW = 1767225600.0


class _FixedClock:
    """Stands in for the `time` module inside `fetch_hive_sdk._retry`."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.calls = 0

    def time(self) -> float:
        self.calls += 1
        return self.now


@pytest.mark.parametrize(("offset", "expected"), [(30, 30.0), (0, 0.0), (-90, 0.0)])
async def test_retry_after_http_date(
    kind: str, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch, offset: int, expected: float
) -> None:
    clock = _FixedClock(NOW)
    monkeypatch.setattr(fetch_hive_sdk._retry, "time", clock)
    when = email.utils.formatdate(NOW + offset, usegmt=True)
    recorder = Recorder([reply(429, {"error": "x"}, **{"Retry-After": when}), OK])
    await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert sleeps.delays == [expected]  # a date that has passed: retried at once
    assert clock.calls >= 1  # the date was read against the injected clock
    assert parse_retry_after({"retry-after": when}, now=NOW) == expected


async def test_retry_after_beyond_cap_is_not_waited_for(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(429, {"error": "x"}, **{"Retry-After": "3600"}), OK])
    with pytest.raises(RateLimitError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert caught.value.retry_after == 3600.0
    assert len(recorder.requests) == 1 and sleeps.delays == []


async def test_connection_errors_are_retried(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([fail_with(httpx.ConnectError), fail_with(httpx.ReadError), RECORD])
    result = await invoke(make_client(kind, recorder, sleeps), "get_request", "req_ok")
    assert result.retries_taken == 2 and len(sleeps.delays) == 2


async def test_connection_errors_exhaust_retries(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([fail_with(httpx.RemoteProtocolError)])
    with pytest.raises(APIConnectionError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "get_request", "req_ok")
    assert caught.value.retries_taken == 2 and len(recorder.requests) == 3


async def test_timeouts_are_retried_then_raised(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([fail_with(httpx.ReadTimeout)])
    with pytest.raises(APITimeoutError) as caught:
        await invoke(make_client(kind, recorder, sleeps, max_retries=1), "get_request", "req_ok")
    assert caught.value.retries_taken == 1 and len(recorder.requests) == 2


async def test_retry_sends_the_same_body(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(502, {"error": "provider"}), OK])
    await invoke(
        make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p", inputs={"a": 1}
    )
    assert recorder.requests[0].content == recorder.requests[1].content
    assert recorder.body(1)["inputs"] == {"a": 1}


async def test_bad_request_after_retry_reports_retries(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(503, {"error": "x"}), reply(400, {"error": "bad"})])
    with pytest.raises(BadRequestError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert caught.value.retries_taken == 1


def test_backoff_bounds_and_cap() -> None:
    rng = random.Random(1234)
    for attempt in range(12):
        nominal = min(0.5 * 2**attempt, 8.0)  # the documented cap, not read from the module
        for _ in range(200):
            delay = backoff_delay(attempt, rng=rng)
            assert nominal * 0.75 <= delay <= nominal
    assert max(backoff_delay(30, rng=rng) for _ in range(100)) <= 8.0


def test_backoff_has_jitter() -> None:
    rng = random.Random(7)
    assert len({round(backoff_delay(2, rng=rng), 6) for _ in range(50)}) > 40


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after": "-3"}, None),  # negative: unreadable, so the backoff applies
        ({"retry-after": "soon"}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "x", "retry-after": "4"}, 4.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_retry_delay_caps_at_sixty_seconds() -> None:
    assert retry_delay(0, httpx.Headers({"retry-after": "60"})) == 60.0
    assert retry_delay(0, httpx.Headers({"retry-after": "61"})) is None


async def test_rate_limit_headers_readable_after_a_call(kind: str) -> None:
    headers = {
        "X-RateLimit-Limit": "1000",
        "X-RateLimit-Remaining": "998",
        "X-RateLimit-Reset": "2026-01-01T00:00:00Z",
    }
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"}, **headers)])
    result = await invoke(make_client(kind, recorder), "invoke_prompt", deployment="p")
    assert result.rate_limit == RateLimitInfo(
        limit=1000, remaining=998, reset="2026-01-01T00:00:00Z", retry_after=None
    )


async def test_rate_limit_absent_and_on_errors(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    result = await invoke(make_client(kind, recorder), "invoke_prompt", deployment="p")
    assert result.rate_limit is None
    limited = Recorder(
        [reply(429, {"error": "x"}, **{"Retry-After": "2", "X-RateLimit-Remaining": "0"})]
    )
    with pytest.raises(RateLimitError) as caught:
        await invoke(
            make_client(kind, limited, sleeps, max_retries=0), "invoke_prompt", deployment="p"
        )
    assert caught.value.rate_limit == RateLimitInfo(
        limit=None, remaining=0, reset=None, retry_after=2.0
    )
    assert caught.value.retry_after == 2.0
