"""`GET /public/workspaces/{workspace_id}/knowledge_bases/{id}`: Get a knowledge base

Generated from openapi.yaml (operation `getKnowledgeBase`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_envelope import KnowledgeBaseEnvelope

if TYPE_CHECKING:
    from ...models.knowledge_base import KnowledgeBase

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseEnvelope, KnowledgeBase] = OperationSpec(
    operation_id="getKnowledgeBase",
    name="get_knowledge_base",
    method="GET",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    answer=KnowledgeBaseEnvelope,
    envelope="knowledge_base",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "knowledge_bases.get"},
        "x-fetch-hive-envelope": "knowledge_base",
        "x-fetch-hive-legacy": {
            "name": "get_knowledge_base",
            "arguments": ["workspace_id", "id"],
        },
        "x-fetch-hive-cli": {"command": "kb get"},
    },
)
