"""The reference server checks request bodies with jsonschema-rs first (fast) and asks
jsonschema only when that check fails. It must never let through what jsonschema refuses:
compared here on the spec's request examples, its invalid examples, and thousands of
variations of them (a field dropped, set to each JSON type, an unknown field added)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from fetch_hive_reference.spec import ApiSpec, SchemaCheck

SPEC = ApiSpec.load()
ODD_VALUES: list[Any] = [None, True, 0, -1, 2.5, 10**6, "", "x", "not a uri", [], [1], {}, {"a": 1}]
ODD_VALUES += ["https://example.com/cb", "00000000-0000-4000-8000-000000000000", "../x"]
NOT_OBJECTS: list[Any] = [None, [], [{}], "{}", 0]


def bodies(operation_id: str) -> Iterator[Any]:
    definition = SPEC.operations[operation_id].definition
    content = definition.get("requestBody", {}).get("content", {}).get("application/json", {})
    seeds = [SPEC.resolve(e).get("value") for e in content.get("examples", {}).values()]
    seeds += [
        case.get("value") for case in definition.get("x-invalid-request-examples", {}).values()
    ]
    seeds = [seed for seed in seeds if isinstance(seed, dict)] or [{}]
    for seed in seeds:
        yield seed
        yield from variations(seed, depth=2)
    yield from NOT_OBJECTS  # every body is an object: these are refused by any operation


def variations(value: dict[str, Any], depth: int) -> Iterator[dict[str, Any]]:
    for key in value:
        dropped = {k: v for k, v in value.items() if k != key}
        yield dropped
        for odd in ODD_VALUES:
            yield {**value, key: odd}
        if depth > 1 and isinstance(value[key], dict):
            for inner in variations(value[key], depth - 1):
                yield {**value, key: inner}
    yield {**value, "unknown_field": 1}


def agree(check: SchemaCheck, instance: Any) -> bool:
    assert check.compiled is not None
    return bool(check.compiled.is_valid(instance)) == (not list(check.iter_errors(instance)))


BODY_OPERATIONS = sorted(op for op, o in SPEC.operations.items() if o.body_validator is not None)


@pytest.mark.parametrize("operation_id", BODY_OPERATIONS)
def test_compiled_body_check_agrees_with_jsonschema(operation_id: str) -> None:
    check = SPEC.operations[operation_id].body_validator
    assert check is not None and check.compiled is not None
    cases = [copy.deepcopy(body) for body in bodies(operation_id)]
    disagreements = [body for body in cases if not agree(check, body)]
    assert disagreements == []
    # The cases reach both answers for every operation, or the comparison would prove little.
    answers = {not list(check.iter_errors(body)) for body in cases}
    assert answers == {True, False}


def test_compiled_parameter_checks_agree_with_jsonschema() -> None:
    checked = 0
    for operation in SPEC.operations.values():
        for parameter in operation.parameters:
            for text in ["", "5", "-1", "true", "abc", "00000000-0000-4000-8000-000000000000",
                         "req_019d52846ea37682b03522fd0695cc43", "../x", "google_search"]:  # fmt: skip
                assert agree(parameter.validator, parameter.read(text)), (parameter.name, text)
                checked += 1
    assert checked > 50


def test_a_refused_body_is_explained_by_jsonschema() -> None:
    check = SPEC.validator_for("/components/schemas/AsyncOptions")
    error = check.first_error({"enabled": True, "callback_url": "not a uri"})
    assert error is not None and error.validator == "format"
    assert check.first_error({"enabled": True, "callback_url": "https://example.com/cb"}) is None
