"""Types that tell the truth: a field the spec requires is typed non-optional, and an answer
that lacks it is still returned, whole; only reading that field raises `ResponseFieldError`
(never a silent None). Optional fields stay optional: a JSON null there reads as None.
Sync and async, through real calls over `httpx.MockTransport`."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from _mypy_snippets import Checked, snippet
from _wrapper_support import KB, WS, Recorder, invoke, make_client, reply
from fetch_hive_api import models
from fetch_hive_runtime import APIObject
from fetch_hive_sdk import ResponseFieldError

pytestmark = pytest.mark.anyio

PROMPT_WITHOUT_USAGE: dict[str, Any] = {
    "request_id": "req_019d52846ea37682b03522fd0695cc43",
    "model": "gpt-5-nano-2025-08-07",
    "duration": 1.2,
    "response": "Hello Alice",
    "stop_reason": "completed",
    "a_field_added_tomorrow": [1, 2],
}


async def test_a_prompt_answer_without_usage_is_returned_and_usage_raises(kind: str) -> None:
    recorder = Recorder([reply(200, PROMPT_WITHOUT_USAGE)])
    client = make_client(kind, recorder)
    result = await invoke(client, "invoke_prompt", deployment="welcome-email")
    assert result == PROMPT_WITHOUT_USAGE  # the whole answer, as it came
    assert result.response == "Hello Alice" and result.model == "gpt-5-nano-2025-08-07"
    with pytest.raises(ResponseFieldError) as caught:
        result.usage  # noqa: B018
    assert caught.value.model == "PromptResponse" and caught.value.field == "usage"
    assert "missing" in caught.value.got
    assert str(caught.value) == (
        "PromptResponse.usage: expected a Usage object, got nothing (the field is missing)"
    )
    assert result.http_response is not None and result.http_response.json() == result
    assert len(recorder.requests) == 1  # not retried, not refused


async def test_a_knowledge_base_without_its_id_is_returned_and_id_raises(kind: str) -> None:
    wire = {
        "name": "Support",
        "search_type": "hybrid",
        "search_chunk_limit": 5,
        "search_score_threshold": None,
    }
    recorder = Recorder([reply(200, {"knowledge_base": wire})])
    client = make_client(kind, recorder, workspace_id=WS)
    kb = await invoke(client.knowledge_bases, "get", KB)
    assert isinstance(kb, models.KnowledgeBase) and kb == wire
    assert kb.name == "Support" and kb.search_chunk_limit == 5
    with pytest.raises(ResponseFieldError) as caught:
        kb.id  # noqa: B018
    assert (caught.value.model, caught.value.field) == ("KnowledgeBase", "id")
    # A required field that is there but null is a misfit too (the schema says a string).
    with pytest.raises(ResponseFieldError, match=r"KnowledgeBase\.search_score_threshold"):
        kb.search_score_threshold  # noqa: B018
    assert kb.description is None  # an optional field left out: None


async def test_a_search_result_without_chunks_raises_on_chunks(kind: str) -> None:
    recorder = Recorder([reply(200, {"message": "ok", "response": {"search_query": "q"}})])
    client = make_client(kind, recorder, workspace_id=WS)
    found = await invoke(client.knowledge_bases, "search", KB, "q")
    assert found == {"search_query": "q"}
    with pytest.raises(ResponseFieldError, match=r"KnowledgeBaseSearchResult\.chunks"):
        found.chunks  # noqa: B018


async def test_an_approval_without_status_raises_on_status(kind: str) -> None:
    approval = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    wire = {"id": approval, "tool_name": "google_search"}
    recorder = Recorder([reply(200, {"tool_action_approval": wire})])
    client = make_client(kind, recorder, workspace_id=WS)
    got = await invoke(client.approvals, "get", approval)
    assert got == wire and got.id == approval and got.tool_name == "google_search"
    with pytest.raises(ResponseFieldError, match=r"ToolActionApproval\.status"):
        got.status  # noqa: B018


def _models() -> list[type[APIObject]]:
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, APIObject)
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


def _typed_reads(model: type[APIObject]) -> dict[str, property]:
    """The typed attributes the model's template wrote: one property per field."""
    return {name: value for name, value in vars(model).items() if isinstance(value, property)}


MODELS = _models()


def test_the_walk_finds_every_model_and_every_field() -> None:
    assert len(MODELS) > 90
    for model in MODELS:
        assert len(_typed_reads(model)) == len(model._sdk_fields), model


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_null_in_every_optional_field_reads_as_none_and_every_required_one_raises(
    model: type[APIObject],
) -> None:
    optional = [key for key, field in model._sdk_fields.items() if not field.required]
    value = model.from_dict(dict.fromkeys(optional))  # every optional field null, nothing else
    missing = []
    for name, read in _typed_reads(model).items():
        try:
            got = read.__get__(value)
        except ResponseFieldError as error:  # a required field: it is missing
            assert error.got == "nothing (the field is missing)", (model, name)
            missing.append(error.field)
        else:
            assert got is None, (model, name)
    assert sorted(missing) == sorted(model._sdk_required), model
    assert value == dict.fromkeys(optional)  # reading changed nothing


async def test_null_optional_objects_and_lists_read_as_none_through_a_call(kind: str) -> None:
    answer = {
        "request_id": "req_019d52846ea37682b03522fd0695cc47",
        "response": None,
        "usage": None,
        "tool_calls": None,
        "artifacts": None,
        "pending_delegations": None,
    }
    recorder = Recorder([reply(200, answer)])
    result = await invoke(make_client(kind, recorder), "invoke_agent", agent="a", message="m")
    assert result == answer
    assert result.usage is None and result.tool_calls is None and result.artifacts is None
    assert result.pending_delegations is None and result.response is None


REQUIRED_FIELDS = snippet(
    "required_fields",
    "from fetch_hive_sdk import FetchHive\n"
    "def check(client: FetchHive) -> None:\n"
    "    result = client.invoke_prompt(deployment='d')\n"
    "    reveal_type(result.usage.total_tokens)\n"
    "    reveal_type(result.request_id)\n"
    "    kb = client.knowledge_bases.create(name='n')\n"
    "    reveal_type(kb.id)\n"
    "    reveal_type(kb.description)\n"
    "    reveal_type(client.knowledge_bases.search(kb.id, 'q').chunks[0].score)\n"
    "    reveal_type(client.approvals.get('a').status)\n",
)


@pytest.mark.mypy
def test_mypy_sees_the_required_fields_as_not_optional(mypy_snippets: dict[str, Checked]) -> None:
    checked = mypy_snippets[REQUIRED_FIELDS]
    assert checked.revealed == [
        '"builtins.int"',
        '"builtins.str | None"',  # the published SDK spec leaves it out of some answers
        '"builtins.str"',
        '"builtins.str | None"',
        '"builtins.float"',
        '"builtins.str"',
    ], checked.output
