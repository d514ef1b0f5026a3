"""`POST /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}/regenerate`: Regenerate a knowledge-base item (chunk its text again)

Generated from openapi.yaml (operation `regenerateKnowledgeBaseItem`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.regenerate_response import RegenerateResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[RegenerateResponse, RegenerateResponse] = OperationSpec(
    operation_id="regenerateKnowledgeBaseItem",
    name="regenerate_knowledge_base_item",
    method="POST",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}/regenerate",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("knowledge_base_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=RegenerateResponse,
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "knowledge_bases.items.regenerate"},
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {
            "name": "regenerate_knowledge_base_item",
            "arguments": ["workspace_id", "knowledge_base_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "kb items regenerate"},
    },
)
