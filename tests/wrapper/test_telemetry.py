"""Call hooks and OpenTelemetry spans (issue 20 part 6), sync and async, with the
OpenTelemetry SDK's in-memory exporter: a call, its retries, a stream and a stream cut
short; no inputs recorded unless asked; nothing loaded or paid without hooks."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
from _wrapper_support import ChunkStream, Recorder, Sleeps, make_client, reply, sse_body, sse_reply
from fetch_hive_sdk import CallHooks, CallInfo, IncompleteStreamError, InputValidationError
from fetch_hive_sdk.telemetry import OpenTelemetryHooks
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

pytestmark = pytest.mark.anyio

ANSWER = {
    "request_id": "req_1",
    "model": "gpt-5-nano",
    "response": "Hi Alice",
    "usage": {"prompt_tokens": {"total_tokens": 42}, "completion_tokens": {"total_tokens": 7}},
}


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _hooks(exporter: InMemorySpanExporter, **options: Any) -> OpenTelemetryHooks:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return OpenTelemetryHooks(provider, **options)


async def _run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def test_a_call_is_one_span_with_its_retries(
    kind: str, exporter: InMemorySpanExporter, sleeps: Sleeps
) -> None:
    recorder = Recorder(
        [reply(503, {"error": "busy"}), reply(200, ANSWER, **{"x-request-id": "r9"})]
    )
    client = make_client(kind, recorder, sleeps, hooks=[_hooks(exporter)])
    await _run(client.invoke_prompt(deployment="welcome-email", inputs={"name": "Alice"}))
    (span,) = exporter.get_finished_spans()
    assert span.name == "invoke_prompt welcome-email" and span.kind is SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.provider.name"] == "fetch_hive"
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["fetch_hive.deployment"] == "welcome-email"
    assert attributes["http.response.status_code"] == 200
    assert attributes["fetch_hive.retries"] == 1 and attributes["fetch_hive.request_id"] == "r9"
    assert attributes["gen_ai.response.model"] == "gpt-5-nano"
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (
        42,
        7,
    )
    (retry,) = span.events
    assert retry.name == "fetch_hive.retry"
    assert retry.attributes == {
        "fetch_hive.retry.reason": "status 503",
        "fetch_hive.retry.delay_seconds": sleeps.delays[0],
    }
    assert span.status.status_code is StatusCode.UNSET
    # No inputs, outputs or credentials anywhere in the span.
    text = json.dumps({**attributes, "events": [dict(e.attributes or {}) for e in span.events]})
    assert "Alice" not in text and "fhk_test" not in text


async def test_a_failed_call_has_the_error_type_only(
    kind: str, exporter: InMemorySpanExporter
) -> None:
    recorder = Recorder([reply(404, {"error": "Deployment not found: secret-name"})])
    client = make_client(kind, recorder, max_retries=0, hooks=[_hooks(exporter)])
    with pytest.raises(Exception, match="404"):
        await _run(client.invoke_workflow(deployment="report"))
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "NotFoundError"
    assert dict(span.attributes or {})["error.type"] == "NotFoundError"
    assert dict(span.attributes or {})["http.response.status_code"] == 404


async def test_a_stream_is_one_span_until_it_ends(
    kind: str, exporter: InMemorySpanExporter
) -> None:
    events = [
        {"type": "response", "response": "He", "request_id": "req_s", "model": "m1"},
        {"type": "response", "response": "llo"},
        {"type": "usage", "usage": {"prompt_tokens": 5, "completion_tokens": 3}},
    ]
    client = make_client(
        kind, Recorder([sse_reply(ChunkStream([sse_body(*events)]))]), hooks=[_hooks(exporter)]
    )
    stream = await _run(client.invoke_agent(agent="support", message="hi", streaming=True))
    assert exporter.get_finished_spans() == ()  # open while the stream is
    if kind == "sync":
        texts = [e.get("response") for e in stream]
    else:
        texts = [e.get("response") async for e in stream]
    assert texts == ["He", "llo", None]
    (span,) = exporter.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert span.name == "invoke_agent support" and attributes["gen_ai.agent.id"] == "support"
    assert attributes["gen_ai.operation.name"] == "invoke_agent"
    assert (
        attributes["fetch_hive.stream.events"] == 3
        and attributes["fetch_hive.stream.completed"] is True
    )
    assert attributes["fetch_hive.stream.first_event_seconds"] >= 0
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (
        5,
        3,
    )
    assert (
        attributes["fetch_hive.request_id"] == "req_s"
        and attributes["gen_ai.response.model"] == "m1"
    )
    assert [e.name for e in span.events] == ["fetch_hive.first_event"]


async def test_a_stream_cut_short_is_an_error_span(
    kind: str, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([sse_body({"type": "response", "response": "He"}, done=False)])
    client = make_client(kind, Recorder([sse_reply(body)]), hooks=[_hooks(exporter)])
    stream = await _run(client.invoke_prompt(deployment="p", streaming=True))
    with pytest.raises(IncompleteStreamError):
        if kind == "sync":
            list(stream)
        else:
            [e async for e in stream]
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "IncompleteStreamError"
    assert (
        attributes["fetch_hive.stream.completed"] is False
        and attributes["fetch_hive.stream.events"] == 1
    )
    assert body.closed  # the connection went back as usual


async def test_a_stream_closed_early_ends_its_span_without_error(
    kind: str, exporter: InMemorySpanExporter
) -> None:
    events = [{"type": "response", "response": str(i)} for i in range(5)] + [
        {"type": "usage", "usage": {}}
    ]
    body = ChunkStream([sse_body(*events)])
    client = make_client(kind, Recorder([sse_reply(body)]), hooks=[_hooks(exporter)])
    stream = await _run(client.invoke_prompt(deployment="p", streaming=True))
    if kind == "sync":
        with stream:
            next(iter(stream))
    else:
        async with stream:
            await stream.__anext__()
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.UNSET
    assert dict(span.attributes or {})["fetch_hive.stream.completed"] is False
    assert body.closed


async def test_capture_content_records_the_body_redacted(
    kind: str, exporter: InMemorySpanExporter
) -> None:
    recorder = Recorder([reply(202, {"request_id": "r", "run_status": "accepted"})])
    client = make_client(kind, recorder, hooks=[_hooks(exporter, capture_content=True)])
    await _run(
        client.trigger_workflow_webhook(
            "wf", "v1", webhook_secret="whsec_topsecret", callback_url="https://e.com/cb",
            inputs={"name": "Alice"},
        )
    )  # fmt: skip
    (span,) = exporter.get_finished_spans()
    body = json.loads(dict(span.attributes or {})["fetch_hive.request.body"])
    assert body["inputs"] == {"name": "Alice"}
    assert "whsec_topsecret" not in json.dumps(dict(span.attributes or {}))


class Recording(CallHooks):
    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    def on_call_start(self, call: CallInfo) -> None:
        self.seen.append(("start", call.operation))

    def on_retry(self, call: CallInfo, reason: str, delay: float) -> None:
        self.seen.append(("retry", reason))

    def on_call_end(self, call: CallInfo) -> None:
        self.seen.append(
            (
                "end",
                (
                    call.status_code,
                    call.retries_taken,
                    type(call.error).__name__ if call.error else None,
                ),
            )
        )


class Broken(CallHooks):
    def on_call_start(self, call: CallInfo) -> None:
        raise RuntimeError("exporter down: token=abc")


async def test_hooks_of_your_own_and_a_broken_hook_never_breaks_a_call(
    kind: str, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    mine = Recording()
    recorder = Recorder(
        [
            lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)),
            reply(200, {"knowledge_bases": []}),
        ]
    )
    client = make_client(
        kind,
        recorder,
        sleeps,
        hooks=[Broken(), mine],
        workspace_id="6f1f4c1e-0d7a-4b6e-9d3c-2a1b0c9d8e7f",
    )
    assert await _run(client.knowledge_bases.list()) == []
    assert mine.seen == [
        ("start", "list_knowledge_bases"),
        ("retry", "ConnectError"),
        ("end", (200, 1, None)),
    ]
    assert "Broken failed in on_call_start (RuntimeError)" in caplog.text
    assert "token=abc" not in caplog.text
    # The copies of a client share its hooks.
    await _run(client.with_options(max_retries=0).knowledge_bases.list())
    assert mine.seen[-1] == ("end", (200, 0, None))


def test_hooks_are_checked_when_the_client_is_made() -> None:
    from fetch_hive_sdk import FetchHive

    with pytest.raises(InputValidationError, match="hooks: must be a list"):
        FetchHive(api_key="k", hooks=Recording())  # type: ignore[arg-type]
    with pytest.raises(InputValidationError, match=r"hooks\[0\]: object has no on_call_start"):
        FetchHive(api_key="k", hooks=[object()])  # type: ignore[list-item]


def test_without_hooks_nothing_of_opentelemetry_is_loaded() -> None:
    code = (
        "import sys, httpx\n"
        "from fetch_hive_sdk import FetchHive\n"
        "client = FetchHive(api_key='k', http_client=httpx.Client(transport=httpx.MockTransport("
        "lambda r: httpx.Response(200, json={'request_id': 'r', 'response': 'x'}))))\n"
        "client.invoke_prompt(deployment='p')\n"
        "print([m for m in sys.modules if m.startswith(('opentelemetry', 'fetch_hive_sdk.telemetry', 'fetch_hive_sdk._hooks'))])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout
