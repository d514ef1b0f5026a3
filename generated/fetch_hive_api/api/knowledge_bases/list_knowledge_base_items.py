"""`GET /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items`: List a knowledge base's items

Generated from openapi.yaml (operation `listKnowledgeBaseItems`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_item_list import KnowledgeBaseItemList

if TYPE_CHECKING:
    from ...models.knowledge_base_item import KnowledgeBaseItem

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseItemList, list[KnowledgeBaseItem]] = (
    OperationSpec(
        operation_id="listKnowledgeBaseItems",
        name="list_knowledge_base_items",
        method="GET",
        path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items",
        path_params=(
            Param("workspace_id", STR, format="uuid"),
            Param("knowledge_base_id", STR, format="uuid"),
        ),
        answer=KnowledgeBaseItemList,
        envelope="knowledge_base_items",
        retry="read",
        auth="api_key",
        extensions={
            "x-fetch-hive-sdk": {"method": "knowledge_bases.items.list"},
            "x-fetch-hive-envelope": "knowledge_base_items",
            "x-fetch-hive-legacy": {
                "name": "list_knowledge_base_items",
                "arguments": ["workspace_id", "knowledge_base_id"],
            },
            "x-fetch-hive-cli": {
                "command": "kb items list",
                "columns": ["id", "name", "item_type", "status"],
            },
        },
    )
)
