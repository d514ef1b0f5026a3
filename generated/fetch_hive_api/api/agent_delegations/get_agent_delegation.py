"""`GET /agent/delegations/{id}`: Status and result of a background workflow an agent started

Generated from openapi.yaml (operation `getAgentDelegation`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.agent_delegation import AgentDelegation

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AgentDelegation, AgentDelegation] = OperationSpec(
    operation_id="getAgentDelegation",
    name="get_agent_delegation",
    method="GET",
    path="/agent/delegations/{id}",
    path_params=(Param("id", STR, format="uuid"),),
    answer=AgentDelegation,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "delegations.get"},
        "x-fetch-hive-legacy": {"name": "get_agent_delegation", "arguments": ["id"]},
        "x-fetch-hive-cli": {"command": "delegations get"},
    },
)
