"""schemathesis against the reference server in-process (ASGI), every check.

25 examples per operation here: the live-socket run, `make contract-test`
(scripts/schemathesis_live.py), has 100 per operation and all phases; both share the settings
of `fetch_hive_reference.contract`.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from fetch_hive_reference import Settings, create_app
from fetch_hive_reference.contract import schemathesis_config
from fetch_hive_reference.state import RunRecord, ServerState, new_request_id
from schemathesis.config import SchemathesisConfig

SETTINGS = Settings(stream_pace=0, callback_attempts=1, history_limit=100_000)
APP = create_app(SETTINGS)


def _known_request_id() -> str:
    """A finished run in the server's history, for `GET /public/requests/{id}`."""
    state: ServerState = APP.state.reference
    record = RunRecord(new_request_id(), "prompt", "welcome-email")
    record.finish("completed", {"response": "Hello Alice"})
    state.add_run(record)
    return record.request_id


CONFIG = schemathesis_config(SETTINGS, max_examples=25, known_request_id=_known_request_id())
schema = schemathesis.openapi.from_asgi(
    "/openapi.yaml", APP, config=SchemathesisConfig.from_dict(CONFIG)
)
SECRET_HEADER = "x-fetch-hive-webhook-secret"


def configured_credentials_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    """A 401 to a request that carried the configured key or secret is a failure, not noise."""
    if response.status_code != 401:
        return None
    sent = {key.lower(): value for key, value in response.request.headers.items()}
    expected_secrets = {
        operation["headers"]["X-Fetch-Hive-Webhook-Secret"]
        for operation in CONFIG["operations"]
        if "headers" in operation
    }
    if sent.get("authorization") == f"Bearer {SETTINGS.api_key}" or (
        sent.get(SECRET_HEADER) in expected_secrets and "secret" not in case.query
    ):
        raise AssertionError("the configured credentials were refused with 401")
    return None


@schema.parametrize()
def test_every_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate(additional_checks=[configured_credentials_accepted])


TestStatefulConformance = schema.as_state_machine().TestCase
