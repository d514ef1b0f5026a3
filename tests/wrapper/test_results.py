"""Results are the wire JSON (a dict) with typed views at every level, and a tolerant reader:
an answer shaped a little differently is returned, never a failed call. Sync and async."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from _mypy_snippets import Checked, snippet
from _wrapper_support import Recorder, invoke, make_client, reply
from fetch_hive_api import models
from fetch_hive_sdk import APIObject, APIResponseValidationError, ResponseFieldError

pytestmark = pytest.mark.anyio

AGENT_ANSWER: dict[str, Any] = {
    "request_id": "req_019d52846ea37682b03522fd0695cc47",
    "response": "Q3 grew 12%.",
    "thread_id": "t1",
    "model": "gpt-5-mini",
    "usage": {
        "prompt_tokens": {"total_tokens": 812, "cached_tokens": 256},
        "completion_tokens": {"total_tokens": 64, "reasoning_tokens": 0},
        "total_tokens": 876,
    },
    "tool_calls": [
        {"tool_name": "google_search", "tool_input": {"query": "Q3"}, "observation": "{}"}
    ],
    "artifacts": [{"file_url": "https://cdn.example/a.png", "file_size": 12}],
    "a_field_added_tomorrow": {"nested": [1, {"x": None}]},
}


async def _call(kind: str, method: str, answer: Any, status: int = 200, **arguments: Any) -> Any:
    recorder = Recorder([reply(status, answer, **{"X-RateLimit-Remaining": "7"})])
    return await invoke(make_client(kind, recorder), method, **arguments)


async def _agent(kind: str, answer: Any) -> Any:
    return await _call(kind, "invoke_agent", answer, agent="a", message="m")


async def test_a_result_is_the_wire_json(kind: str) -> None:
    result = await _agent(kind, AGENT_ANSWER)
    assert isinstance(result, dict) and isinstance(result, models.AgentResponse)
    assert result == AGENT_ANSWER
    assert json.loads(json.dumps(result)) == AGENT_ANSWER
    assert result.to_dict() == AGENT_ANSWER and type(result.to_dict()["usage"]) is dict
    assert set(result) == set(AGENT_ANSWER)  # no SDK keys mixed in


async def test_typed_views_at_every_level_and_every_mix(kind: str) -> None:
    result = await _agent(kind, AGENT_ANSWER)
    assert result.usage.prompt_tokens.total_tokens == 812
    assert result["usage"]["prompt_tokens"]["total_tokens"] == 812
    assert result["usage"].prompt_tokens["total_tokens"] == 812
    assert result.usage["prompt_tokens"].total_tokens == 812
    assert isinstance(result["usage"], models.Usage)
    assert isinstance(result["usage"]["prompt_tokens"], models.PromptTokens)
    assert result.tool_calls[0].tool_input == {"query": "Q3"}
    assert result["tool_calls"][0].tool_name == "google_search"
    assert result.artifacts[0].file_size == 12 and result.artifacts[0].id is None
    assert result["a_field_added_tomorrow"]["nested"][1] == {"x": None}


async def test_how_the_result_was_obtained_is_attributes_not_keys(kind: str) -> None:
    result = await _agent(kind, AGENT_ANSWER)
    assert result.http_response.status_code == 200
    assert result.retries_taken == 0
    assert result.rate_limit is not None and result.rate_limit.remaining == 7
    for name in ("http_response", "retries_taken", "rate_limit"):
        assert name not in result
    # Nested objects and copies were not read from an answer of their own.
    assert result.usage.http_response is None and result.usage.retries_taken == 0


async def test_results_survive_pickle_and_copies(kind: str) -> None:
    result = await _agent(kind, AGENT_ANSWER)
    for copied in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result), copy.copy(result)):
        assert type(copied) is models.AgentResponse and copied == AGENT_ANSWER
        assert copied.usage.completion_tokens.total_tokens == 64
        assert copied.http_response is None  # the open HTTP answer is not part of the value
    deep = copy.deepcopy(result)
    deep["usage"]["total_tokens"] = 0
    assert result.usage.total_tokens == 876  # a deep copy shares nothing


async def test_the_repr_hides_secrets(kind: str) -> None:
    answer = {"request_id": "r", "run_status": "running", "webhook_secret": "whsec_TOPSECRET"}
    run = await _call(kind, "invoke_workflow", answer, deployment="d")
    assert run.webhook_secret == run["webhook_secret"] == "whsec_TOPSECRET"
    assert "TOPSECRET" not in repr(run) and "TOPSECRET" not in str(run)
    assert repr(run).startswith("WorkflowRun({")


# The shapes of Fetch Hive's published SDK spec: documented alternatives, returned as sent. -

SDK_SPEC_SHAPES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    (
        "string tool_input",
        "invoke_agent",
        {"response": "ok", "tool_calls": [{"tool_name": "s", "tool_input": '{"q": 1}'}]},
        {"tool_calls.0.tool_input": '{"q": 1}'},
    ),
    (
        "flat usage integers",
        "invoke_prompt",
        {
            "request_id": "r",
            "response": "ok",
            "usage": {"prompt_tokens": 10, "completion_tokens": 5},
        },
        {"usage.prompt_tokens": 10, "usage.completion_tokens": 5},
    ),
    (
        "workflow run_id and status",
        "invoke_workflow",
        {"request_id": "r", "run_id": "run_1", "status": "completed", "output": "done"},
        {"run_id": "run_1", "status": "completed", "run_status": None, "output": "done"},
    ),
    (
        "queued run without request_id",
        "invoke_workflow",
        {"run_id": "run_2", "status": "queued"},
        {"run_id": "run_2", "status": "queued", "request_id": None},
    ),
    (
        "prompt answer without request_id",
        "invoke_prompt",
        {"response": "ok", "model": "m"},
        {"request_id": None, "response": "ok"},
    ),
]

ARGUMENTS = {
    "invoke_agent": {"agent": "a", "message": "m"},
    "invoke_prompt": {"deployment": "p"},
    "invoke_workflow": {"deployment": "w"},
}


def _typed(result: Any, path: str) -> Any:
    value = result
    for part in path.split("."):
        value = value[int(part)] if part.isdigit() else getattr(value, part)
    return value


@pytest.mark.parametrize(
    ("method", "answer", "reads"),
    [shape[1:] for shape in SDK_SPEC_SHAPES],
    ids=[shape[0] for shape in SDK_SPEC_SHAPES],
)
async def test_published_sdk_spec_shapes_are_read(
    kind: str, method: str, answer: dict[str, Any], reads: dict[str, Any]
) -> None:
    status = 202 if answer.get("status") == "queued" else 200
    result = await _call(kind, method, answer, status, **ARGUMENTS[method])
    assert result == answer
    for path, expected in reads.items():
        assert _typed(result, path) == expected, path


# Answers that do not fit: returned whole; only the misfit, read typed, fails. -------------

MISFITS: list[tuple[str, dict[str, Any], str, str]] = [
    ("usage is a string", {"response": "ok", "usage": "n/a"}, "usage", "PromptResponse.usage"),
    (
        "nested field of the wrong type",
        {"response": "ok", "usage": {"total_tokens": "many"}},
        "usage.total_tokens",
        "Usage.total_tokens",
    ),
    ("required field missing", {"model": "m"}, "response", "PromptResponse.response: .*missing"),
    ("boolean where a number is", {"response": "ok", "duration": True}, "duration", "duration"),
    (
        "list item of the wrong shape",
        {"response": "ok", "usage": {"prompt_tokens": [1]}},
        "usage.prompt_tokens",
        "Usage.prompt_tokens: expected a PromptTokens object or int, got a list",
    ),
]


@pytest.mark.parametrize(
    ("answer", "path", "message"),
    [m[1:] for m in MISFITS],
    ids=[m[0] for m in MISFITS],
)
async def test_a_misfit_fails_only_when_read_typed(
    kind: str, answer: dict[str, Any], path: str, message: str
) -> None:
    result = await _call(kind, "invoke_prompt", answer, deployment="p")
    assert result == answer  # the call itself succeeded, the JSON is intact
    with pytest.raises(ResponseFieldError, match=message) as caught:
        _typed(result, path)
    assert isinstance(caught.value, TypeError)
    assert caught.value.field == path.rsplit(".", 1)[-1]
    # The raw value stays readable by key.
    value: Any = result
    for part in path.split("."):
        value = value[part] if isinstance(value, dict) and part in value else None
    assert value == _raw(answer, path)


def _raw(answer: dict[str, Any], path: str) -> Any:
    value: Any = answer
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


async def test_a_known_field_of_a_list_that_does_not_fit(kind: str) -> None:
    answer = {"response": "ok", "tool_calls": [{"tool_name": "a"}, "not an object"]}
    result = await _agent(kind, answer)
    assert result == answer
    # The error names the item that does not fit, and what it should have been.
    with pytest.raises(
        ResponseFieldError,
        match=r"^AgentResponse\.tool_calls\[1\]: expected a ToolCall object, got a string$",
    ) as caught:
        result.tool_calls  # noqa: B018
    assert caught.value.field == "tool_calls[1]"
    assert result["tool_calls"][0].tool_name == "a"


def test_a_typed_read_never_changes_the_callers_own_list() -> None:
    result = models.AgentResponse.from_dict({"response": "x"})
    mine = [{"tool_name": "a", "tool_input": {}}]
    result["tool_calls"] = mine
    assert result.tool_calls[0].tool_name == "a"
    assert type(mine[0]) is dict  # the caller's list still holds the caller's dict
    assert isinstance(result["tool_calls"][0], models.ToolCall)  # the result keeps the model


def test_error_texts_use_the_right_article() -> None:
    result = models.AgentResponse.from_dict({"response": "x", "usage": "many"})
    with pytest.raises(ResponseFieldError, match="expected a Usage object") as caught:
        result.usage  # noqa: B018
    assert caught.value.body is None and caught.value.http_response is None
    result = models.StreamResult.from_dict({"artifacts": ["x"]})
    with pytest.raises(ResponseFieldError, match="expected an Artifact object, got a string"):
        result.artifacts  # noqa: B018


@pytest.mark.parametrize("body", [b"[]", b"42", b'"a string"', b"null", b"not json"])
async def test_answers_that_are_not_json_objects_are_validation_errors(
    kind: str, body: bytes
) -> None:
    with pytest.raises(APIResponseValidationError):
        await _call(kind, "invoke_prompt", body, deployment="p")


def test_a_plain_dict_set_later_is_read_through_its_model() -> None:
    result = models.AgentResponse.from_dict({"response": "x"})
    result["usage"] = {"total_tokens": 3}
    assert result.usage.total_tokens == 3
    assert isinstance(result["usage"], models.Usage)  # kept, so later reads are cheap


def test_field_names_that_would_shadow_dict_methods_are_suffixed() -> None:
    # Every generated property is readable and no dict method is shadowed.
    for name in dir(models):
        model = getattr(models, name)
        if isinstance(model, type) and issubclass(model, APIObject):
            for method in ("items", "keys", "values", "get", "copy", "update"):
                assert getattr(model, method) is getattr(dict, method), (model, method)


PRECISE_TYPES = snippet(
    "precise_types",
    "from fetch_hive_sdk import FetchHive\n"
    "def check(client: FetchHive) -> None:\n"
    "    result = client.invoke_agent(agent='a', message='m')\n"
    "    assert result.usage is not None\n"
    "    reveal_type(result.usage.prompt_tokens)\n"
    "    reveal_type(result.tool_calls)\n"
    "    reveal_type(result['usage'])\n"
    "    run = client.invoke_workflow(deployment='w')\n"
    "    reveal_type(run.run_status)\n"
    "    reveal_type(run.output)\n"
    "    record = client.get_request('r')\n"
    "    reveal_type(record.started_at)\n"
    "    reveal_type(record.request_id)\n",
)


@pytest.mark.mypy
def test_mypy_sees_precise_types(mypy_snippets: dict[str, Checked]) -> None:
    checked = mypy_snippets[PRECISE_TYPES]
    assert checked.revealed == [
        '"fetch_hive_api.models.prompt_tokens.PromptTokens | builtins.int"',  # required
        '"builtins.list[fetch_hive_api.models.tool_call.ToolCall] | None"',
        '"Any"',
        '"builtins.str | None"',
        '"Any"',
        '"datetime.datetime | None"',
        '"builtins.str"',
    ], checked.output
