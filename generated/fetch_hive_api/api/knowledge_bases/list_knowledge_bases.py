"""`GET /public/workspaces/{workspace_id}/knowledge_bases`: List the workspace's knowledge bases

Generated from openapi.yaml (operation `listKnowledgeBases`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_list import KnowledgeBaseList

if TYPE_CHECKING:
    from ...models.knowledge_base import KnowledgeBase

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseList, list[KnowledgeBase]] = OperationSpec(
    operation_id="listKnowledgeBases",
    name="list_knowledge_bases",
    method="GET",
    path="/public/workspaces/{workspace_id}/knowledge_bases",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    answer=KnowledgeBaseList,
    envelope="knowledge_bases",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "knowledge_bases.list",
            "workspace_positional": True,
        },
        "x-fetch-hive-envelope": "knowledge_bases",
        "x-fetch-hive-legacy": {
            "name": "list_knowledge_bases",
            "arguments": ["workspace_id"],
        },
        "x-fetch-hive-cli": {
            "command": "kb list",
            "columns": ["id", "name", "search_type", "data_item_count", "status"],
        },
    },
)
