"""What each kind of operation retries: a read anything transient; an invoke only what
certainly did not start the run, unless the caller opts in. Sync and async.

Every row fails with the same failure on every attempt; with `max_retries=2`, a retried
failure costs 3 attempts and one that is not retried costs 1.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _wrapper_support import ChunkStream, Recorder, Sleeps, fail_with, invoke, make_client, reply
from fetch_hive_sdk import APIError, FetchHiveError

pytestmark = pytest.mark.anyio

RETRIED, ONCE = 3, 1

CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "workflow": ("invoke_workflow", (), {"deployment": "w"}),
    "prompt": ("invoke_prompt", (), {"deployment": "p"}),
    "agent": ("invoke_agent", (), {"agent": "a", "message": "m"}),
    "workflow trigger": (
        "trigger_workflow_webhook",
        ("wf", "v1"),
        {"webhook_secret": "whsec_x", "callback_url": "https://example.com/cb"},
    ),
    "agent trigger": (
        "trigger_agent_webhook",
        ("ag",),
        {"webhook_secret": "whsec_x", "message": "m", "callback_url": "https://example.com/cb"},
    ),
    "request lookup": ("get_request", ("req_1",), {}),
    "error codes": ("list_error_codes", (), {}),
}


def status(code: int) -> Any:
    return reply(code, {"error": "nope"})


def cut_json_answer() -> Any:
    """A 200 whose body breaks off half-way: the run may have happened."""

    def handle(request: httpx.Request) -> httpx.Response:
        body = ChunkStream([b'{"request_id": "r", "respo'], error=httpx.RemoteProtocolError("cut"))
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=body)

    return handle


FAILURES: dict[str, Any] = {
    "connect error": fail_with(httpx.ConnectError),
    "connect timeout": fail_with(httpx.ConnectTimeout),
    "pool timeout": fail_with(httpx.PoolTimeout),
    "read timeout": fail_with(httpx.ReadTimeout),
    "reset after sending": fail_with(httpx.ReadError),
    "server hung up": fail_with(httpx.RemoteProtocolError),
    "JSON cut half-way": cut_json_answer(),
    "408": status(408),
    "409": status(409),
    "429": status(429),
    "500": status(500),
    "502": status(502),
    "503": status(503),
    "504": status(504),
}

# (operation, failure) -> attempts. An invoke is retried only when the run certainly did
# not start: before sending, 429, 503, and a prompt's or agent's 502 (that run failed).
NOT_STARTED = {"connect error", "connect timeout", "pool timeout", "429", "503"}
EXPECTED: dict[str, dict[str, int]] = {
    "workflow": {f: RETRIED if f in NOT_STARTED else ONCE for f in FAILURES},
    "prompt": {f: RETRIED if f in NOT_STARTED | {"502"} else ONCE for f in FAILURES},
    "agent": {f: RETRIED if f in NOT_STARTED | {"502"} else ONCE for f in FAILURES},
    "workflow trigger": {f: RETRIED if f in NOT_STARTED else ONCE for f in FAILURES},
    "agent trigger": {f: RETRIED if f in NOT_STARTED else ONCE for f in FAILURES},
    # Reads are retried on everything transient.
    "request lookup": {f: RETRIED for f in FAILURES},
    "error codes": {f: RETRIED for f in FAILURES},
}
ROWS = [(call, failure, EXPECTED[call][failure]) for call in CALLS for failure in FAILURES]


async def _attempts(kind: str, call: str, failure: str, **settings: Any) -> int:
    name, args, kwargs = CALLS[call]
    per_call = settings.pop("per_call", {})
    recorder = Recorder([FAILURES[failure]])
    client = make_client(kind, recorder, Sleeps(), max_retries=2, **settings)
    with pytest.raises(FetchHiveError) as caught:
        await invoke(client, name, *args, **kwargs, **per_call)
    assert isinstance(caught.value, APIError)
    assert caught.value.retries_taken == len(recorder.requests) - 1
    return len(recorder.requests)


@pytest.mark.parametrize(
    ("call", "failure", "attempts"), ROWS, ids=[f"{c}-{f}" for c, f, _ in ROWS]
)
async def test_what_is_retried_by_default(
    kind: str, call: str, failure: str, attempts: int
) -> None:
    assert await _attempts(kind, call, failure) == attempts


UNCERTAIN = ["500", "504", "read timeout", "reset after sending", "JSON cut half-way"]


@pytest.mark.parametrize("failure", UNCERTAIN)
@pytest.mark.parametrize("call", ["workflow", "prompt", "agent trigger"])
async def test_the_caller_may_opt_in_per_client(kind: str, call: str, failure: str) -> None:
    assert await _attempts(kind, call, failure, retry_uncertain_invokes=True) == RETRIED


@pytest.mark.parametrize("failure", UNCERTAIN)
async def test_the_caller_may_opt_in_per_call(kind: str, failure: str) -> None:
    opted = {"retry_uncertain_invokes": True}
    assert await _attempts(kind, "workflow", failure, per_call=opted) == RETRIED


async def test_a_call_may_opt_out_of_the_clients_choice(kind: str) -> None:
    attempts = await _attempts(
        kind,
        "workflow",
        "500",
        retry_uncertain_invokes=True,
        per_call={"retry_uncertain_invokes": False},
    )
    assert attempts == ONCE


async def test_with_options_opts_in(kind: str) -> None:
    recorder = Recorder([status(500)])
    client = make_client(kind, recorder, Sleeps(), max_retries=2)
    opted = client.with_options(retry_uncertain_invokes=True)
    with pytest.raises(APIError):
        await invoke(opted, "invoke_workflow", deployment="w")
    assert len(recorder.requests) == RETRIED


async def test_the_daily_cap_is_never_retried_even_when_opted_in(kind: str) -> None:
    body = {"error": "Daily API rate limit reached", "error_code": "api_rate_limit_exceeded"}
    recorder = Recorder([reply(429, body)])
    client = make_client(kind, recorder, Sleeps(), retry_uncertain_invokes=True)
    with pytest.raises(APIError):
        await invoke(client, "invoke_workflow", deployment="w")
    assert len(recorder.requests) == ONCE


@pytest.mark.parametrize("value", ["yes", 1, None])
async def test_the_option_is_checked(kind: str, value: Any) -> None:
    recorder = Recorder([status(200)])
    client = make_client(kind, recorder)
    if value is None:  # None means "the client's choice"
        await invoke(client, "get_request", "r", retry_uncertain_invokes=None)
        return
    with pytest.raises(ValueError, match="retry_uncertain_invokes"):
        await invoke(client, "invoke_workflow", deployment="w", retry_uncertain_invokes=value)
    assert recorder.requests == []


async def test_a_misspelt_option_is_refused_before_sending(kind: str) -> None:
    recorder = Recorder([status(200)])
    with pytest.raises(ValueError, match="unexpected keyword argument 'timout'"):
        await invoke(make_client(kind, recorder), "invoke_prompt", deployment="p", timout=3)
    assert recorder.requests == []
