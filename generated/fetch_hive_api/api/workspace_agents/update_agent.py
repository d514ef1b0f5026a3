"""`PATCH /public/workspaces/{workspace_id}/agents/{id}`: Update an agent

Generated from openapi.yaml (operation `updateAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.workspace_agent_envelope import WorkspaceAgentEnvelope
from ...models.workspace_agent_update_request import WorkspaceAgentUpdateRequest

if TYPE_CHECKING:
    from ...models.workspace_agent import WorkspaceAgent

__all__ = ["OPERATION"]

OPERATION: OperationSpec[WorkspaceAgentEnvelope, WorkspaceAgent] = OperationSpec(
    operation_id="updateAgent",
    name="update_agent",
    method="PATCH",
    path="/public/workspaces/{workspace_id}/agents/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    body=WorkspaceAgentUpdateRequest,
    body_format="json",
    body_required=True,
    answer=WorkspaceAgentEnvelope,
    envelope="agent",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.update", "fields_of": "agent"},
        "x-fetch-hive-envelope": "agent",
        "x-fetch-hive-legacy": {
            "name": "update_agent",
            "arguments": ["workspace_id", "id", "agent"],
        },
        "x-fetch-hive-cli": {"command": "agents update", "update": True},
    },
)
