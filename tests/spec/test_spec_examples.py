"""Every example in openapi.yaml validates against the schema it illustrates.

The documented invalid requests (`x-invalid-request-examples`) must be refused by the
same schemas, so the reference server (which validates with them) refuses them too.
"""

from __future__ import annotations

import json

import pytest

from tests.spec.spec_walk import (
    Example,
    all_examples,
    load_spec,
    operations,
    pointer_get,
    request_examples,
    resolve,
    validator_for,
)

EXAMPLES = all_examples()


def test_the_spec_has_examples_everywhere() -> None:
    assert len(EXAMPLES) >= 40
    for op in operations():
        assert list(request_examples(op)) or "requestBody" not in op.node, op.operation_id


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_matches_its_schema(example: Example) -> None:
    errors = sorted(validator_for(example.schema).iter_errors(example.value), key=str)
    assert not errors, [e.message for e in errors]


STREAM_FRAMES = [e for e in EXAMPLES if e.media_type == "text/event-stream"]


@pytest.mark.parametrize("example", STREAM_FRAMES, ids=[e.where for e in STREAM_FRAMES])
def test_stream_frame_data_is_a_stream_event(example: Example) -> None:
    event = json.loads(example.value["data"])
    stream_event = pointer_get("#/components/schemas/StreamEvent")
    assert not list(validator_for(stream_event).iter_errors(event))


INVALID = [
    (op, name, case)
    for op in operations()
    for name, case in op.node.get("x-invalid-request-examples", {}).items()
]


@pytest.mark.parametrize(
    ("op", "name", "case"), INVALID, ids=[f"{op.operation_id} {name}" for op, name, _ in INVALID]
)
def test_documented_invalid_requests_are_refused_by_the_schema(op, name, case) -> None:  # type: ignore[no-untyped-def]
    schema = resolve(op.node["requestBody"])["content"]["application/json"]["schema"]
    refused = bool(list(validator_for(schema).iter_errors(case["value"])))
    # A rule JSON Schema cannot express is enforced by the SDK and the server instead.
    assert refused != bool(case.get("beyond_schema")), name
    assert {str(status) for status in case["status"]} <= set(op.node["responses"])


def test_documented_metadata_examples() -> None:
    schema = load_spec()["components"]["schemas"]["InvokeMetadata"]
    validator = validator_for(schema)
    assert validator.is_valid(
        {
            "customer_id": "cus_123",
            "plan": "enterprise",
            "trial": False,
            "invoice_count": 12,
            "region": None,
        }
    )
    assert not validator.is_valid({"customer": {"id": "cus_123"}})
    assert not validator.is_valid({"tags": ["enterprise"]})
    assert not validator.is_valid({"": "empty key"})
