"""`POST /public/workspaces/{workspace_id}/agents`: Create an agent

Generated from openapi.yaml (operation `createAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.workspace_agent_create_request import WorkspaceAgentCreateRequest
from ...models.workspace_agent_envelope import WorkspaceAgentEnvelope

if TYPE_CHECKING:
    from ...models.workspace_agent import WorkspaceAgent

__all__ = ["OPERATION"]

OPERATION: OperationSpec[WorkspaceAgentEnvelope, WorkspaceAgent] = OperationSpec(
    operation_id="createAgent",
    name="create_agent",
    method="POST",
    path="/public/workspaces/{workspace_id}/agents",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    body=WorkspaceAgentCreateRequest,
    body_format="json",
    body_required=True,
    answer=WorkspaceAgentEnvelope,
    envelope="agent",
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.create", "fields_of": "agent"},
        "x-fetch-hive-envelope": "agent",
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {
            "name": "create_agent",
            "arguments": ["workspace_id", "agent"],
        },
        "x-fetch-hive-cli": {"command": "agents create", "positional": ["name"]},
    },
)
