"""Bad arguments fail fast: `InputValidationError` naming the problem, nothing sent."""

from __future__ import annotations

from typing import Any

import pytest
from _wrapper_support import Recorder, invoke, make_client, reply
from fetch_hive_sdk import InputValidationError

pytestmark = pytest.mark.anyio

URL = "https://files.example/"
UUID_A = "6f1c2d9e-0a6b-4c1e-9d3f-2b7a8c9d0e1f"
UUID_B = "7a2b3c4d-1e2f-4a5b-8c9d-0e1f2a3b4c5d"

WF = {"deployment": "wf"}
AG = {"agent": "agent-1", "message": "hi"}

# (id, method, arguments, words the message must contain)
BAD_INPUTS: list[tuple[str, str, dict[str, Any], tuple[str, ...]]] = [
    ("empty-deployment", "invoke_prompt", {"deployment": ""}, ("deployment", "empty")),
    ("blank-deployment", "invoke_workflow", {"deployment": "   "}, ("deployment", "empty")),
    ("deployment-not-str", "invoke_prompt", {"deployment": 42}, ("deployment", "string", "int")),
    ("variant-not-str", "invoke_prompt", {"deployment": "p", "variant": 2}, ("variant", "string")),
    (
        "inputs-list",
        "invoke_prompt",
        {"deployment": "p", "inputs": ["a"]},
        ("inputs", "mapping", "list"),
    ),
    ("inputs-str", "invoke_workflow", {**WF, "inputs": '{"a": 1}'}, ("inputs", "mapping", "str")),
    (
        "inputs-int-key",
        "invoke_workflow",
        {**WF, "inputs": {1: "a"}},
        ("inputs", "keys", "strings"),
    ),
    (
        "metadata-list",
        "invoke_prompt",
        {"deployment": "p", "metadata": [("a", 1)]},
        ("metadata", "flat mapping"),
    ),
    (
        "metadata-nested",
        "invoke_workflow",
        {**WF, "metadata": {"customer": {"id": "c"}}},
        ('metadata["customer"]', "dict", "nested"),
    ),
    (
        "metadata-array",
        "invoke_workflow",
        {**WF, "metadata": {"tags": ["enterprise"]}},
        ('metadata["tags"]', "list"),
    ),
    ("metadata-empty-key", "invoke_agent", {**AG, "metadata": {"": "x"}}, ("metadata", "empty")),
    (
        "metadata-int-key",
        "invoke_agent",
        {**AG, "metadata": {3: "x"}},
        ("metadata", "keys", "strings"),
    ),
    (
        "metadata-bytes",
        "invoke_prompt",
        {"deployment": "p", "metadata": {"k": b"v"}},
        ('metadata["k"]', "bytes"),
    ),
    (
        "metadata-nan",
        "invoke_prompt",
        {"deployment": "p", "metadata": {"score": float("nan")}},
        ('metadata["score"]', "finite"),
    ),
    (
        "async-no-callback",
        "invoke_workflow",
        {**WF, "async_mode": True},
        ("callback_url", "required"),
    ),
    (
        "async-mode-not-bool",
        "invoke_workflow",
        {**WF, "async_mode": "yes"},
        ("async_mode", "True or False"),
    ),
    (
        "callback-http",
        "invoke_workflow",
        {**WF, "async_mode": True, "callback_url": "http://example.com/cb"},
        ("callback_url", "https"),
    ),
    (
        "callback-ftp",
        "invoke_workflow",
        {**WF, "async_mode": True, "callback_url": "ftp://example.com/cb"},
        ("callback_url", "https://"),
    ),
    (
        "callback-relative",
        "invoke_workflow",
        {**WF, "async_mode": True, "callback_url": "/cb"},
        ("callback_url", "absolute"),
    ),
    (
        "callback-not-str",
        "invoke_workflow",
        {**WF, "async_mode": True, "callback_url": 8080},
        ("callback_url", "URL string"),
    ),
    (
        "tool-approval-not-str",
        "invoke_workflow",
        {**WF, "tool_approval": True},
        ("tool_approval", "string"),
    ),
    ("user-not-str", "invoke_prompt", {"deployment": "p", "user": 7}, ("user", "string")),
    ("empty-agent", "invoke_agent", {"agent": "", "message": "hi"}, ("agent", "empty")),
    ("empty-message", "invoke_agent", {"agent": "a", "message": ""}, ("message", "empty")),
    ("message-not-str", "invoke_agent", {"agent": "a", "message": ["hi"]}, ("message", "string")),
    ("thread-id-not-str", "invoke_agent", {**AG, "thread_id": 5}, ("thread_id", "string")),
    (
        "messages-not-list",
        "invoke_agent",
        {**AG, "messages": {"role": "user"}},
        ("messages", "list"),
    ),
    ("message-item-str", "invoke_agent", {**AG, "messages": ["hello"]}, ("messages[0]", "mapping")),
    (
        "unknown-role",
        "invoke_agent",
        {**AG, "messages": [{"role": "robot", "content": "x"}]},
        ('messages[0]["role"]', "robot", "user, assistant, system"),
    ),
    (
        "content-missing",
        "invoke_agent",
        {**AG, "messages": [{"role": "user"}]},
        ('messages[0]["content"]', "string"),
    ),
    (
        "six-attachments",
        "invoke_agent",
        {**AG, "attachments": [f"{URL}{i}.pdf" for i in range(6)]},
        ("at most 5", "got 6"),
    ),
    (
        "five-plus-image",
        "invoke_agent",
        {**AG, "attachments": [f"{URL}{i}.pdf" for i in range(5)], "image_urls": [f"{URL}x.png"]},
        ("at most 5", "together", "got 6"),
    ),
    (
        "attachment-http",
        "invoke_agent",
        {**AG, "attachments": ["http://files.example/a.pdf"]},
        ("attachments[0]", "https"),
    ),
    (
        "attachment-no-file-url",
        "invoke_agent",
        {**AG, "attachments": [{"file_name": "a.pdf"}]},
        ("attachments[0]", "file_url"),
    ),
    (
        "attachment-object-http",
        "invoke_agent",
        {**AG, "attachments": [{"file_url": "http://x.example/a"}]},
        ('attachments[0]["file_url"]', "https"),
    ),
    (
        "attachment-int",
        "invoke_agent",
        {**AG, "attachments": [3]},
        ("attachments[0]", "URL string or a mapping"),
    ),
    (
        "attachments-str",
        "invoke_agent",
        {**AG, "attachments": f"{URL}a.pdf"},
        ("attachments", "list", "str"),
    ),
    (
        "image-url-http",
        "invoke_agent",
        {**AG, "image_urls": ["http://img.example/a.png"]},
        ("image_urls[0]", "https"),
    ),
    (
        "image-url-localhost-http",
        "invoke_agent",
        {**AG, "image_urls": ["http://localhost/a.png"]},
        ("image_urls[0]", "https://"),
    ),
    (
        "message-six-attachments",
        "invoke_agent",
        {
            **AG,
            "messages": [
                {"role": "user", "content": "x", "image_urls": [f"{URL}{i}.png" for i in range(6)]}
            ],
        },
        ("messages[0]", "at most 5"),
    ),
    (
        "known-ref-not-uuid",
        "invoke_agent",
        {**AG, "known_artifact_refs": ["art-1"]},
        ("known_artifact_refs[0]", "UUID"),
    ),
    (
        "ref-not-known",
        "invoke_agent",
        {**AG, "known_artifact_refs": [UUID_A], "artifact_refs": [UUID_B]},
        ("artifact_refs", "known_artifact_refs", UUID_B),
    ),
    (
        "async-options-not-mapping",
        "invoke_agent",
        {**AG, "async_options": True},
        ("async_options", "mapping"),
    ),
    (
        "async-options-no-callback",
        "invoke_agent",
        {**AG, "async_options": {"enabled": True}},
        ('async_options["callback_url"]', "required"),
    ),
    ("empty-request-id", "get_request", {"request_id": ""}, ("request_id", "empty")),
    ("locale-not-str", "list_error_codes", {"locale": 1}, ("locale", "string")),
    (
        "timeout-negative",
        "invoke_prompt",
        {"deployment": "p", "timeout": -1},
        ("timeout", "positive"),
    ),
    ("timeout-zero", "invoke_agent", {**AG, "timeout": 0}, ("timeout", "positive")),
    (
        "max-retries-negative",
        "invoke_prompt",
        {"deployment": "p", "max_retries": -2},
        ("max_retries", ">= 0"),
    ),
    (
        "max-retries-float",
        "invoke_workflow",
        {**WF, "max_retries": 1.5},
        ("max_retries", "integer"),
    ),
    (
        "extra-headers-list",
        "invoke_prompt",
        {"deployment": "p", "extra_headers": [("a", "b")]},
        ("extra_headers", "mapping"),
    ),
    (
        "extra-header-int-value",
        "invoke_prompt",
        {"deployment": "p", "extra_headers": {"X-N": 1}},
        ("extra_headers", "strings"),
    ),
]


def test_table_is_large_and_distinct() -> None:
    assert len(BAD_INPUTS) >= 30
    assert len({case[0] for case in BAD_INPUTS}) == len(BAD_INPUTS)


@pytest.mark.parametrize(
    ("method", "arguments", "words"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
async def test_bad_input_is_rejected_before_sending(
    kind: str, method: str, arguments: dict[str, Any], words: tuple[str, ...]
) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        await invoke(client, method, **arguments)
    for word in words:
        assert word in str(caught.value), f"{word!r} not in {str(caught.value)!r}"
    assert isinstance(caught.value, ValueError)  # catchable as the builtin too
    assert recorder.requests == []


@pytest.mark.parametrize(
    "callback_url",
    ["https://example.com/cb", "http://localhost:8000/cb", "http://127.0.0.1:9000/hook"],
)
async def test_good_callback_urls_pass(kind: str, callback_url: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "run_status": "running"})])
    client = make_client(kind, recorder)
    await invoke(
        client, "invoke_workflow", deployment="wf", async_mode=True, callback_url=callback_url
    )
    assert recorder.body()["async"] == {"enabled": True, "callback_url": callback_url}


async def test_exactly_five_attachments_pass(kind: str) -> None:
    recorder = Recorder([reply(200, {"response": "ok"})])
    client = make_client(kind, recorder)
    await invoke(
        client,
        "invoke_agent",
        **AG,
        attachments=[f"{URL}{i}.pdf" for i in range(3)],
        image_urls=[f"{URL}{i}.png" for i in range(2)],
    )
    assert len(recorder.body()["attachments"]) == 3


async def test_attachments_inside_messages_are_sent_as_checked(kind: str) -> None:
    recorder = Recorder([reply(200, {"response": "ok"})])
    client = make_client(kind, recorder)
    history = [
        {"role": "user", "content": "see these", "attachments": [f" {URL}a.pdf\n"],
         "image_urls": [f"\t{URL}b.png "]},
        {"role": "assistant", "content": "seen", "attachments": [{"file_url": f" {URL}c.pdf",
         "file_name": "c"}]},
        {"role": "user", "content": "plain"},
    ]  # fmt: skip
    await invoke(client, "invoke_agent", **AG, messages=history)
    assert recorder.body()["messages"] == [
        {"role": "user", "content": "see these", "attachments": [f"{URL}a.pdf"],
         "image_urls": [f"{URL}b.png"]},
        {"role": "assistant", "content": "seen", "attachments": [{"file_url": f"{URL}c.pdf",
         "file_name": "c"}]},
        {"role": "user", "content": "plain"},
    ]  # fmt: skip
    assert history[0]["attachments"] == [f" {URL}a.pdf\n"]  # the caller's list is left as it was


# The constraints of request fields (`Limits`, generated from openapi.yaml's minLength,
# maxLength, pattern, minimum, maximum, exclusive bounds, minItems and maxItems). --------------

LIMITS_CASES: list[tuple[dict[str, Any], Any, Any, str | None]] = [
    # (Limits keywords, inner shape, value, the problem or None)
    ({"min_length": 1}, "STR", "", 'f["x"]: must not be empty'),
    ({"min_length": 3}, "STR", "ab", 'f["x"]: must be at least 3 characters long, got 2'),
    ({"min_length": 3}, "STR", "abc", None),
    ({"max_length": 3}, "STR", "abcd", 'f["x"]: must be at most 3 characters long, got 4'),
    ({"max_length": 3}, "STR", "a\U0001f600c", None),  # code points, as JSON Schema counts
    ({"pattern": "^https://"}, "STR", "http://a.example", "must match the pattern '^https://'"),
    ({"pattern": "^https://"}, "STR", "https://a.example", None),
    ({"pattern": "b"}, "STR", "abc", None),  # unanchored, as JSON Schema's
    ({"minimum": 1, "maximum": 100}, "INT", 0, 'f["x"]: must be between 1 and 100, got 0'),
    ({"minimum": 0}, "FLOAT", -0.5, 'f["x"]: must be at least 0, got -0.5'),
    ({"maximum": 2}, "FLOAT", 2.5, 'f["x"]: must be at most 2, got 2.5'),
    ({"maximum": 2}, "FLOAT", float("nan"), "must be at most 2, got nan"),
    ({"exclusive_minimum": 0}, "FLOAT", 0, 'f["x"]: must be greater than 0, got 0'),
    ({"exclusive_maximum": 1}, "FLOAT", 1.0, 'f["x"]: must be less than 1, got 1.0'),
    ({"min_items": 1}, "LIST", [], 'f["x"]: must hold at least 1 items, got 0'),
    ({"max_items": 2}, "LIST", ["a", "b", "c"], 'f["x"]: must hold at most 2 items, got 3'),
    ({"min_length": 1}, "NULLABLE", None, None),  # a length applies to strings only
    ({"min_length": 1}, "STR", 3, 'f["x"]: must be str, got int'),  # the type comes first
]


@pytest.mark.parametrize(("limits", "inner", "value", "problem"), LIMITS_CASES)
def test_limits_check_request_values(
    limits: dict[str, Any], inner: str, value: Any, problem: str | None
) -> None:
    from fetch_hive_runtime import FLOAT, INT, NULL, STR, Limits, ListOf, OneOf

    shapes = {
        "STR": STR,
        "INT": INT,
        "FLOAT": FLOAT,
        "LIST": ListOf(STR),
        "NULLABLE": OneOf(STR, NULL),
    }
    found = Limits(shapes[inner], **limits).problem(value, 'f["x"]')
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found, found


def test_limits_never_stop_an_answer_from_being_read() -> None:
    from fetch_hive_api.models.knowledge_base_create import KnowledgeBaseCreate

    # Tolerant reader: an answer breaking a request constraint is read as it came.
    model = KnowledgeBaseCreate.from_dict({"name": "", "search_chunk_limit": 1000})
    assert model.name == "" and model.search_chunk_limit == 1000
    assert KnowledgeBaseCreate._sdk_problem(model, "kb") == 'kb["name"]: must not be empty'
