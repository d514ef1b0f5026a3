"""Every documented invalid request (`x-invalid-request-examples` of openapi.yaml) is refused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fetch_hive_reference import ApiSpec

SPEC = ApiSpec.load()
CASES = [
    (operation.path, name, example)
    for operation in SPEC.operations.values()
    for name, example in operation.invalid_examples.items()
]


def test_the_documented_invalid_examples_are_all_here() -> None:
    names = {name for _, name, _ in CASES}
    assert {"missing_deployment", "async_without_callback_url", "nested_metadata"} <= names
    assert len(CASES) >= 6


@pytest.mark.parametrize(("path", "name", "example"), CASES, ids=[f"{p} {n}" for p, n, _ in CASES])
def test_documented_invalid_requests_get_their_status_and_the_envelope(
    client: httpx.Client, path: str, name: str, example: dict[str, Any]
) -> None:
    response = client.post(path, json=example["value"])
    assert response.status_code in example["status"], response.text
    body = response.json()
    assert {"error", "message", "error_code"} <= set(body)
    assert all(
        isinstance(body[key], str) and body[key] for key in ("error", "message", "error_code")
    )


def test_documented_error_texts(client: httpx.Client) -> None:
    missing = client.post("/workflow/invoke", json={"variant": "v1"}).json()
    assert missing["error"] == "Missing required field: deployment or variant"
    no_url = client.post(
        "/workflow/invoke", json={"deployment": "d", "async": {"enabled": True}}
    ).json()
    assert no_url["error"] == "callback_url is required when async is enabled"
    bad_url = client.post(
        "/workflow/invoke",
        json={"deployment": "d", "async": {"enabled": True, "callback_url": "not a url"}},
    ).json()
    assert bad_url["error"] == "callback_url must be a valid URL"
    nested = client.post(
        "/prompt/invoke", json={"deployment": "d", "metadata": {"customer": {"id": "c"}}}
    ).json()
    assert nested["error"] == "metadata must be a flat object with scalar values"
    assert "metadata.customer" in nested["message"]


def test_valid_metadata_is_accepted(client: httpx.Client) -> None:
    metadata = {"customer_id": "cus_123", "plan": "enterprise", "trial": False, "n": 12, "r": None}
    response = client.post("/prompt/invoke", json={"deployment": "d", "metadata": metadata})
    assert response.status_code == 200
    lookup = client.get(f"/public/requests/{response.json()['request_id']}").json()
    assert lookup["metadata"] == metadata


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("beyond", [1, 5_000, 200_000])
@pytest.mark.parametrize("where", ["inputs", "metadata", "body"])
def test_deeply_nested_json_is_a_400_envelope_never_a_500(
    client: httpx.Client, beyond: int, where: str
) -> None:
    """`beyond` levels past the 100 allowed (200 000 would exhaust Python's recursion)."""
    if where == "body":
        raw = _nested(100 + beyond)
    else:  # the body and the field's object take two levels
        raw = f'{{"deployment": "d", "{where}": {{"x": {_nested(98 + beyond)}}}}}'
    response = client.post(
        "/prompt/invoke", content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text[:300]
    body = response.json()
    assert body["error_code"] == "validation_error"
    assert "100 levels" in body["message"]


def test_nesting_up_to_the_limit_is_accepted(client: httpx.Client) -> None:
    # The body, `inputs` and 98 arrays: 100 levels in all.
    raw = f'{{"deployment": "d", "inputs": {{"x": {_nested(98)}}}}}'
    response = client.post(
        "/prompt/invoke", content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200, response.text[:300]
