"""Requests the service would refuse with 422 are refused before sending, and the error
handling documented for fetch-hive-sdk 0.4.1 still catches them (issue 21, item 11).

0.4.1 sends these requests and Fetch Hive answers 422; its documented pattern is
`except httpx.HTTPStatusError as exc: exc.response.status_code`. Here they are refused
before sending with `RequestValidationError`: an `InputValidationError` that is also an
`httpx.HTTPStatusError` with a 422 view. The reference server answers the same bodies with
422 over a real socket, so the view says what the service would have said.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _wrapper_support import API_KEY, Recorder, make_client, reply
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import InputValidationError, RequestValidationError

pytestmark = pytest.mark.anyio

URL = "https://files.example.com/"

# (id, method, arguments, the body 0.4.1 would send for them, the path)
REFUSED: list[tuple[str, str, dict[str, Any], dict[str, Any], str]] = [
    ("nested metadata (workflow)", "invoke_workflow",
     {"deployment": "market-report", "metadata": {"customer": {"id": "c"}}},
     {"deployment": "market-report", "metadata": {"customer": {"id": "c"}}}, "/workflow/invoke"),
    ("nested metadata (prompt)", "invoke_prompt",
     {"deployment": "welcome-email", "metadata": {"tags": ["a"]}},
     {"deployment": "welcome-email", "metadata": {"tags": ["a"]}}, "/prompt/invoke"),
    ("async without a callback URL", "invoke_workflow",
     {"deployment": "market-report", "async_mode": True},
     {"deployment": "market-report", "async": {"enabled": True}}, "/workflow/invoke"),
    ("six attachments", "invoke_agent",
     {"agent": "support", "message": "hi", "attachments": [f"{URL}{i}.pdf" for i in range(6)]},
     {"agent": "support", "message": "hi", "attachments": [f"{URL}{i}.pdf" for i in range(6)]},
     "/agent/invoke"),
    ("message role tool", "invoke_agent",
     {"agent": "support", "message": "hi", "messages": [{"role": "tool", "content": "x"}]},
     {"agent": "support", "message": "hi", "messages": [{"role": "tool", "content": "x"}]},
     "/agent/invoke"),
]  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0) as running:
        yield running


@pytest.mark.parametrize(
    ("method", "arguments", "path"),
    [(r[1], r[2], r[4]) for r in REFUSED],
    ids=[r[0] for r in REFUSED],
)
async def test_the_documented_pattern_catches_a_refusal_as_422(
    kind: str, method: str, arguments: dict[str, Any], path: str
) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    status = None
    try:  # the pattern of the Fetch Hive docs and of fetch-hive-sdk 0.4.1's users
        result = getattr(client, method)(**arguments)
        if inspect.isawaitable(result):
            await result
    except httpx.HTTPStatusError as exc:
        status = exc.response.status_code
        error = exc
    assert status == 422 and recorder.requests == []
    assert isinstance(error, RequestValidationError) and isinstance(error, InputValidationError)
    assert error.response.json()["error_code"] == "validation_error"
    assert error.response.extensions["sent"] is False
    assert (error.request.method, error.request.url.path) == ("POST", path)
    # The view carries no credentials: the request was never addressed or sent.
    assert API_KEY not in repr(error.request.headers) and not error.request.url.host


@pytest.mark.parametrize(
    ("body", "path"), [(r[3], r[4]) for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_the_reference_server_answers_the_same_bodies_with_422(
    body: dict[str, Any], path: str, server: RunningServer
) -> None:
    answer = httpx.post(
        server.base_url + path, json=body, headers={"Authorization": f"Bearer {server.api_key}"}
    )
    assert answer.status_code == 422, answer.text


async def test_a_resource_refusal_is_a_422_view_too(kind: str) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder, workspace_id="6f1f4c1e-0d7a-4b6e-9d3c-2a1b0c9d8e7f")
    with pytest.raises(httpx.HTTPStatusError) as caught:
        result = client.knowledge_bases.create(name="")
        if inspect.isawaitable(result):
            await result
    assert caught.value.response.status_code == 422 and recorder.requests == []
    assert str(caught.value) == 'knowledge_base["name"]: must not be empty'


async def test_client_settings_are_not_a_422(kind: str) -> None:
    # A bad per-call option is the caller's mistake, not a request the service would see.
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        result = client.invoke_prompt(deployment="p", timeout=-1)
        if inspect.isawaitable(result):
            await result
    assert not isinstance(caught.value, httpx.HTTPStatusError)
