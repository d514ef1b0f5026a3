"""`PATCH /public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}`: Rename a chat

Generated from openapi.yaml (operation `updateAgentChat`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.chat_envelope import ChatEnvelope
from ...models.chat_update_request import ChatUpdateRequest

if TYPE_CHECKING:
    from ...models.chat import Chat

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ChatEnvelope, Chat] = OperationSpec(
    operation_id="updateAgentChat",
    name="update_agent_chat",
    method="PATCH",
    path="/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("agent_id", STR, format="uuid"),
        Param("chat_id", STR, format="uuid"),
    ),
    body=ChatUpdateRequest,
    body_format="json",
    body_required=True,
    answer=ChatEnvelope,
    envelope="chat",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "agents.chats.update", "fields_of": "chat"},
        "x-fetch-hive-envelope": "chat",
        "x-fetch-hive-legacy": {
            "name": "update_agent_chat",
            "arguments": ["workspace_id", "agent_id", "chat_id", "chat"],
        },
        "x-fetch-hive-cli": {"command": "chats update"},
    },
)
