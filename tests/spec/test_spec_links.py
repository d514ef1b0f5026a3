"""The OpenAPI links of openapi.yaml (schemathesis's stateful phase follows them): each names
an operation that exists and that operation's parameters, each runtime expression points at a
field the source's request or answer schema has, and the links from `invokeAgent` to the
delegation operations lead to the right delegation on the reference server (a real socket)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fetch_hive_reference.testing import running_server

from tests.spec.spec_walk import operations, resolve

OPERATIONS = {op.operation_id: op for op in operations()}


def _links() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(source operation, status, link name, link) for every link."""
    found = []
    for op in OPERATIONS.values():
        for status, response in op.node.get("responses", {}).items():
            for name, link in resolve(response).get("links", {}).items():
                found.append((op.operation_id, status, name, resolve(link)))
    return found


LINKS = _links()


def _schema_at(schema: Any, pointer: str) -> Any:
    """The schema of the value at a JSON pointer inside a value of `schema`, or None."""
    node = resolve(schema)
    for part in [p for p in pointer.split("/") if p]:
        if part.isdigit() and "items" in node:
            node = resolve(node["items"])
        elif part in node.get("properties", {}):
            node = resolve(node["properties"][part])
        else:
            return None
    return node


def _json_schema(node: dict[str, Any]) -> Any:
    return node.get("content", {}).get("application/json", {}).get("schema")


def test_the_delegation_operations_are_reached_by_links() -> None:
    targets = {link["operationId"] for _, _, _, link in LINKS}
    for operation_id in ("getAgentDelegation", "cancelAgentDelegation", "listThreadDelegations"):
        assert operation_id in targets, operation_id
    from_invoke = {link["operationId"] for src, _, _, link in LINKS if src == "invokeAgent"}
    assert from_invoke >= {"getAgentDelegation", "cancelAgentDelegation"}
    # invokeAgent itself is reached from a created agent (schemathesis does not start there).
    to_invoke = {src for src, _, _, link in LINKS if link["operationId"] == "invokeAgent"}
    assert to_invoke == {"createAgent"}


@pytest.mark.parametrize(
    ("source", "status", "name", "link"), LINKS, ids=[f"{s} {n}" for s, _, n, _ in LINKS]
)
def test_each_link_names_real_parameters_and_fields(
    source: str, status: str, name: str, link: dict[str, Any]
) -> None:
    target = OPERATIONS[link["operationId"]]
    target_params = {resolve(p)["name"] for p in target.node.get("parameters", [])}
    source_op = OPERATIONS[source]
    expressions = list(link.get("parameters", {}).items())
    body = link.get("requestBody", {})
    if body:  # a body of expressions: each field is one the target's request has
        target_body = _json_schema(resolve(target.node["requestBody"]))
        for field in body:
            assert _schema_at(target_body, field) is not None, (field, target.operation_id)
        expressions += [("", expression) for expression in body.values()]
    for parameter, expression in expressions:
        assert not parameter or parameter in target_params, (parameter, target.operation_id)
        if expression.startswith("$response.body#"):
            schema = _json_schema(resolve(source_op.node["responses"][status]))
            found = _schema_at(schema, expression.split("#", 1)[1])
        elif expression.startswith("$request.body#"):
            schema = _json_schema(resolve(source_op.node["requestBody"]))
            found = _schema_at(schema, expression.split("#", 1)[1])
        else:
            match = re.fullmatch(r"\$request\.path\.(\w+)", expression)
            assert match is not None, expression
            found = match[1] in {p["name"] for p in source_op.path_params()}
        assert found, f"{source} {name}: {expression} points at nothing"


def _evaluate(expression: str, request_body: Any, answer: Any) -> Any:
    source, pointer = expression.split("#", 1)
    value = answer if source == "$response.body" else request_body
    for part in [p for p in pointer.split("/") if p]:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def _encoded(value: str) -> str:
    """A path segment as the SDK sends it: every character but the unreserved ones escaped."""
    return "".join(
        char if char.isascii() and (char.isalnum() or char in "-._~") else f"%{ord(char):02X}"
        for char in value
    )


def test_following_the_invoke_links_reaches_the_delegation() -> None:
    with running_server(stream_pace=0, delegation_seconds=60) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers, trust_env=False) as api:
            # createAgent -> invokeAgent: the link gives the new agent's id as `agent`.
            models = api.get("/public/models").json()
            llm = next(model["slug"] for model in models if model["model_type"] == "llm")
            agent_body = {"agent": {"name": "Ops", "llm_model": llm, "model_type": "llm"}}
            workspace = f"/public/workspaces/{server.settings.workspace_id}"
            created = api.post(f"{workspace}/agents", json=agent_body).json()
            [to_invoke] = [
                link for src, _, _, link in LINKS if link["operationId"] == "invokeAgent"
            ]
            body = {
                field: _evaluate(expression, agent_body, created)
                for field, expression in to_invoke["requestBody"].items()
            }
            assert body == {"agent": created["agent"]["id"]}
            body.update(message="run the report workflow", thread_id="team/q3")
            answer = api.post("/agent/invoke", json=body).json()
            [pending] = answer["pending_delegations"]
            links = [link for src, _, _, link in LINKS if src == "invokeAgent"]
            # Reads first, the cancel last: it changes what the others see.
            links.sort(key=lambda link: link["operationId"] == "cancelAgentDelegation")
            seen = {}
            for link in links:
                target = OPERATIONS[link["operationId"]]
                path = target.path.format(
                    **{
                        key: _encoded(str(_evaluate(expression, body, answer)))
                        for key, expression in link["parameters"].items()
                    }
                )
                response = api.request(target.method.upper(), path)
                assert response.status_code == 200, (target.operation_id, response.text)
                seen[target.operation_id] = response.json()
    assert [d["id"] for d in seen["listThreadDelegations"]["delegations"]] == [pending["id"]]
    assert seen["getAgentDelegation"]["id"] == pending["id"]
    assert seen["cancelAgentDelegation"]["id"] == pending["id"]
    assert seen["cancelAgentDelegation"]["status"] == "cancelled"
