"""`GET /public/workspaces/{workspace_id}/agents`: List the workspace's agents

Generated from openapi.yaml (operation `listAgents`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.workspace_agent_list import WorkspaceAgentList

if TYPE_CHECKING:
    from ...models.workspace_agent import WorkspaceAgent

__all__ = ["OPERATION"]

OPERATION: OperationSpec[WorkspaceAgentList, list[WorkspaceAgent]] = OperationSpec(
    operation_id="listAgents",
    name="list_agents",
    method="GET",
    path="/public/workspaces/{workspace_id}/agents",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    answer=WorkspaceAgentList,
    envelope="agents",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.list", "workspace_positional": True},
        "x-fetch-hive-envelope": "agents",
        "x-fetch-hive-legacy": {"name": "list_agents", "arguments": ["workspace_id"]},
        "x-fetch-hive-cli": {
            "command": "agents list",
            "columns": ["id", "name", "llm_model", "model_type"],
        },
    },
)
