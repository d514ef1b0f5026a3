"""`POST /hive-agent/invoke`: Start a Hive Agent run (signed callback when it ends)

Generated from openapi.yaml (operation `invokeHiveAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.hive_agent_invoke_request import HiveAgentInvokeRequest
from ...models.hive_agent_run_accepted import HiveAgentRunAccepted

__all__ = ["OPERATION"]

OPERATION: OperationSpec[HiveAgentRunAccepted, HiveAgentRunAccepted] = OperationSpec(
    operation_id="invokeHiveAgent",
    name="invoke_hive_agent",
    method="POST",
    path="/hive-agent/invoke",
    body=HiveAgentInvokeRequest,
    body_format="json",
    body_required=True,
    answer=HiveAgentRunAccepted,
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "hive_agents.invoke",
            "positional": ["hive_agent", "objective"],
            "rename": {"async.callback_url": "callback_url"},
            "fixed": {"async.enabled": True},
            "required_because": {
                "callback_url": "a Hive Agent run always reports its result by a signed callback to this URL (the invoke answers at once)"
            },
        },
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {"name": "invoke_hive_agent"},
        "x-fetch-hive-cli": {
            "command": "hive-agent run",
            "options": {
                "knowledge_base": {
                    "to": "sources.knowledge_base_ids",
                    "flag": "--knowledge-base",
                    "metavar": "ID",
                    "help": "a source (repeatable)",
                }
            },
            "hide": ["sources", "metadata"],
        },
    },
)
