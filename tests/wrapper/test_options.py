"""Client settings, per-call options, `with_options`, `http_client`, close and pool reuse."""

from __future__ import annotations

import json

import httpx
import pytest
from _local_server import base_url, json_responder, local_server
from _wrapper_support import API_KEY, BASE_URL, Recorder, invoke, make_client, reply
from fetch_hive_sdk import AsyncFetchHive, FetchHive, InputValidationError

pytestmark = pytest.mark.anyio

OK_BODY = {"request_id": "r", "response": "ok"}
OK = reply(200, OK_BODY)


def timeouts(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


async def test_default_timeout_is_120_seconds(kind: str) -> None:
    # Connecting has its own 5 s (tests/wrapper/test_connection_errors.py).
    recorder = Recorder([OK])
    await invoke(make_client(kind, recorder), "invoke_prompt", deployment="p")
    assert timeouts(recorder.last) == {
        "connect": 5.0,
        "read": 120.0,
        "write": 120.0,
        "pool": 120.0,
    }


async def test_per_call_options(kind: str) -> None:
    recorder = Recorder([OK])
    client = make_client(kind, recorder, timeout=30.0, default_headers={"X-Team": "growth"})
    await invoke(
        client,
        "invoke_prompt",
        deployment="p",
        timeout=2.5,
        extra_headers={"X-Trace": "abc", "X-Team": "override"},
    )
    assert timeouts(recorder.last)["read"] == 2.5
    assert recorder.last.headers["x-trace"] == "abc"
    assert recorder.last.headers["x-team"] == "override"
    # The next call is back to the client's settings.
    await invoke(client, "invoke_prompt", deployment="p")
    assert timeouts(recorder.last)["read"] == 30.0
    assert "x-trace" not in recorder.last.headers
    assert recorder.last.headers["x-team"] == "growth"


async def test_per_call_timeout_object_and_none(kind: str) -> None:
    recorder = Recorder([OK])
    client = make_client(kind, recorder)
    await invoke(client, "invoke_prompt", deployment="p", timeout=httpx.Timeout(5.0, connect=1.0))
    assert timeouts(recorder.last)["connect"] == 1.0 and timeouts(recorder.last)["read"] == 5.0
    await invoke(client, "invoke_prompt", deployment="p", timeout=None)  # explicitly no timeout
    assert timeouts(recorder.last)["read"] is None


async def test_with_options_copies_settings_and_shares_the_pool(kind: str) -> None:
    recorder = Recorder([OK])
    client = make_client(kind, recorder)
    fast = client.with_options(timeout=3.0, max_retries=0, default_headers={"X-A": "1"})
    assert type(fast) is type(client)
    assert fast._http is client._http
    assert (fast.timeout, fast.max_retries) == (3.0, 0)
    assert (client.timeout, client.max_retries) == (120.0, 2)  # the original is untouched
    await invoke(fast, "invoke_prompt", deployment="p")
    assert timeouts(recorder.last)["read"] == 3.0 and recorder.last.headers["x-a"] == "1"
    other = client.with_options(api_key="fhk_other", base_url="https://eu.example/v2/")
    await invoke(other, "invoke_prompt", deployment="p")
    assert str(recorder.last.url) == "https://eu.example/v2/prompt/invoke"
    assert recorder.last.headers["authorization"] == "Bearer fhk_other"


async def test_with_options_validates(kind: str) -> None:
    client = make_client(kind, Recorder([OK]))
    with pytest.raises(InputValidationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(InputValidationError, match="timeout"):
        client.with_options(timeout=0)


def test_api_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_HIVE_API_KEY", "fhk_from_env")
    monkeypatch.setenv("FETCH_HIVE_BASE_URL", "http://127.0.0.1:9/v1/")
    recorder = Recorder([OK])
    client = FetchHive(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert client.base_url == "http://127.0.0.1:9/v1"
    client.invoke_prompt(deployment="p")
    assert recorder.last.headers["authorization"] == "Bearer fhk_from_env"
    assert str(recorder.last.url) == "http://127.0.0.1:9/v1/prompt/invoke"
    # Arguments win over the environment.
    explicit = FetchHive(
        "fhk_arg",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    explicit.invoke_prompt(deployment="p")
    assert recorder.last.headers["authorization"] == "Bearer fhk_arg"
    assert str(recorder.last.url).startswith(BASE_URL)


@pytest.mark.parametrize("url", ["api.fetchhive.com/v1", "ftp://x.example", "https://", "", 5])
def test_bad_base_url_is_rejected(url: object, monkeypatch: pytest.MonkeyPatch) -> None:
    if url == "":  # empty means "not given": the environment, then the default
        monkeypatch.setenv("FETCH_HIVE_BASE_URL", "not a url")
    with pytest.raises(InputValidationError, match="base_url"):
        FetchHive(API_KEY, base_url=url)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "word"),
    [
        ({"timeout": "10"}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
    ],
)
def test_bad_client_options_are_rejected(options: dict[str, object], word: str) -> None:
    with pytest.raises(InputValidationError, match=word):
        AsyncFetchHive(API_KEY, **options)  # type: ignore[arg-type]


def test_default_base_url() -> None:
    assert FetchHive(api_key=API_KEY).base_url == "https://api.fetchhive.com/v1"
    assert AsyncFetchHive(api_key=API_KEY).base_url == "https://api.fetchhive.com/v1"


async def test_http_client_keeps_its_own_settings_but_sdk_policy_applies(kind: str) -> None:
    recorder = Recorder([OK])
    transport = httpx.MockTransport(recorder)
    headers = {"X-Proxy-Token": "corp"}
    http: httpx.Client | httpx.AsyncClient
    if kind == "sync":
        http = httpx.Client(
            transport=transport, headers=headers, base_url="https://ignored.example"
        )
        client: FetchHive | AsyncFetchHive = FetchHive(API_KEY, base_url=BASE_URL, http_client=http)
    else:
        http = httpx.AsyncClient(
            transport=transport, headers=headers, base_url="https://ignored.example"
        )
        client = AsyncFetchHive(API_KEY, base_url=BASE_URL, http_client=http)
    await invoke(client, "invoke_prompt", deployment="p")
    assert str(recorder.last.url) == f"{BASE_URL}/prompt/invoke"
    assert recorder.last.headers["x-proxy-token"] == "corp"
    assert recorder.last.headers["authorization"] == f"Bearer {API_KEY}"
    assert timeouts(recorder.last)["read"] == 120.0
    # The caller's client stays open: it belongs to the caller.
    await invoke(client, "close")
    assert not http.is_closed


def test_wrong_http_client_type_is_rejected() -> None:
    with pytest.raises(InputValidationError, match="http_client"):
        FetchHive(API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_sync_context_manager_closes_own_pool() -> None:
    with FetchHive(API_KEY) as client:
        assert not client._http.is_closed
    assert client._http.is_closed


async def test_async_context_manager_closes_own_pool() -> None:
    async with AsyncFetchHive(API_KEY) as client:
        assert not client._http.is_closed
    assert client._http.is_closed


def test_sync_pool_reused_for_many_calls() -> None:
    body = json.dumps(OK_BODY).encode()
    with (
        local_server(json_responder(body)) as server,
        FetchHive(API_KEY, base_url=base_url(server)) as client,
    ):
        for _ in range(20):
            assert client.invoke_prompt(deployment="p")["response"] == "ok"
        client.with_options(timeout=5).invoke_prompt(deployment="p")
        assert server.connections == 1


async def test_async_pool_reused_for_many_calls() -> None:
    body = json.dumps(OK_BODY).encode()
    with local_server(json_responder(body)) as server:
        async with AsyncFetchHive(API_KEY, base_url=base_url(server)) as client:
            for _ in range(20):
                assert (await client.invoke_prompt(deployment="p"))["response"] == "ok"
            await client.with_options(max_retries=0).invoke_prompt(deployment="p")
        assert server.connections == 1
