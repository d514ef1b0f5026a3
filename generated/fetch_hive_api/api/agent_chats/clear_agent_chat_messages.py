"""`PATCH /public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}/clear_messages`: Delete every message of a chat (the chat stays)

Generated from openapi.yaml (operation `clearAgentChatMessages`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.chat_envelope import ChatEnvelope

if TYPE_CHECKING:
    from ...models.chat import Chat

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ChatEnvelope, Chat] = OperationSpec(
    operation_id="clearAgentChatMessages",
    name="clear_agent_chat_messages",
    method="PATCH",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}/clear_messages",
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
        "x-fetch-hive-sdk": {"method": "agents.chats.clear_messages"},
        "x-fetch-hive-envelope": "chat",
        "x-fetch-hive-legacy": {
            "name": "clear_agent_chat_messages",
            "arguments": ["workspace_id", "agent_id", "chat_id"],
        },
        "x-fetch-hive-cli": {"command": "chats clear"},
    },
)
