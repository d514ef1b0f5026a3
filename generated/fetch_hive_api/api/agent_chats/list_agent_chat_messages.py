"""`GET /public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}/messages`: List a chat's messages, oldest first

Generated from openapi.yaml (operation `listAgentChatMessages`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.chat_message_list import ChatMessageList

if TYPE_CHECKING:
    from ...models.chat_message import ChatMessage

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ChatMessageList, list[ChatMessage]] = OperationSpec(
    operation_id="listAgentChatMessages",
    name="list_agent_chat_messages",
    method="GET",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}/messages",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("agent_id", STR, format="uuid"),
        Param("chat_id", STR, format="uuid"),
    ),
    answer=ChatMessageList,
    envelope="messages",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.chats.messages"},
        "x-fetch-hive-envelope": "messages",
        "x-fetch-hive-legacy": {
            "name": "list_agent_chat_messages",
            "arguments": ["workspace_id", "agent_id", "chat_id"],
        },
        "x-fetch-hive-cli": {
            "command": "chats messages",
            "columns": ["role", "content"],
        },
    },
)
