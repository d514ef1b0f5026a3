"""The API key and webhook secrets appear nowhere: reprs, debug logs of full calls, errors."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import fetch_hive_sdk
import httpx
import pytest
from _wrapper_support import API_KEY, Recorder, Sleeps, fail_with, invoke, make_client, reply
from fetch_hive_sdk import APIConnectionError, FetchHive, FetchHiveError, InputValidationError
from fetch_hive_sdk._logging import setup_from_env

pytestmark = pytest.mark.anyio

WEBHOOK_SECRET = "whsec_9f8e7d6c5b4a_TOPSECRET"
SECRETS = (API_KEY, WEBHOOK_SECRET, API_KEY.removeprefix("fhk_"))

CALLBACK_ANSWER = {"request_id": "req_1", "run_status": "running", "webhook_secret": WEBHOOK_SECRET}


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_client_repr_hides_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    client = FetchHive(api_key=API_KEY)
    assert_clean(repr(client))
    assert "api_key=<set>" in repr(client)
    assert_clean(repr(client.with_options(timeout=1)))
    assert_clean(repr(client._config))
    monkeypatch.setenv("FETCH_HIVE_API_KEY", API_KEY)
    assert_clean(repr(fetch_hive_sdk.AsyncFetchHive()))


@pytest.fixture
def sdk_logger() -> Iterator[logging.Logger]:
    """The SDK logger, restored after the test (setup_from_env adds a handler)."""
    logger = logging.getLogger("fetch_hive_sdk")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


async def test_debug_logs_of_full_calls(
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    sleeps: Sleeps,
    sdk_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("FETCH_HIVE_LOG", "debug")
    monkeypatch.setenv("FETCH_HIVE_LOG_BODIES", "1")  # even with bodies logged
    setup_from_env()
    assert sdk_logger.level == logging.DEBUG and sdk_logger.handlers
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    recorder = Recorder([reply(503, {"error": "busy"}), reply(200, CALLBACK_ANSWER)])
    client = make_client(kind, recorder, sleeps)
    run = await invoke(
        client,
        "invoke_workflow",
        deployment="wf",
        async_mode=True,
        callback_url="https://example.com/cb",
        metadata={"customer_id": "cus_1"},
    )
    assert run["webhook_secret"] == WEBHOOK_SECRET
    assert recorder.last.headers["authorization"] == f"Bearer {API_KEY}"
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "fetch_hive_sdk" in logged
    assert "POST /v1/workflow/invoke -> 503" in logged and "retrying" in logged
    assert "-> 200 request_id=req_1 retries=1" in logged
    assert "request body" in logged and "cus_1" in logged  # bodies really were logged
    assert "response body" in logged and "<redacted>" in logged
    assert_clean(logged)


ERROR_CASES = [
    reply(400, {"error": "bad"}),
    reply(401, {"error": "Invalid access."}),
    reply(402, {"error": "credits", "error_code": "insufficient_hosted_llm_credits"}),
    reply(403, {"error": "no"}),
    reply(404, {"error": "Request not found"}),
    reply(422, {"error": "invalid", "message": "unknown deployment"}),
    reply(429, {"error": "cap", "code": "api_rate_limit_exceeded"}),
    reply(500, {"error": "internal_server_error"}),
    reply(502, {"error": "provider failed"}),
    reply(529, b"<html>overloaded</html>"),
    reply(200, b"not json"),
    fail_with(httpx.ConnectError),
    fail_with(httpx.ReadTimeout),
]


@pytest.mark.parametrize("handler", ERROR_CASES)
async def test_error_texts(kind: str, handler: object, sleeps: Sleeps) -> None:
    client = make_client(kind, Recorder([handler]), sleeps)  # type: ignore[list-item]
    with pytest.raises(FetchHiveError) as caught:
        await invoke(client, "invoke_workflow", deployment="wf")
    error = caught.value
    assert_clean(str(error))
    assert_clean(repr(error))
    assert_clean("".join(traceback.format_exception(error)))


async def test_validation_and_missing_key_errors(kind: str) -> None:
    client = make_client(kind, Recorder([reply(200, {})]))
    with pytest.raises(FetchHiveError) as caught:
        await invoke(client, "invoke_prompt", deployment="")
    assert_clean(str(caught.value))
    keyless = make_client(kind, Recorder([reply(200, {})]), api_key=None)
    with pytest.raises(FetchHiveError) as missing:
        await invoke(keyless, "invoke_prompt", deployment="p")
    assert_clean(str(missing.value))


def test_key_with_trailing_newline_is_trimmed() -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client("sync", recorder, api_key=f"  {API_KEY}\n")
    client.invoke_prompt(deployment="p")  # type: ignore[union-attr]
    assert recorder.last.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    "bad_key", [f"{API_KEY}\nX-Injected: 1", f"{API_KEY[:8]} {API_KEY[8:]}", f"{API_KEY}\x00"]
)
def test_malformed_key_is_rejected_without_echo(bad_key: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        FetchHive(api_key=bad_key)
    assert "api_key" in str(caught.value)
    assert_clean(str(caught.value))


async def test_header_with_line_break_is_rejected_without_echo(kind: str) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        await invoke(
            client,
            "invoke_prompt",
            deployment="p",
            extra_headers={"X-Fetch-Hive-Webhook-Secret": f"{WEBHOOK_SECRET}\r\n"},
        )
    assert_clean(str(caught.value))
    assert recorder.requests == []
    with pytest.raises(InputValidationError, match="default_headers"):
        make_client(kind, recorder, default_headers={"X-Secret": f"{WEBHOOK_SECRET}\n"})


async def test_local_protocol_error_text_is_not_chained(kind: str, sleeps: Sleeps) -> None:
    # httpx quotes an illegal header, secret included, in LocalProtocolError's text.
    def illegal_header(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {API_KEY}'")

    recorder = Recorder([illegal_header])
    with pytest.raises(APIConnectionError) as caught:
        await invoke(make_client(kind, recorder, sleeps), "invoke_prompt", deployment="p")
    assert_clean("".join(traceback.format_exception(caught.value)))
    assert len(recorder.requests) == 1  # not retried: the request itself is wrong
