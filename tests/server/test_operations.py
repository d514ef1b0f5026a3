"""The server is organised by the operations of openapi.yaml: each operationId has exactly
one handler, every route it serves is an operation of the spec, and each operation's
credentials are the ones its `security` names."""

from __future__ import annotations

import ast
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from fetch_hive_reference import handlers
from fetch_hive_reference.app import create_app, route_path
from fetch_hive_reference.registry import DuplicateHandler, handles, load_handlers
from fetch_hive_reference.settings import Settings
from fetch_hive_reference.spec import find_spec_file
from fetch_hive_reference.testing import RunningServer, running_server
from starlette.routing import Route

DOCUMENT: dict[str, Any] = yaml.safe_load(find_spec_file().read_text())
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_OPERATIONS = {
    definition["operationId"]: (method.upper(), path)
    for path, item in DOCUMENT["paths"].items()
    for method, definition in item.items()
    if method in METHODS
}


def _decorated_operations() -> Counter[str]:
    """How many `@handles("...")` decorators name each operationId in handlers/ (read from
    the source: the registry keeps one entry per id, so it could not show a second)."""
    found: Counter[str] = Counter()
    for source in Path(handlers.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef):
                for decorator in node.decorator_list:
                    if (
                        isinstance(decorator, ast.Call)
                        and isinstance(decorator.func, ast.Name)
                        and decorator.func.id == "handles"
                    ):
                        found[ast.literal_eval(decorator.args[0])] += 1
    return found


def test_every_operation_of_the_spec_has_exactly_one_handler() -> None:
    decorated = _decorated_operations()
    assert set(decorated) == set(SPEC_OPERATIONS)
    assert {op: n for op, n in decorated.items() if n != 1} == {}
    assert set(load_handlers()) == set(SPEC_OPERATIONS)


def test_a_second_handler_for_an_operation_is_refused() -> None:
    async def another(call: Any) -> Any:
        raise AssertionError("never called")

    load_handlers()
    with pytest.raises(DuplicateHandler, match=r"invokeAgent: handled by .*agents\.invoke_agent"):
        handles("invokeAgent")(another)


def _served() -> Iterator[tuple[str, str]]:
    app = create_app(Settings())
    for route in app.router.routes:
        assert isinstance(route, Route)
        if route.path == "/openapi.yaml":  # the spec itself, not an operation
            continue
        assert route.path.startswith("/v1/")
        path = route.path.removeprefix("/v1").replace(":any_text}", "}")
        for method in route.methods or ():
            if method != "HEAD":  # Starlette adds it to every GET route
                yield method, path


def test_every_route_the_server_serves_is_an_operation_of_the_spec() -> None:
    served = sorted(_served())
    assert len(served) == len(set(served))
    assert served == sorted(SPEC_OPERATIONS.values())


def test_only_parameters_the_spec_marks_take_any_text() -> None:
    spec = create_app(Settings()).state.reference.spec
    any_text = {op.operation_id: route_path(op) for op in spec.operations.values()}
    marked = {op: path for op, path in any_text.items() if ":any_text" in path}
    assert marked == {"listThreadDelegations": "/v1/agent/threads/{thread_id:any_text}/delegations"}


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0) as running:
        yield running


def _fill(path: str) -> str:
    """The path with a value for each parameter (a UUID: the id parameters need one)."""
    while "{" in path:
        start = path.index("{")
        path = path[:start] + str(uuid.uuid4()) + path[path.index("}", start) + 1 :]
    return path


def _security(operation_id: str) -> list[dict[str, Any]]:
    method, path = SPEC_OPERATIONS[operation_id]
    definition = DOCUMENT["paths"][path][method.lower()]
    security: list[dict[str, Any]] = definition.get("security", DOCUMENT["security"])
    return security


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_credentials_are_asked_where_the_spec_asks_for_them(
    server: RunningServer, operation_id: str
) -> None:
    method, path = SPEC_OPERATIONS[operation_id]
    url = server.base_url + _fill(path)
    wrong = {"Authorization": "Bearer fhk_wrong", "X-Fetch-Hive-Webhook-Secret": "whsec_wrong"}
    with httpx.Client(trust_env=False) as http:
        bare = http.request(method, url, json={})
        refused = http.request(method, url, json={}, headers=wrong)
    security = _security(operation_id)
    if not security:
        assert bare.status_code != 401 and refused.status_code != 401
        return
    assert (bare.status_code, refused.status_code) == (401, 401)
    schemes = {name for requirement in security for name in requirement}
    if schemes == {"ApiKeyAuth"}:
        assert bare.json()["message"] == "Send the API key as 'Authorization: Bearer <key>'."
    else:
        assert schemes == {"WebhookSecretHeader", "WebhookSecretQuery"}
        assert bare.json()["message"] == (
            "Send the webhook secret in X-Fetch-Hive-Webhook-Secret or the 'secret' query "
            "parameter."
        )
        assert refused.json()["message"] == "The webhook secret does not belong to this deployment."
