"""`GET /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}`: Get a knowledge-base item

Generated from openapi.yaml (operation `getKnowledgeBaseItem`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_item_envelope import KnowledgeBaseItemEnvelope

if TYPE_CHECKING:
    from ...models.knowledge_base_item import KnowledgeBaseItem

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseItemEnvelope, KnowledgeBaseItem] = OperationSpec(
    operation_id="getKnowledgeBaseItem",
    name="get_knowledge_base_item",
    method="GET",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("knowledge_base_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=KnowledgeBaseItemEnvelope,
    envelope="knowledge_base_item",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "knowledge_bases.items.get"},
        "x-fetch-hive-envelope": "knowledge_base_item",
        "x-fetch-hive-legacy": {
            "name": "get_knowledge_base_item",
            "arguments": ["workspace_id", "knowledge_base_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "kb items get"},
    },
)
