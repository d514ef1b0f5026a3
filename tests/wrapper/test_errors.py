"""Every error class, sync and async: status mapping, attributes, odd statuses and bodies."""

from __future__ import annotations

import httpx
import pytest
from _wrapper_support import Recorder, fail_with, invoke, make_client, reply
from fetch_hive_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    FetchHiveError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    UnprocessableEntityError,
)

pytestmark = pytest.mark.anyio

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, ProviderError),
    (503, InternalServerError),
    (520, InternalServerError),
    (529, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_status_maps_to_error_class(kind: str, status: int, error_class: type) -> None:
    body = {
        "error": "Something failed",
        "message": "Detailed explanation",
        "error_code": "some_code",
        "request_id": "req_abc",
    }
    recorder = Recorder([reply(status, body)])
    client = make_client(kind, recorder, max_retries=0)
    with pytest.raises(error_class) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    error = caught.value
    assert type(error) is error_class
    # Each level of the tree catches it (a union would pass with any one of them).
    assert isinstance(error, APIStatusError)
    assert isinstance(error, APIError)
    assert isinstance(error, FetchHiveError)
    # The documented SDK raises httpx.HTTPStatusError: that `except` keeps working.
    assert isinstance(error, httpx.HTTPStatusError)
    assert error.response.status_code == error.status_code == status
    assert error.request.url.path == "/v1/prompt/invoke"
    assert error.error_code == "some_code"
    assert error.message == f"Error {status}: Detailed explanation (some_code)"
    assert str(error) == error.message
    assert error.body == body
    assert error.request_id == "req_abc"
    assert len(recorder.requests) == 1


async def test_deprecated_code_alias_and_daily_cap_fields(kind: str) -> None:
    body = {
        "error": "Daily limit reached",
        "code": "api_rate_limit_exceeded",
        "limit": 1000,
        "current": 1000,
    }
    client = make_client(kind, Recorder([reply(429, body)]))
    with pytest.raises(RateLimitError) as caught:
        await invoke(client, "invoke_workflow", deployment="w")
    assert caught.value.error_code == "api_rate_limit_exceeded"
    assert caught.value.body["limit"] == 1000
    assert "Daily limit reached" in str(caught.value)


async def test_error_only_envelope(kind: str) -> None:
    client = make_client(kind, Recorder([reply(401, {"error": "Invalid access."})]))
    with pytest.raises(AuthenticationError) as caught:
        await invoke(client, "get_request", "req_1")
    assert caught.value.error_code is None
    assert str(caught.value) == "Error 401: Invalid access."


@pytest.mark.parametrize(
    "body",
    [b"<html><body>Bad gateway</body></html>", b"", b"[1, 2, 3]", b'"just a string"', b"\xff\xfe"],
)
async def test_odd_error_bodies_do_not_crash(kind: str, body: bytes) -> None:
    client = make_client(kind, Recorder([reply(529, body)]), max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    assert caught.value.status_code == 529
    assert caught.value.error_code is None
    assert str(caught.value).startswith("Error 529")


async def test_connection_error(kind: str) -> None:
    client = make_client(kind, Recorder([fail_with(httpx.ConnectError)]), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.request.url.path == "/v1/prompt/invoke"


@pytest.mark.parametrize(
    "timeout_class", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.PoolTimeout]
)
async def test_timeout_error(kind: str, timeout_class: type[httpx.TimeoutException]) -> None:
    client = make_client(kind, Recorder([fail_with(timeout_class)]), max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    assert isinstance(caught.value, APIConnectionError)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'"text"', b"[" * 100_000],
    ids=["not-json", "array", "string", "deep"],
)
async def test_unreadable_success_body(kind: str, body: bytes) -> None:
    # Only answers that are not JSON objects at all: an object of another shape is
    # returned (tests/wrapper/test_results.py).
    client = make_client(kind, Recorder([reply(200, body)]))
    with pytest.raises(APIResponseValidationError) as caught:
        await invoke(client, "invoke_prompt", deployment="p")
    assert caught.value.status_code == 200
    assert isinstance(caught.value, APIError)


async def test_missing_api_key_is_raised_on_first_call_that_needs_it(kind: str) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder, api_key=None)  # constructing is fine
    assert not client.has_api_key
    with pytest.raises(MissingAPIKeyError, match="FETCH_HIVE_API_KEY"):
        await invoke(client, "invoke_prompt", deployment="p")
    assert recorder.requests == []


async def test_undecodable_body_is_a_connection_error_not_retried(kind: str) -> None:
    recorder = Recorder([reply(200, b"definitely not gzip", **{"Content-Encoding": "gzip"})])
    with pytest.raises(APIConnectionError) as caught:
        await invoke(make_client(kind, recorder), "invoke_prompt", deployment="p")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert len(recorder.requests) == 1
