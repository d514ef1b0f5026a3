"""`POST /public/workspaces/{workspace_id}/agents/{agent_id}/chats`: Create a chat with an agent

Generated from openapi.yaml (operation `createAgentChat`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.chat_create_request import ChatCreateRequest
from ...models.chat_envelope import ChatEnvelope

if TYPE_CHECKING:
    from ...models.chat import Chat

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ChatEnvelope, Chat] = OperationSpec(
    operation_id="createAgentChat",
    name="create_agent_chat",
    method="POST",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("agent_id", STR, format="uuid"),
    ),
    body=ChatCreateRequest,
    body_format="json",
    body_required=True,
    answer=ChatEnvelope,
    envelope="chat",
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "agents.chats.create",
            "fields_of": "chat",
            "positional": ["agent_id", "name"],
        },
        "x-fetch-hive-envelope": "chat",
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {
            "name": "create_agent_chat",
            "arguments": ["workspace_id", "agent_id", "chat"],
        },
        "x-fetch-hive-cli": {"command": "chats create"},
    },
)
