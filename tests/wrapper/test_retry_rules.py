"""The retry rules as plain functions (fetch_hive_sdk._retry): which answers and transport
failures each kind of operation retries, the backoff's exact figures, and the wait an
answer asks for. The clients' use of them: test_retries.py and test_retry_policy.py."""

from __future__ import annotations

import random

import httpx
import pytest
from fetch_hive_sdk import _retry
from fetch_hive_sdk._retry import (
    INVOKE,
    PROVIDER_INVOKE,
    READ,
    backoff_delay,
    is_retryable_status,
    is_retryable_transport_error,
    parse_retry_after,
    retry_delay,
)


class FixedRandom(random.Random):
    """random() always gives `value`."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


STATUS_CASES = [
    # (status, error code, read, invoke, provider invoke)
    (408, None, True, False, False),
    (409, None, True, False, False),
    (429, None, True, True, True),
    (429, "api_rate_limit_exceeded", False, False, False),  # the daily cap: not today
    (500, None, True, False, False),
    (502, None, True, False, True),
    (503, None, True, True, True),
    (504, None, True, False, False),
    (599, None, True, False, False),
    (499, None, False, False, False),
    (400, None, False, False, False),
    (404, None, False, False, False),
    (200, None, False, False, False),
]


@pytest.mark.parametrize(("status", "code", "read", "invoke", "provider"), STATUS_CASES)
def test_which_statuses_each_kind_retries(
    status: int, code: str | None, read: bool, invoke: bool, provider: bool
) -> None:
    answers = [is_retryable_status(rule, status, code) for rule in (READ, INVOKE, PROVIDER_INVOKE)]
    assert answers == [read, invoke, provider]
    assert all(type(answer) is bool for answer in answers)


def test_the_rules_by_name() -> None:
    assert (READ.name, INVOKE.name, PROVIDER_INVOKE.name) == ("read", "invoke", "invoke")
    assert READ.statuses == {408, 409, 429} and READ.any_5xx and READ.after_sending
    assert INVOKE.statuses == {429, 503} and not INVOKE.any_5xx and not INVOKE.after_sending
    assert PROVIDER_INVOKE.statuses == {429, 502, 503} and not PROVIDER_INVOKE.after_sending
    assert {"api_rate_limit_exceeded"} == _retry.NEVER_RETRY_ERROR_CODES


REQUEST = httpx.Request("POST", "https://api.example/v1/x")
TRANSPORT_CASES = [
    # (failure, read, invoke)
    (httpx.ConnectError("refused", request=REQUEST), True, True),
    (httpx.ConnectTimeout("slow", request=REQUEST), True, True),
    (httpx.PoolTimeout("busy", request=REQUEST), True, True),
    (httpx.ReadTimeout("slow", request=REQUEST), True, False),
    (httpx.ReadError("reset", request=REQUEST), True, False),
    (httpx.RemoteProtocolError("hung up", request=REQUEST), True, False),
    (httpx.LocalProtocolError("bad header", request=REQUEST), False, False),
    (httpx.UnsupportedProtocol("ftp", request=REQUEST), False, False),
    (httpx.DecodingError("gzip", request=REQUEST), False, False),
    (httpx.TooManyRedirects("loop", request=REQUEST), False, False),
]


@pytest.mark.parametrize(("failure", "read", "invoke"), TRANSPORT_CASES)
def test_which_transport_failures_each_kind_retries(
    failure: Exception, read: bool, invoke: bool
) -> None:
    answers = [is_retryable_transport_error(rule, failure) for rule in (READ, INVOKE)]
    assert answers == [read, invoke]
    assert all(type(answer) is bool for answer in answers)


def test_the_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    no_jitter = FixedRandom(0.0)
    assert [backoff_delay(n, rng=no_jitter) for n in range(7)] == [
        0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0,
    ]  # fmt: skip
    most_jitter = FixedRandom(1.0)  # random() < 1, so this is the bound: minus 25 %
    assert [backoff_delay(n, rng=most_jitter) for n in range(3)] == [0.375, 0.75, 1.5]
    assert backoff_delay(10, rng=FixedRandom(0.5)) == 8.0 * 0.875
    assert 0.375 <= backoff_delay(0) <= 0.5  # the module's own random


def test_the_wait_asked_for_is_taken_up_to_60_seconds() -> None:
    assert retry_delay(0, {"retry-after": "60"}) == 60.0
    assert retry_delay(0, {"retry-after": "60.001"}) is None  # longer: give up at once
    assert retry_delay(3, {"retry-after": "0"}) == 0.0
    assert retry_delay(1, {"retry-after-ms": "1500"}) == 1.5
    assert retry_delay(2, {}, rng=FixedRandom(0.0)) == 2.0  # nothing asked: the backoff
    assert retry_delay(2, None, rng=FixedRandom(0.0)) == 2.0
    assert retry_delay(0, {"retry-after": "soon"}, rng=FixedRandom(0.0)) == 0.5


def test_the_wait_an_answer_asks_for() -> None:
    now = 1_767_225_600.0  # 2026-01-01T00:00:00Z
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert parse_retry_after({"retry-after-ms": "soon", "retry-after": "9"}) == 9.0
    assert parse_retry_after({"retry-after": " 12.5 "}) == 12.5
    assert parse_retry_after({"retry-after": "1" * 20}) == float("1" * 20)
    assert parse_retry_after({"retry-after": "1" * 21}, now=now) is None
    assert parse_retry_after({"retry-after": "1." + "5" * 21}, now=now) is None
    assert parse_retry_after({"retry-after": "1."}, now=now) is None
    assert parse_retry_after({"retry-after": ".5"}, now=now) is None
    assert parse_retry_after({"retry-after": "٣"}, now=now) is None  # a digit, not ASCII
    assert parse_retry_after({}) is None
    date = "Thu, 01 Jan 2026 00:00:30 GMT"
    assert parse_retry_after({"retry-after": date}, now=now) == 30.0
    assert parse_retry_after({"retry-after": date}, now=now + 60) == 0.0  # passed: at once
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 00:00:30 +0000"}, now=now) == 30.0


def test_a_date_is_measured_from_the_clock_when_no_time_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_retry.time, "time", lambda: 1_767_225_600.0)
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 00:01:00 GMT"}) == 60.0
