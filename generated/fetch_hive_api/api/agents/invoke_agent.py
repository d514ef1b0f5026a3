"""`POST /agent/invoke`: Send a message to an agent

Generated from openapi.yaml (operation `invokeAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.agent_invoke_request import AgentInvokeRequest
from ...models.agent_response import AgentResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AgentResponse, AgentResponse] = OperationSpec(
    operation_id="invokeAgent",
    name="invoke_agent",
    method="POST",
    path="/agent/invoke",
    body=AgentInvokeRequest,
    body_format="json",
    body_required=True,
    answer=AgentResponse,
    retry="provider_invoke",
    auth="api_key",
    streams=True,
    extensions={
        "x-fetch-hive-sdk": {"method": "invoke_agent", "handwritten": True},
        "x-fetch-hive-retry": "provider_invoke",
        "x-fetch-hive-cli": {"command": "agent", "handwritten": True},
    },
)
