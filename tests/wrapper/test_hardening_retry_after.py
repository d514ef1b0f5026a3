"""`Retry-After` and `retry-after-ms` as the service (or a proxy) may really send them:
every value is a finite wait >= 0 or "absent", and the retry loop never crashes on one.

Issue 11 item 4. "Absent" means the ordinary backoff applies (0.5 s doubling, minus up to
25 % jitter: the documented figures of docs and README, written here as literals).
"""

from __future__ import annotations

import math
import re

import httpx
import pytest
from _wrapper_support import Recorder, Sleeps, invoke, make_client, reply
from fetch_hive_sdk import RateLimitError, RateLimitInfo
from fetch_hive_sdk._retry import parse_retry_after, retry_delay
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.anyio

OK = reply(200, {"request_id": "req_ok", "response": "fine"})
# A fixed "now" for HTTP dates: 2026-01-01T00:00:00Z (no wall clock in these tests).
NOW = 1767225600.0

SECONDS_CASES = [
    ("integer", "7", 7.0),
    ("zero", "0", 0.0),
    ("decimal", "2.5", 2.5),
    ("surrounding spaces", " 7 ", 7.0),
    ("huge but finite", "86400", 86400.0),
    ("nan", "nan", None),
    ("NaN", "NaN", None),
    ("inf", "inf", None),
    ("Infinity", "Infinity", None),
    ("-inf", "-inf", None),
    ("negative", "-3", None),
    ("negative zero", "-0", None),
    ("negative fraction", "-0.5", None),
    ("plus sign", "+5", None),
    ("exponent", "1e3", None),
    ("exponent overflowing to inf", "1e400", None),
    ("400 digits", "9" * 400, None),
    ("underscores", "1_000", None),
    ("hex", "0x10", None),
    ("non-ASCII digits", "\u0663", None),  # float() would take ARABIC-INDIC DIGIT THREE
    ("unit", "5s", None),
    ("empty", "", None),
    ("blank", "   ", None),
    ("word", "soon", None),
    ("two numbers", "1, 2", None),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [case[1:] for case in SECONDS_CASES],
    ids=[case[0] for case in SECONDS_CASES],
)
def test_retry_after_seconds(raw: str, expected: float | None) -> None:
    assert parse_retry_after({"retry-after": raw}, now=NOW) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [case[1:] for case in SECONDS_CASES],
    ids=[case[0] for case in SECONDS_CASES],
)
def test_retry_after_ms_alone(raw: str, expected: float | None) -> None:
    seconds = None if expected is None else expected / 1000.0
    assert parse_retry_after({"retry-after-ms": raw}, now=NOW) == seconds


@pytest.mark.parametrize("bad_ms", ["nan", "-250", "inf", "1e9", "x", ""])
def test_unreadable_ms_falls_back_to_retry_after(bad_ms: str) -> None:
    headers = httpx.Headers({"retry-after-ms": bad_ms, "retry-after": "4"})
    assert parse_retry_after(headers, now=NOW) == 4.0


DATE_CASES = [
    ("30 s ahead", "Thu, 01 Jan 2026 00:00:30 GMT", 30.0),
    ("in the past", "Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ("year 9999", "Fri, 31 Dec 9999 23:59:59 GMT", 253402300799.0 - NOW),
    ("year 1", "Mon, 01 Jan 0001 00:00:00 GMT", 0.0),
    ("day 99", "Mon, 99 Jan 2026 00:00:00 GMT", None),
    ("month name wrong", "Thu, 01 Foo 2026 00:00:00 GMT", None),
    ("hour 99", "Thu, 01 Jan 2026 99:00:00 GMT", None),
    ("half a date", "Thu, 01 Jan", None),
    ("year 99999", "Thu, 01 Jan 99999 00:00:00 GMT", None),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [case[1:] for case in DATE_CASES],
    ids=[case[0] for case in DATE_CASES],
)
def test_retry_after_http_date(raw: str, expected: float | None) -> None:
    assert parse_retry_after({"retry-after": raw}, now=NOW) == expected


# Header values: any text, and plain decimals around the 20-digit limit (the readable ones).
HEADER_TEXT = (
    st.none() | st.text(max_size=40) | st.from_regex(r"\A ?[0-9]{1,22}(\.[0-9]{0,3})? ?\Z")
)


def plain_decimal(text: str | None) -> float | None:
    """The oracle: the value of a readable `delay-seconds` (at most 20 digits each side)."""
    if text is None or not re.fullmatch(r"[0-9]{1,20}(\.[0-9]{1,20})?", text.strip()):
        return None
    return float(text.strip())


@given(seconds=HEADER_TEXT, milliseconds=HEADER_TEXT, retries=st.integers(0, 50))
def test_any_header_text_gives_the_wait_it_says_or_none(
    seconds: str | None, milliseconds: str | None, retries: int
) -> None:
    raw = {"retry-after": seconds, "retry-after-ms": milliseconds}
    headers = {name: value for name, value in raw.items() if value is not None}
    asked = parse_retry_after(headers, now=NOW)
    assert asked is None or (math.isfinite(asked) and asked >= 0)
    # What a readable header says is the answer (a parser that gives up on everything fails).
    in_ms, in_seconds = plain_decimal(milliseconds), plain_decimal(seconds)
    if in_ms is not None:
        assert asked == in_ms / 1000.0
    elif in_seconds is not None:
        assert asked == in_seconds
    elif seconds is None:
        assert asked is None
    delay = retry_delay(retries, headers)
    if asked is None:  # the backoff: 0.5 s doubling up to 8 s, minus up to 25 % jitter
        assert delay is not None and 0.75 * min(0.5 * 2**retries, 8.0) <= delay
        assert delay <= min(0.5 * 2**retries, 8.0)
    else:
        assert delay == (asked if asked <= 60.0 else None)
    info = RateLimitInfo.from_headers(headers)
    assert info is None or info.retry_after == asked


# Through the clients: the answer's header decides the wait, never a crash. --------------

BACKOFF_CASES = [
    ("nan", {"Retry-After": "nan"}),
    ("inf", {"Retry-After": "inf"}),
    ("negative", {"Retry-After": "-3"}),
    ("negative ms", {"retry-after-ms": "-250"}),
    ("nan ms and negative seconds", {"retry-after-ms": "nan", "Retry-After": "-1"}),
    ("overflowing", {"Retry-After": "1e400"}),
    ("garbage date", {"Retry-After": "Mon, 99 Foo 2026 99:99:99 GMT"}),
]


@pytest.mark.parametrize("headers", [case[1] for case in BACKOFF_CASES], ids=[case[0] for case in BACKOFF_CASES])  # fmt: skip
async def test_unreadable_header_means_ordinary_backoff(
    kind: str, sleeps: Sleeps, headers: dict[str, str]
) -> None:
    recorder = Recorder([reply(429, {"error": "slow down"}, **headers), OK])
    result = await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert result["response"] == "fine" and len(recorder.requests) == 2
    # The first backoff: 0.5 s minus up to 25 %; never 0 (no immediate retry), never NaN.
    assert len(sleeps.delays) == 1
    assert 0.375 <= sleeps.delays[0] <= 0.5


async def test_huge_finite_wait_is_not_waited_for(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(503, {"error": "x"}, **{"retry-after-ms": "90000000"}), OK])
    with pytest.raises(httpx.HTTPStatusError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert caught.value.retry_after == 90000.0  # type: ignore[attr-defined]
    assert len(recorder.requests) == 1 and sleeps.delays == []


async def test_unreadable_header_on_the_error_reads_as_absent(kind: str, sleeps: Sleeps) -> None:
    recorder = Recorder([reply(429, {"error": "x"}, **{"Retry-After": "nan"})])
    client = make_client(kind, recorder, sleeps, max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    assert caught.value.retry_after is None
