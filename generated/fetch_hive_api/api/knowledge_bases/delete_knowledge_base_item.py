"""`DELETE /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}`: Delete a knowledge-base item

Generated from openapi.yaml (operation `deleteKnowledgeBaseItem`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.message_response import MessageResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[MessageResponse, MessageResponse] = OperationSpec(
    operation_id="deleteKnowledgeBaseItem",
    name="delete_knowledge_base_item",
    method="DELETE",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("knowledge_base_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=MessageResponse,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "knowledge_bases.items.delete"},
        "x-fetch-hive-legacy": {
            "name": "delete_knowledge_base_item",
            "arguments": ["workspace_id", "knowledge_base_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "kb items delete"},
    },
)
