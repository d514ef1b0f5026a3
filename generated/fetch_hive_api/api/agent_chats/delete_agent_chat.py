"""`DELETE /public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}`: Delete a chat and its messages

Generated from openapi.yaml (operation `deleteAgentChat`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.message_response import MessageResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[MessageResponse, MessageResponse] = OperationSpec(
    operation_id="deleteAgentChat",
    name="delete_agent_chat",
    method="DELETE",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("agent_id", STR, format="uuid"),
        Param("chat_id", STR, format="uuid"),
    ),
    answer=MessageResponse,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.chats.delete"},
        "x-fetch-hive-legacy": {
            "name": "delete_agent_chat",
            "arguments": ["workspace_id", "agent_id", "chat_id"],
        },
        "x-fetch-hive-cli": {"command": "chats delete"},
    },
)
