"""One source per operation: openapi.yaml gives every SDK method, 0.4.1 name and CLI command.

The test walks the spec's operations and, for each, finds the SDK method its
`x-fetch-hive-sdk` extension names on both clients and calls it (over
`httpx.MockTransport`, with the documented request example as its arguments): the request
must be that operation's method and path. Every public method of the clients and their
namespaces must belong to exactly one operation (or be one of the few helpers that make
more than one request). The same for the 0.4.1 names (`x-fetch-hive-legacy`) and the CLI
commands (`x-fetch-hive-cli`). The server's side is `tests/server/test_routes.py`.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import AsyncFetchHive, FetchHive, cli
from fetch_hive_sdk._cli_commands import COMMANDS

from tests.spec.spec_walk import Operation, operations, request_examples, response_examples

pytestmark = pytest.mark.anyio

UUID = "3f7c2a1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b"
# Sample values of the arguments that no documented request body gives (path ids...).
SAMPLES: dict[str, Any] = {
    "workflow_endpoint_id": "market-report",
    "prompt_endpoint_id": "welcome-email",
    "variant_id": "v1",
    "thread_id": "thread-1",
    "request_id": "req_019d52846ea37682b03522fd0695cc43",
    "service": "google_search",
    "webhook_secret": "whsec_test_secret",
    "file": b"quarterly numbers",
    "callback_url": "https://example.com/fetch-hive/callback",
}
# Public methods that are not one operation: they make several requests, or none.
HELPERS = {
    "with_options", "copy", "close", "aclose", "batch", "wait_for_run",
    "invoke_prompt_stream", "invoke_agent_stream", "ainvoke_prompt_stream",
    "ainvoke_agent_stream",
}  # fmt: skip
CLIENTS = [FetchHive, AsyncFetchHive]


def _sdk(op: Operation) -> dict[str, Any]:
    extension: dict[str, Any] = op.node["x-fetch-hive-sdk"]
    return extension


def _path_pattern(op: Operation) -> re.Pattern[str]:
    return re.compile("/v1" + re.sub(r"\{\w+\}", "[^/]+", op.path) + "$")


def _answer(op: Operation) -> httpx.Response:
    for example in response_examples(op):
        if example.status in {"200", "202"} and example.media_type == "application/json":
            return httpx.Response(int(example.status), json=example.value)
    raise AssertionError(f"{op.operation_id}: no documented answer")


def _arguments(op: Operation, method: Any) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for `method` from the operation's documented request example."""
    extension = _sdk(op)
    example = next(
        (e.value for e in request_examples(op) if e.media_type == "application/json"), {}
    )
    fields = dict(example)
    if "fields_of" in extension:
        fields = dict(example.get(extension["fields_of"], {}))
    for wire, name in extension.get("rename", {}).items():
        value: Any = example
        for part in wire.split("."):
            value = value.get(part, {}) if isinstance(value, dict) else {}
        if value != {}:
            fields[name] = value
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        name = parameter.name
        if parameter.kind is parameter.VAR_KEYWORD and "fields_of" in extension:
            keywords.update(fields)
        elif name == "workspace_id" or parameter.kind in (
            parameter.VAR_KEYWORD,
            parameter.VAR_POSITIONAL,
        ):
            continue
        elif name in fields:
            keywords[name] = fields[name]
        elif name in SAMPLES:
            keywords[name] = SAMPLES[name]
        elif parameter.default is inspect.Parameter.empty:
            keywords[name] = UUID
    return positional, keywords


def _resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


async def _call(client_class: type, dotted: str, op: Operation, legacy: bool = False) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(op)

    transport = httpx.MockTransport(handler)
    is_async = client_class is AsyncFetchHive
    http = (httpx.AsyncClient if is_async else httpx.Client)(transport=transport)
    client = client_class(
        api_key="fhk_test", base_url="https://api.test.invalid/v1", http_client=http,
        workspace_id=UUID, max_retries=0,
    )  # fmt: skip
    method = _resolve(client, dotted)
    if legacy:
        args, kwargs = _legacy_arguments(op, method)
    else:
        args, kwargs = _arguments(op, method)
    result = method(*args, **kwargs)
    if inspect.isawaitable(result):
        await result
    assert len(seen) == 1, f"{dotted} sent {len(seen)} requests"
    assert seen[0].method == op.method.upper(), dotted
    assert _path_pattern(op).match(seen[0].url.path), (dotted, seen[0].url.path)


def _legacy_arguments(op: Operation, method: Any) -> tuple[list[Any], dict[str, Any]]:
    legacy = op.node["x-fetch-hive-legacy"]
    if "arguments" not in legacy:  # the namespace method's arguments, by keyword
        _, keywords = _arguments(op, method)
        return [], keywords
    example = next(
        (e.value for e in request_examples(op) if e.media_type == "application/json"), {}
    )
    values = []
    for name in legacy["arguments"]:
        if name == "workspace_id":
            values.append(None)  # the client's
        elif name in example:
            values.append(example[name])
        else:
            values.append(SAMPLES.get(name, UUID))
    keywords = dict(example) if legacy.get("body_keywords") else {}
    return values, keywords


SDK_OPERATIONS = [op for op in operations() if "skip" not in _sdk(op)]


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize("op", SDK_OPERATIONS, ids=lambda op: op.operation_id)
async def test_each_operation_is_sent_by_its_sdk_method(client_class: type, op: Operation) -> None:
    await _call(client_class, _sdk(op)["method"], op)


def _public_methods(client_class: type) -> Iterator[str]:
    """The dotted names of every public method of a client and of its namespaces."""

    def walk(cls: type, prefix: str) -> Iterator[str]:
        for name, member in inspect.getmembers(cls):
            if name.startswith("_"):
                continue
            if isinstance(member, property):
                returned = inspect.signature(member.fget).return_annotation  # type: ignore[arg-type]
                namespace = _namespace_class(cls, returned)
                if namespace is not None:
                    yield from walk(namespace, f"{prefix}{name}.")
            elif callable(member):
                yield prefix + name

    yield from walk(client_class, "")


def _namespace_class(owner: type, annotation: Any) -> type | None:
    import sys

    if not isinstance(annotation, str):
        return None
    module = sys.modules[owner.__module__]
    found = getattr(module, annotation, None)
    if found is None:
        resources = sys.modules[owner.__module__.rsplit(".", 1)[0] + "._resources"]
        found = getattr(resources, annotation, None)
    return found if isinstance(found, type) and found.__name__.endswith(annotation) else None


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
def test_every_public_method_is_one_operation(client_class: type) -> None:
    owners: dict[str, list[str]] = {}
    for op in operations():
        sdk = _sdk(op)
        if "skip" not in sdk:
            owners.setdefault(sdk["method"], []).append(op.operation_id)
        legacy = op.node.get("x-fetch-hive-legacy")
        if legacy is not None:
            owners.setdefault(legacy["name"], []).append(op.operation_id)
    found = set(_public_methods(client_class))
    assert {m for m, ops in owners.items() if len(ops) > 1} == set()
    assert found - HELPERS == set(owners), "methods without an operation, or the reverse"


@pytest.mark.parametrize("client_class", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize(
    "op",
    [op for op in operations() if "x-fetch-hive-legacy" in op.node],
    ids=lambda op: op.operation_id,
)
async def test_each_0_4_1_name_sends_its_operation(client_class: type, op: Operation) -> None:
    await _call(client_class, op.node["x-fetch-hive-legacy"]["name"], op, legacy=True)


def test_each_cli_command_belongs_to_one_operation() -> None:
    parser = cli.build_parser()
    commands = {tuple(c.words): c.operation_id for c in COMMANDS}
    cli_operations = {op.operation_id: op for op in operations() if "x-fetch-hive-cli" in op.node}
    generated = {
        op_id for op_id, op in cli_operations.items()
        if not op.node["x-fetch-hive-cli"].get("handwritten")
    }  # fmt: skip
    assert sorted(commands.values()) == sorted(generated)
    for op_id, op in cli_operations.items():
        words = op.node["x-fetch-hive-cli"]["command"].split()
        # The command exists in `fetch-hive` (its --help parses).
        with pytest.raises(SystemExit) as exited:
            parser.parse_args([*words, "--help"])
        assert exited.value.code == 0, op_id
    # The groups the CLI exposes cover their tags: every operation of a tag with one
    # command has a command.
    tags = {op.tag for op in cli_operations.values()}
    for op in operations():
        if op.tag in tags:
            assert op.operation_id in cli_operations, op.operation_id


def test_the_generated_package_is_a_leaf() -> None:
    """Importing every generated module loads neither the SDK nor its __init__."""
    import subprocess
    import sys

    code = (
        "import sys, fetch_hive_api, fetch_hive_api.models, fetch_hive_api.events\n"
        "from fetch_hive_api.api import all_operations\n"
        "assert len(all_operations()) > 40\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('fetch_hive')}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['fetch_hive_api', 'fetch_hive_runtime']", result.stdout
    # And no module of generated/ imports the SDK, not even for type checkers.
    import ast

    from tests.spec.spec_walk import ROOT

    for path in (ROOT / "generated").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.startswith("fetch_hive_sdk") for n in names), path
