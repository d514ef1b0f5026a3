"""Every constraint openapi.yaml puts on a request field is honoured before sending.

The test walks the JSON request body of every operation (through `$ref`s, nested objects,
list items and `oneOf` members) and collects each `minLength`, `maxLength`, `pattern`,
`minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `minItems`, `maxItems` and
`propertyNames`. For each one it calls the SDK twice with the operation's documented example
(over httpx.MockTransport, sync and async): once with a value that meets the constraint,
which must be sent (and valid), and once with a value that breaks only that constraint:

- the resource operations (knowledge bases and items, agents and chats, approvals, Hive
  Agents) must refuse it with `InputValidationError` naming the field, nothing sent; both
  through the namespaces and through fetch-hive-sdk 0.4.1's names;
- the invoke and trigger methods (checked by hand in `_operations` / `_triggers`) must
  refuse it or send a body the schema accepts (0.4.1's `thread_id=""` means "not given").

A constraint added to the spec is covered with no change here; an operation with a
constrained body that no caller below sends fails the test until one is added.
"""

from __future__ import annotations

import copy
import inspect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from _wrapper_support import AGENT, CHAT, ITEM, KB, WS, Recorder, make_client, reply
from fetch_hive_sdk import InputValidationError

from tests.spec.spec_walk import load_spec, operations, request_examples, resolve, validator_for

pytestmark = pytest.mark.anyio

SECRET = "whsec_test_secret"

KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "propertyNames",
)

# Every answer the callers below may read: each envelope key, each run field.
ANSWER = {
    "knowledge_base": {"id": KB},
    "knowledge_base_item": {"id": ITEM},
    "agent": {"id": AGENT},
    "chat": {"id": CHAT},
    "tool_action_approval": {"id": ITEM},
    "response": {"chunks": []},
    "run_id": "run_1",
    "request_id": "req_0123456789abcdef0123456789abcdef",
    "run_status": "running",
    "status": "pending",
}

Body = dict[str, Any]
Caller = Callable[[Any, Body], Any]


def _without(body: Body, *keys: str) -> Body:
    return {key: value for key, value in body.items() if key not in keys}


def _invoke_workflow(client: Any, body: Body) -> Any:
    options = body.get("async") or {}
    return client.invoke_workflow(
        **_without(body, "async"),
        async_mode=bool(options.get("enabled", False)),
        callback_url=options.get("callback_url"),
    )


def _invoke_agent(client: Any, body: Body) -> Any:
    extra = {"async_options": body["async"]} if "async" in body else {}
    return client.invoke_agent(**_without(body, "async", "streaming"), **extra)


def _trigger(method: str, *path: str) -> Caller:
    def call(client: Any, body: Body) -> Any:
        keys = ("inputs", "metadata", "user", "message", "thread_id")
        return getattr(client, method)(
            *path,
            webhook_secret=SECRET,
            callback_url=body["async"]["callback_url"],
            **{key: body[key] for key in keys if key in body},
        )

    return call


def _hive_keywords(body: Body) -> Body:
    return {
        "callback_url": body["async"]["callback_url"],
        **{k: body.get(k) for k in ("sources", "metadata", "unattended", "budget_policy")},
    }


# The invoke and trigger methods: checked by hand, outside the generated models.
HAND_CHECKED: dict[str, Caller] = {
    "invokePrompt": lambda c, b: c.invoke_prompt(**_without(b, "streaming")),
    "invokeWorkflow": _invoke_workflow,
    "invokeAgent": _invoke_agent,
    "triggerWorkflowWebhook": _trigger("trigger_workflow_webhook", "market-report", "v1"),
    "triggerPromptWebhook": _trigger("trigger_prompt_webhook", "welcome-email", "v2"),
    "triggerAgentWebhook": _trigger("trigger_agent_webhook", AGENT),
}

# The resource operations through their namespaces ...
NAMESPACES: dict[str, Caller] = {
    "invokeHiveAgent": lambda c, b: c.hive_agents.invoke(
        b["hive_agent"], b["objective"], **_hive_keywords(b)
    ),
    "decideToolActionApproval": lambda c, b: c.approvals.decide(ITEM, b["decision"]),
    "createKnowledgeBase": lambda c, b: c.knowledge_bases.create(**b["knowledge_base"]),
    "updateKnowledgeBase": lambda c, b: c.knowledge_bases.update(KB, **b["knowledge_base"]),
    "searchKnowledgeBase": lambda c, b: c.knowledge_bases.search(
        KB,
        b["search_query"],
        search_type=b["search_type"],
        chunk_limit=b["search_chunk_limit"],
        score_threshold=b["search_score_threshold"],
    ),
    "createKnowledgeBaseItem": lambda c, b: c.knowledge_bases.items.create(
        KB, **b["knowledge_base_item"]
    ),
    "updateKnowledgeBaseItem": lambda c, b: c.knowledge_bases.items.update(
        KB, ITEM, **b["knowledge_base_item"]
    ),
    "createAgent": lambda c, b: c.agents.create(**b["agent"]),
    "updateAgent": lambda c, b: c.agents.update(AGENT, **b["agent"]),
    "createAgentChat": lambda c, b: c.agents.chats.create(AGENT, b["chat"]["name"]),
    "updateAgentChat": lambda c, b: c.agents.chats.update(AGENT, CHAT, name=b["chat"]["name"]),
}

# ... and through fetch-hive-sdk 0.4.1's names (plain dicts, the workspace first).
COMPAT: dict[str, Caller] = {
    "invokeHiveAgent": lambda c, b: c.invoke_hive_agent(
        hive_agent=b["hive_agent"], objective=b["objective"], **_hive_keywords(b)
    ),
    "decideToolActionApproval": lambda c, b: c.decide_tool_action_approval(WS, ITEM, b["decision"]),
    "createKnowledgeBase": lambda c, b: c.create_knowledge_base(WS, b["knowledge_base"]),
    "updateKnowledgeBase": lambda c, b: c.update_knowledge_base(WS, KB, b["knowledge_base"]),
    "searchKnowledgeBase": lambda c, b: c.search_knowledge_base(WS, KB, **b),
    "createKnowledgeBaseItem": lambda c, b: c.create_knowledge_base_item(
        WS, KB, b["knowledge_base_item"]
    ),
    "updateKnowledgeBaseItem": lambda c, b: c.update_knowledge_base_item(
        WS, KB, ITEM, b["knowledge_base_item"]
    ),
    "createAgent": lambda c, b: c.create_agent(WS, b["agent"]),
    "updateAgent": lambda c, b: c.update_agent(WS, AGENT, b["agent"]),
    "createAgentChat": lambda c, b: c.create_agent_chat(WS, AGENT, b["chat"]),
    "updateAgentChat": lambda c, b: c.update_agent_chat(WS, AGENT, CHAT, b["chat"]),
}

# Operations this SDK never sends, and why.
NOT_SENT = {
    "invokePromptLegacy": "deprecated `POST /invoke`: the SDK posts prompts to /prompt/invoke",
}


# Walking the spec. -----------------------------------------------------------------------


@dataclass(frozen=True)
class Constraint:
    operation_id: str
    schema_root: Any  # the request body's schema
    path: tuple[str, ...]  # inside the body; "*" is an item of a list
    keyword: str
    schema: Any  # the constrained schema (resolved)

    @property
    def name(self) -> str:
        return f"{self.operation_id} {'.'.join(self.path) or '(body)'} {self.keyword}"

    @property
    def field(self) -> str:
        """The field the error must name: the innermost named one."""
        return next(part for part in reversed(self.path) if part != "*")


def _walk(schema: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    schema = resolve(schema)
    yield path, schema
    for name, prop in schema.get("properties", {}).items():
        yield from _walk(prop, (*path, name))
    if isinstance(schema.get("items"), dict):
        yield from _walk(schema["items"], (*path, "*"))
    for member in schema.get("oneOf", []) + schema.get("anyOf", []):
        yield from _walk(member, path)


def _json_body_schema(op: Any) -> Any:
    content = resolve(op.node.get("requestBody", {})).get("content", {})
    media = content.get("application/json")
    return None if media is None else media["schema"]


def constraints() -> list[Constraint]:
    found = []
    for op in operations():
        schema = _json_body_schema(op)
        if schema is None:
            continue
        for path, node in _walk(schema, ()):
            for keyword in KEYWORDS:
                if keyword in node:
                    found.append(Constraint(op.operation_id, schema, path, keyword, node))
    return found


CONSTRAINTS = constraints()


def _type(schema: Any) -> str:
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    return str(kind)


def valid(schema: Any) -> Any:
    """A value the schema accepts (within every constraint)."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema:
        return valid(schema["oneOf"][0])
    kind = _type(schema)
    if kind == "string":
        if schema.get("format") == "uuid":
            return ITEM
        if "pattern" in schema or schema.get("format") == "uri":
            value = "https://example.com/file.pdf"
            assert re.search(schema.get("pattern", ""), value), schema
            return value
        return "x" * max(1, schema.get("minLength", 0))
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
        high = schema.get("maximum", schema.get("exclusiveMaximum", low + 2) - 1)
        value = (low + high) / 2
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    if kind == "array":
        return [valid(schema.get("items", {}))] * max(1, schema.get("minItems", 0))
    if "propertyNames" in schema:
        return {"key": valid(schema.get("additionalProperties", {}))}
    return {name: valid(schema["properties"][name]) for name in schema.get("required", [])}


def breaking(constraint: Constraint) -> Any:
    """A value that breaks `constraint` and nothing else."""
    schema, keyword = constraint.schema, constraint.keyword
    limit = schema[keyword]
    item = valid(schema.get("items", {})) if _type(schema) == "array" else None
    numeric = int if _type(schema) == "integer" else float
    values: dict[str, Callable[[], Any]] = {
        "minLength": lambda: "x" * (limit - 1),
        "maxLength": lambda: "x" * (limit + 1),
        "pattern": lambda: next(
            text
            for text in ("http://example.com/file.pdf", "x", "0" * 80)
            if re.search(limit, text) is None and len(text) >= schema.get("minLength", 0)
        ),
        "minimum": lambda: numeric(limit - 1),
        "maximum": lambda: numeric(limit + 1),
        "exclusiveMinimum": lambda: numeric(limit),
        "exclusiveMaximum": lambda: numeric(limit),
        "minItems": lambda: [item] * (limit - 1),
        "maxItems": lambda: [item] * (limit + 1),
        "propertyNames": lambda: {
            "x" * (limit.get("minLength", 1) - 1): valid(schema.get("additionalProperties", {}))
        },
    }
    return values[keyword]()


def _member_with(schema: Any, name: str) -> Any:
    """The object schema (itself or one of its `oneOf` members) that has property `name`."""
    schema = resolve(schema)
    if name in schema.get("properties", {}):
        return schema
    return next(
        resolve(m) for m in schema.get("oneOf", []) if name in resolve(m).get("properties", {})
    )


def placed(body: Body, root: Any, path: tuple[str, ...], value: Any) -> Body:
    """A copy of `body` with `value` at `path`, the objects and lists on the way made when
    the example has none (each as valid as its schema asks)."""
    body = copy.deepcopy(body)
    node: Any = body
    schema = resolve(root)
    for index, part in enumerate(path):
        last = index == len(path) - 1
        nxt = path[index + 1] if not last else None
        if part == "*":
            item_schema = schema["items"]
            if last:
                node[:] = [value]
                return body
            member = _member_with(item_schema, nxt) if nxt != "*" else resolve(item_schema)
            if not node or not isinstance(node[0], dict | list):
                node[:] = [valid(member)]
            node, schema = node[0], member
            continue
        prop = resolve(schema["properties"][part])
        if last:
            node[part] = value
            return body
        member = _member_with(prop, nxt) if nxt != "*" else prop
        if not isinstance(node.get(part), dict | list):
            node[part] = valid(member)
        node, schema = node[part], member
    raise AssertionError("an empty path")


def base_body(operation_id: str) -> Body:
    op = next(op for op in operations() if op.operation_id == operation_id)
    example = next(e for e in request_examples(op) if e.media_type == "application/json")
    value: Body = copy.deepcopy(example.value)
    return value


# The tests. -----------------------------------------------------------------------------


def test_the_walk_finds_the_constraints_the_issue_names() -> None:
    names = {c.name for c in CONSTRAINTS}
    for expected in (
        "createAgentChat chat.name minLength",
        "createKnowledgeBase knowledge_base.name minLength",
        "createAgent agent.name minLength",
        "searchKnowledgeBase search_chunk_limit maximum",
        "invokeAgent image_urls.* pattern",
        "invokeAgent attachments maxItems",
        "invokeHiveAgent metadata propertyNames",
    ):
        assert expected in names
    assert len(CONSTRAINTS) > 50


def test_every_operation_with_a_constrained_body_has_a_caller() -> None:
    constrained = {c.operation_id for c in CONSTRAINTS}
    callers = set(HAND_CHECKED) | set(NAMESPACES) | set(NOT_SENT)
    assert constrained - callers == set(), "add a caller for these operations"
    assert set(NAMESPACES) == set(COMPAT)


def _cases() -> list[Any]:
    cases = []
    for constraint in CONSTRAINTS:
        if constraint.operation_id in NOT_SENT:
            continue
        if constraint.operation_id in HAND_CHECKED:
            styles = [("invoke", HAND_CHECKED[constraint.operation_id])]
        else:
            styles = [
                ("namespace", NAMESPACES[constraint.operation_id]),
                ("0.4.1", COMPAT[constraint.operation_id]),
            ]
        for style, caller in styles:
            cases.append(pytest.param(constraint, style, caller, id=f"{constraint.name} {style}"))
    return cases


async def _send(kind: str, caller: Caller, body: Body) -> Recorder:
    recorder = Recorder([reply(200, ANSWER)])
    client = make_client(kind, recorder, workspace_id=WS)
    result = caller(client, body)
    if inspect.isawaitable(result):
        await result
    return recorder


@pytest.mark.parametrize(("constraint", "style", "caller"), _cases())
async def test_a_constrained_field_is_checked_before_sending(
    kind: str, constraint: Constraint, style: str, caller: Caller
) -> None:
    base = base_body(constraint.operation_id)
    root = constraint.schema_root
    validator = validator_for(root)

    # Within the constraint: sent, and valid.
    accepted = placed(base, root, constraint.path, valid(constraint.schema))
    recorder = await _send(kind, caller, accepted)
    assert len(recorder.requests) == 1
    errors = [e.message for e in validator.iter_errors(json.loads(recorder.last.content))]
    assert errors == [], errors

    # Breaking it: refused, or (the hand-checked invoke methods) sent without the fault.
    broken = placed(base, root, constraint.path, breaking(constraint))
    assert [e.validator for e in validator.iter_errors(broken)], "the broken body is valid?"
    recorder = Recorder([reply(200, ANSWER)])
    try:
        recorder = await _send(kind, caller, broken)
    except InputValidationError as error:
        assert recorder.requests == []
        assert constraint.field in str(error), str(error)
        return
    assert style == "invoke", f"sent: {recorder.last.content!r}"
    sent = json.loads(recorder.last.content)
    assert [e.message for e in validator.iter_errors(sent)] == [], sent


def test_the_spec_keeps_its_request_constraints_in_the_generated_models() -> None:
    """The generated request models carry each constraint of their own fields (the models
    the resource operations check bodies with)."""
    from fetch_hive_api import models

    spec = load_spec()["components"]["schemas"]
    for name in ("KnowledgeBaseCreate", "ChatCreate", "WorkspaceAgentCreate"):
        model = getattr(models, name)
        for field, schema in spec[name]["properties"].items():
            if "minLength" in schema:
                problem = model._sdk_problem({**valid(spec[name]), field: ""}, "x")
                assert problem == f'x["{field}"]: must not be empty', (name, field)
