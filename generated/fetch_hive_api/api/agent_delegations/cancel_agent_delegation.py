"""`POST /agent/delegations/{id}/cancel`: Cancel a pending or running background workflow

Generated from openapi.yaml (operation `cancelAgentDelegation`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.agent_delegation import AgentDelegation

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AgentDelegation, AgentDelegation] = OperationSpec(
    operation_id="cancelAgentDelegation",
    name="cancel_agent_delegation",
    method="POST",
    path="/agent/delegations/{id}/cancel",
    path_params=(Param("id", STR, format="uuid"),),
    answer=AgentDelegation,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "delegations.cancel"},
        "x-fetch-hive-legacy": {"name": "cancel_agent_delegation", "arguments": ["id"]},
        "x-fetch-hive-cli": {"command": "delegations cancel"},
    },
)
