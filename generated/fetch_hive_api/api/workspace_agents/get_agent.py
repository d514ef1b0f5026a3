"""`GET /public/workspaces/{workspace_id}/agents/{id}`: Get an agent

Generated from openapi.yaml (operation `getAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.workspace_agent_envelope import WorkspaceAgentEnvelope

if TYPE_CHECKING:
    from ...models.workspace_agent import WorkspaceAgent

__all__ = ["OPERATION"]

OPERATION: OperationSpec[WorkspaceAgentEnvelope, WorkspaceAgent] = OperationSpec(
    operation_id="getAgent",
    name="get_agent",
    method="GET",
    path="/public/workspaces/{workspace_id}/agents/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=WorkspaceAgentEnvelope,
    envelope="agent",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.get"},
        "x-fetch-hive-envelope": "agent",
        "x-fetch-hive-legacy": {
            "name": "get_agent",
            "arguments": ["workspace_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "agents get"},
    },
)
