"""schemathesis hooks for the live contract run (scripts/schemathesis_live.py loads this file
through SCHEMATHESIS_HOOKS): checks of our own, beside schemathesis's.

The server's own credentials come in CONTRACT_CREDENTIALS (JSON: `api_key`, `secrets`), set
by the script: a 401 to a request that carried them is a failure, not noise. (A wrong key
sent on purpose still gets its 401: those requests do not carry the server's key.)
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis

CREDENTIALS = json.loads(os.environ.get("CONTRACT_CREDENTIALS", '{"api_key": "", "secrets": []}'))
SECRET_HEADER = "x-fetch-hive-webhook-secret"


@schemathesis.check
def configured_credentials_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    if response.status_code != 401:
        return None
    sent = {key.lower(): value for key, value in response.request.headers.items()}
    if sent.get("authorization") == f"Bearer {CREDENTIALS['api_key']}" or (
        sent.get(SECRET_HEADER) in CREDENTIALS["secrets"] and "secret" not in (case.query or {})
    ):
        raise AssertionError("the server's own credentials were refused with 401")
    return None
