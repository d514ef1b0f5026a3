"""`GET /public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}`: Get a chat

Generated from openapi.yaml (operation `getAgentChat`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.chat_envelope import ChatEnvelope

if TYPE_CHECKING:
    from ...models.chat import Chat

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ChatEnvelope, Chat] = OperationSpec(
    operation_id="getAgentChat",
    name="get_agent_chat",
    method="GET",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("agent_id", STR, format="uuid"),
        Param("chat_id", STR, format="uuid"),
    ),
    answer=ChatEnvelope,
    envelope="chat",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.chats.get"},
        "x-fetch-hive-envelope": "chat",
        "x-fetch-hive-legacy": {
            "name": "get_agent_chat",
            "arguments": ["workspace_id", "agent_id", "chat_id"],
        },
        "x-fetch-hive-cli": {"command": "chats get"},
    },
)
