"""openapi.yaml is a valid OpenAPI 3.1 document and follows the project's rules for it."""

from __future__ import annotations

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.spec.spec_walk import SPEC_PATH, load_spec, operations, resolve

STREAM_EVENT_TYPES = {"summary", "reasoning", "response", "tool", "artifact", "usage", "error"}
ERROR_STATUSES = {"400", "401", "402", "404", "422", "429", "500", "502"}


def test_spec_validates_as_openapi_3_1() -> None:
    spec_dict, base_uri = read_from_filename(str(SPEC_PATH))
    validate(spec_dict, base_uri=base_uri)
    assert spec_dict["openapi"].startswith("3.1.")


def test_base_url_is_the_documented_one() -> None:
    assert load_spec()["servers"][0]["url"] == "https://api.fetchhive.com/v1"


def test_every_operation_has_id_tag_and_summary() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids))
    for op in operations():
        assert op.node.get("tags"), op.operation_id
        assert op.node.get("summary"), op.operation_id


def test_invoke_operations_document_every_error_status() -> None:
    for path in ("/prompt/invoke", "/workflow/invoke", "/agent/invoke"):
        responses = load_spec()["paths"][path]["post"]["responses"]
        assert set(responses) >= ERROR_STATUSES, path
        for status in ERROR_STATUSES:
            schema = resolve(responses[status])["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorResponse"}


def test_json_is_listed_before_event_stream() -> None:
    # The generator reads the first content type; the wrapper streams by itself.
    for op in operations():
        content = resolve(op.node["responses"].get("200", {})).get("content", {})
        if "text/event-stream" in content:
            assert next(iter(content)) == "application/json", op.operation_id
            frame = content["text/event-stream"]["schema"]
            assert frame == {"$ref": "#/components/schemas/SseFrame"}


def test_stream_events_have_required_const_type() -> None:
    schemas = load_spec()["components"]["schemas"]
    members = [resolve(m) for m in schemas["StreamEvent"]["oneOf"]]
    seen = set()
    for member in members:
        assert "type" in member["required"]
        seen.add(member["properties"]["type"]["const"])
    assert seen == STREAM_EVENT_TYPES


def _walk_response_schemas(schema: object, seen: set[int]) -> list[dict[str, object]]:
    """Every object schema reachable from a response schema."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return []
    seen.add(id(schema))
    found = [schema] if "properties" in schema or schema.get("type") == "object" else []
    for key in ("properties",):
        for child in schema.get(key, {}).values():
            found += _walk_response_schemas(child, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            found += _walk_response_schemas(schema[key], seen)
    for key in ("oneOf", "anyOf", "allOf"):
        for child in schema.get(key, []):
            found += _walk_response_schemas(child, seen)
    return found


def test_response_objects_are_open_and_have_no_enums() -> None:
    seen: set[int] = set()
    schemas: list[dict[str, object]] = []
    for op in operations():
        for response in op.node["responses"].values():
            for media in resolve(response).get("content", {}).values():
                schemas += _walk_response_schemas(media["schema"], seen)
    assert schemas
    for schema in schemas:
        assert schema.get("additionalProperties", True) is not False, schema
        for prop in schema.get("properties", {}).values():  # type: ignore[attr-defined]
            assert "enum" not in resolve(prop), prop


def test_metadata_schema_is_flat_and_scalar_and_reused() -> None:
    schemas = load_spec()["components"]["schemas"]
    value = resolve(schemas["InvokeMetadata"]["additionalProperties"])
    assert set(value["type"]) == {"string", "number", "boolean", "null"}
    for name in ("PromptInvokeRequest", "WorkflowInvokeRequest", "AgentInvokeRequest"):
        assert schemas[name]["properties"]["metadata"] == {
            "$ref": "#/components/schemas/InvokeMetadata"
        }


def test_security_schemes_and_public_operations() -> None:
    spec = load_spec()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {**schemes["ApiKeyAuth"], "type": "http", "scheme": "bearer"}
    assert schemes["WebhookSecretHeader"]["name"] == "X-Fetch-Hive-Webhook-Secret"
    assert schemes["WebhookSecretQuery"] == {**schemes["WebhookSecretQuery"], "in": "query"}
    assert spec["paths"]["/error_codes"]["get"]["security"] == []
    for path in spec["paths"]:
        if "/webhooks/" in path:
            security = spec["paths"][path]["post"]["security"]
            assert security == [{"WebhookSecretHeader": []}, {"WebhookSecretQuery": []}]


def test_signed_completion_event_is_a_callback_and_webhooks() -> None:
    spec = load_spec()
    callback = spec["paths"]["/workflow/invoke"]["post"]["callbacks"]["completion"]
    (item,) = callback.values()
    names = [resolve(p)["name"] for p in item["post"]["parameters"]]
    assert names == ["X-Fetch-Hive-Signature"]
    assert {"workflowCompleted", "workflowFailed", "agentCompleted", "agentFailed"} <= set(
        spec["webhooks"]
    )
