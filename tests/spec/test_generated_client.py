"""The generated client speaks the documented examples.

Requests: each operation's documented request example, turned into the generated request
model and sent with the generated client over `httpx.MockTransport`, arrives as the same
JSON. Answers: each documented answer example, served by the transport, is parsed by the
generated models and `to_dict()` gives the same JSON back.
"""

from __future__ import annotations

import importlib
import io
import json
from typing import Any

import httpx
import pytest
from fetch_hive_api import AuthenticatedClient

from tests.spec.spec_walk import (
    Example,
    Operation,
    load_spec,
    operations,
    request_examples,
    resolve,
    response_examples,
)

BASE_URL = "https://api.fetchhive.com/v1"
TOKEN = "fhk_test_token"


def _model(ref_holder: dict[str, Any]) -> Any:
    """The generated model class of a `{"$ref": "#/components/schemas/Name"}` schema."""
    name = ref_holder["$ref"].rsplit("/", 1)[1]
    module = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return getattr(importlib.import_module(f"fetch_hive_api.models.{module}"), name)


def _path_args(op: Operation) -> dict[str, str]:
    return {p["name"]: f"{p['name']}-1" for p in op.path_params()}


def _expected_path(op: Operation) -> str:
    path = op.path
    for name, value in _path_args(op).items():
        path = path.replace("{" + name + "}", value)
    return "/v1" + path


def _call(op: Operation, body: Any, handler: Any) -> Any:
    client = AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    kwargs: dict[str, Any] = {"client": client, **_path_args(op)}
    if body is not None:
        kwargs["body"] = body
    return op.generated_module().sync_detailed(**kwargs)


def _request_body(example: Example) -> Any:
    """The generated request model of a request example (JSON, or a multipart file upload)."""
    model = _model(example.schema)
    if example.media_type == "multipart/form-data":
        from fetch_hive_api.types import File

        parts = {
            name: File(payload=io.BytesIO(value.encode()), file_name=f"{name}.txt")
            for name, value in example.value.items()
        }
        return model(**parts)
    return model.from_dict(example.value)


def _to_wire(parsed: Any) -> Any:
    """A parsed answer back as JSON (a list answer is a list of models)."""
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


def _success_example(op: Operation) -> tuple[int, Any]:
    for example in response_examples(op):
        if example.status in {"200", "202"} and example.media_type == "application/json":
            return int(example.status), example.value
    raise AssertionError(f"{op.operation_id} has no documented success answer")


REQUESTS = [(op, ex) for op in operations() for ex in request_examples(op)]


@pytest.mark.parametrize(("op", "example"), REQUESTS, ids=[ex.where for _, ex in REQUESTS])
def test_documented_request_is_sent_as_documented(op: Operation, example: Example) -> None:
    seen: list[httpx.Request] = []
    status, answer = _success_example(op)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=answer)

    body = _request_body(example)
    response = _call(op, body, handler)

    (request,) = seen
    assert request.method == op.method.upper()
    assert request.url.path == _expected_path(op)
    if example.media_type == "multipart/form-data":
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        for name, value in example.value.items():
            assert f'name="{name}"'.encode() in request.content
            assert value.encode() in request.content
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == example.value
    assert response.status_code == status
    assert _to_wire(response.parsed) == answer


def test_every_operation_with_a_body_is_covered() -> None:
    with_body = {op.operation_id for op in operations() if "requestBody" in op.node}
    assert with_body == {op.operation_id for op, _ in REQUESTS}


def test_get_operations_send_their_parameters() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status, answer = _success_example(op)
        return httpx.Response(status, json=answer)

    by_id = {op.operation_id: op for op in operations()}
    op = by_id["getRequest"]
    module = op.generated_module()
    client = AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    module.sync_detailed("req_019d52846ea37682b03522fd0695cc43", client=client)
    assert seen[-1].url.path == "/v1/public/requests/req_019d52846ea37682b03522fd0695cc43"
    assert seen[-1].headers["authorization"] == f"Bearer {TOKEN}"

    op = by_id["listErrorCodes"]
    op.generated_module().sync_detailed(client=client, locale="es")
    assert seen[-1].url.path == "/v1/error_codes"
    assert seen[-1].url.params["locale"] == "es"


ANSWERS = [
    (op, ex)
    for op in operations()
    for ex in response_examples(op)
    if ex.media_type == "application/json"
]


@pytest.mark.parametrize(("op", "example"), ANSWERS, ids=[ex.where for _, ex in ANSWERS])
def test_documented_answer_round_trips(op: Operation, example: Example) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(int(example.status or 200), json=example.value)

    body = None
    if "requestBody" in op.node:
        body = _request_body(next(request_examples(op)))
    response = _call(op, body, handler)
    assert response.parsed is not None, "the generated client did not parse this status"
    assert _to_wire(response.parsed) == example.value


def test_model_keeps_unknown_fields() -> None:
    from fetch_hive_api.models.workflow_run import WorkflowRun

    wire = {"request_id": "req_1", "run_status": "paused_for_review", "new_field": {"a": [1]}}
    assert WorkflowRun.from_dict(wire).to_dict() == wire


STREAM_AND_EVENT_EXAMPLES = [
    ex
    for op in operations()
    for ex in response_examples(op)
    if ex.media_type == "text/event-stream"
]


@pytest.mark.parametrize(
    "example", STREAM_AND_EVENT_EXAMPLES, ids=[e.where for e in STREAM_AND_EVENT_EXAMPLES]
)
def test_stream_frames_and_their_events_round_trip(example: Example) -> None:
    from fetch_hive_api.models.sse_frame import SseFrame

    assert SseFrame.from_dict(example.value).to_dict() == example.value
    event = json.loads(example.value["data"])
    model = _model({"$ref": f"#/components/schemas/{event['type'].capitalize()}Event"})
    assert model.from_dict(event).to_dict() == event


def _webhook_examples() -> list[tuple[str, Any, Any]]:
    found = []
    for name, item in load_spec()["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        for example in content.get("examples", {}).values():
            found.append((name, content["schema"], resolve(example)["value"]))
    return found


@pytest.mark.parametrize(("name", "schema", "value"), _webhook_examples())
def test_callback_event_examples_round_trip(name: str, schema: Any, value: Any) -> None:
    assert _model(schema).from_dict(value).to_dict() == value
