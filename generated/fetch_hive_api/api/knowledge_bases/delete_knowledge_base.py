"""`DELETE /public/workspaces/{workspace_id}/knowledge_bases/{id}`: Delete a knowledge base

Generated from openapi.yaml (operation `deleteKnowledgeBase`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.message_response import MessageResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[MessageResponse, MessageResponse] = OperationSpec(
    operation_id="deleteKnowledgeBase",
    name="delete_knowledge_base",
    method="DELETE",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=MessageResponse,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "knowledge_bases.delete"},
        "x-fetch-hive-legacy": {
            "name": "delete_knowledge_base",
            "arguments": ["workspace_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "kb delete"},
    },
)
