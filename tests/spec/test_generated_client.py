"""The generated package speaks the documented examples.

Descriptors: each operation's descriptor (`fetch_hive_api.api...OPERATION`) says what the
spec says: its method, path, parameters, body and answer models, auth. Requests: each
documented request example, built from the descriptor by the SDK's request builder
(`_build.prepare`, which checks it against the generated shapes) and sent over
`httpx.MockTransport`, arrives as the same JSON. Answers: each documented answer example is
parsed by the descriptor's answer model and `to_dict()` gives the same JSON back.
"""

from __future__ import annotations

import importlib
import io
import json
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import FetchHive
from fetch_hive_sdk._base_client import CallOptions
from fetch_hive_sdk._build import prepare

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
UUID = "3f7c2a1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b"


def _model(ref_holder: dict[str, Any]) -> Any:
    """The generated model class of a `{"$ref": "#/components/schemas/Name"}` schema."""
    name = ref_holder["$ref"].rsplit("/", 1)[1]
    module = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return getattr(importlib.import_module(f"fetch_hive_api.models.{module}"), name)


def _path_args(op: Operation) -> dict[str, str]:
    def value(param: dict[str, Any]) -> str:
        schema = param["schema"]
        if schema.get("format") == "uuid":
            return UUID
        return str(schema.get("examples", [f"{param['name']}-1"])[0])

    return {p["name"]: value(p) for p in op.path_params()}


def _expected_path(op: Operation) -> str:
    path = op.path
    for name, value in _path_args(op).items():
        path = path.replace("{" + name + "}", value)
    return "/v1" + path


def _call(op: Operation, example: Example | None, handler: Any) -> Any:
    """The answer of one call of `op` (its documented request body, if any) through the
    SDK's request builder and send loop."""
    descriptor = op.generated_module().OPERATION
    files = body = None
    if example is not None and example.media_type == "multipart/form-data":
        files = {
            name: (f"{name}.txt", io.BytesIO(value.encode()), None)
            for name, value in example.value.items()
        }
    elif example is not None:
        body = example.value
    prepared = prepare(
        descriptor, path=_path_args(op), body=body, files=files, secret="whsec_test_secret"
    )
    transport = httpx.MockTransport(handler)
    with FetchHive(
        api_key=TOKEN, base_url=BASE_URL, http_client=httpx.Client(transport=transport)
    ) as client:
        return client._request(prepared, CallOptions())


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


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_the_descriptor_says_what_the_spec_says(op: Operation) -> None:
    descriptor = op.generated_module().OPERATION
    assert (descriptor.operation_id, descriptor.method, descriptor.path) == (
        op.operation_id, op.method.upper(), op.path,
    )  # fmt: skip
    assert [p.name for p in descriptor.path_params] == [p["name"] for p in op.path_params()]
    query = [
        resolve(p)["name"] for p in op.node.get("parameters", []) if resolve(p)["in"] == "query"
    ]
    assert [p.name for p in descriptor.query_params] == query
    body = op.node.get("requestBody")
    if body is None:
        assert descriptor.body is None
    else:
        (media,) = resolve(body)["content"].values()
        assert descriptor.body is _model(media["schema"])
    security = op.node.get("security", load_spec()["security"])
    auth = {"ApiKeyAuth": "api_key", "WebhookSecretHeader": "webhook_secret"}
    assert descriptor.auth == (auth[next(iter(security[0]))] if security else "none")
    assert descriptor.extensions == {
        k: v for k, v in op.node.items() if k.startswith("x-fetch-hive-")
    }


REQUESTS = [(op, ex) for op in operations() for ex in request_examples(op)]


@pytest.mark.parametrize(("op", "example"), REQUESTS, ids=[ex.where for _, ex in REQUESTS])
def test_documented_request_is_sent_as_documented(op: Operation, example: Example) -> None:
    seen: list[httpx.Request] = []
    status, answer = _success_example(op)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=answer)

    parsed = _call(op, example, handler)

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
    assert _to_wire(parsed) == answer


def test_every_operation_with_a_body_is_covered() -> None:
    with_body = {op.operation_id for op in operations() if "requestBody" in op.node}
    assert with_body == {op.operation_id for op, _ in REQUESTS}


def test_get_operations_send_their_parameters() -> None:
    seen: list[httpx.Request] = []
    by_id = {op.operation_id: op for op in operations()}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_success_example(by_id["getRequest"])[1])

    with FetchHive(
        api_key=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as client:
        client.get_request("req_019d52846ea37682b03522fd0695cc43")
        assert seen[-1].url.path == "/v1/public/requests/req_019d52846ea37682b03522fd0695cc43"
        assert seen[-1].headers["authorization"] == f"Bearer {TOKEN}"
        descriptor = by_id["listErrorCodes"].generated_module().OPERATION
        client._request(prepare(descriptor, query={"locale": "es"}), CallOptions())
    assert seen[-1].url.path == "/v1/error_codes"
    assert seen[-1].url.params["locale"] == "es"
    assert "authorization" not in seen[-1].headers  # the catalogue needs no key


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

    descriptor = op.generated_module().OPERATION
    if not str(example.status).startswith("2"):  # an error answer: its own model
        assert _model(example.schema).from_dict(example.value).to_dict() == example.value
        return
    if descriptor.answer_is_list:
        parsed = [descriptor.answer.from_dict(item) for item in example.value]
    else:
        parsed = descriptor.answer.from_dict(example.value)
    assert _to_wire(parsed) == example.value
    if example.status in {"200", "202"}:  # and through a call of the SDK
        assert _to_wire(_call(op, next(request_examples(op), None), handler)) == example.value


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
