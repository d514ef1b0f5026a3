"""`DELETE /public/workspaces/{workspace_id}/agents/{id}`: Delete an agent

Generated from openapi.yaml (operation `deleteAgent`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.message_response import MessageResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[MessageResponse, MessageResponse] = OperationSpec(
    operation_id="deleteAgent",
    name="delete_agent",
    method="DELETE",
    path="/public/workspaces/{workspace_id}/agents/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=MessageResponse,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.delete"},
        "x-fetch-hive-legacy": {
            "name": "delete_agent",
            "arguments": ["workspace_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "agents delete"},
    },
)
