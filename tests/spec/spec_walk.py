"""Walk openapi.yaml: every operation, every example, with the schema it belongs to.

Shared by the spec tests so each of them reads the document the same way.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
SPEC_URI = "urn:fetch-hive:openapi"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (responses, examples, parameters) to its target."""
    while isinstance(node, dict) and "$ref" in node:
        node = pointer_get(node["$ref"])
    return node


def pointer_get(ref: str) -> Any:
    node: Any = load_spec()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a schema taken from the spec; its `#/components/...` refs resolve."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SPEC_URI + "/x"}
    wrapped["allOf"] = [_absolutize(schema)]
    return Draft202012Validator(wrapped, registry=registry, format_checker=FormatChecker())


def _absolutize(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            key: (
                SPEC_URI + value if key == "$ref" and value.startswith("#") else _absolutize(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolutize(item) for item in schema]
    return schema


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.node["operationId"])

    @property
    def tag(self) -> str:
        return str(self.node["tags"][0])

    def generated_module(self) -> Any:
        """The generated operation module, e.g. fetch_hive_api.api.workflows.invoke_workflow."""
        tag = self.tag.replace("-", "_")
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()
        return importlib.import_module(f"fetch_hive_api.api.{tag}.{name}")

    def path_params(self) -> list[dict[str, Any]]:
        return [resolve(p) for p in self.node.get("parameters", []) if resolve(p)["in"] == "path"]


def operations() -> list[Operation]:
    return [
        Operation(method, path, node)
        for path, item in load_spec()["paths"].items()
        for method, node in item.items()
        if method in HTTP_METHODS
    ]


@dataclass(frozen=True)
class Example:
    where: str  # readable location, used as the test id
    schema: dict[str, Any]
    value: Any
    media_type: str | None = None
    status: str | None = None  # response status code, for answer examples


def _media_examples(where: str, content: dict[str, Any], status: str | None) -> Iterator[Example]:
    for media_type, media in content.items():
        schema = media.get("schema", {})
        for name, example in media.get("examples", {}).items():
            yield Example(
                f"{where} {media_type} {name}",
                schema,
                resolve(example)["value"],
                media_type,
                status,
            )
        if "example" in media:
            yield Example(f"{where} {media_type}", schema, media["example"], media_type, status)


def request_examples(op: Operation) -> Iterator[Example]:
    body = resolve(op.node.get("requestBody", {}))
    yield from _media_examples(f"{op.operation_id} request", body.get("content", {}), None)


def response_examples(op: Operation) -> Iterator[Example]:
    for status, response in op.node.get("responses", {}).items():
        content = resolve(response).get("content", {})
        yield from _media_examples(f"{op.operation_id} {status}", content, status)


def _walk_operation_like(prefix: str, node: dict[str, Any]) -> Iterator[Example]:
    body = resolve(node.get("requestBody", {}))
    yield from _media_examples(f"{prefix} request", body.get("content", {}), None)
    for status, response in node.get("responses", {}).items():
        yield from _media_examples(
            f"{prefix} {status}", resolve(response).get("content", {}), status
        )
    for param in node.get("parameters", []):
        yield from _schema_examples(f"{prefix} parameter", resolve(param).get("schema", {}))


def _schema_examples(where: str, schema: dict[str, Any]) -> Iterator[Example]:
    for index, value in enumerate(schema.get("examples", [])):
        yield Example(f"{where} schema example {index}", schema, value)


def _nested_schema_examples(where: str, schema: Any) -> Iterator[Example]:
    """Examples on a schema and on every property below it."""
    if not isinstance(schema, dict):
        return
    yield from _schema_examples(where, schema)
    for name, prop in schema.get("properties", {}).items():
        yield from _nested_schema_examples(f"{where}.{name}", prop)


def all_examples() -> list[Example]:
    """Every example in the document: operations, callbacks, webhooks, components."""
    spec = load_spec()
    found: list[Example] = []
    for op in operations():
        found += _walk_operation_like(op.operation_id, op.node)
        for callback in op.node.get("callbacks", {}).values():
            for item in callback.values():
                for method, node in item.items():
                    found += _walk_operation_like(f"{op.operation_id} callback {method}", node)
    for name, item in spec.get("webhooks", {}).items():
        for node in item.values():
            found += _walk_operation_like(f"webhook {name}", node)
    for name, schema in spec["components"]["schemas"].items():
        found += _nested_schema_examples(f"schema {name}", schema)
    for name, param in spec["components"].get("parameters", {}).items():
        found += _schema_examples(f"parameter {name}", param.get("schema", {}))
    return found
