"""`PATCH /public/workspaces/{workspace_id}/knowledge_bases/{id}`: Update a knowledge base

Generated from openapi.yaml (operation `updateKnowledgeBase`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_envelope import KnowledgeBaseEnvelope
from ...models.knowledge_base_update_request import KnowledgeBaseUpdateRequest

if TYPE_CHECKING:
    from ...models.knowledge_base import KnowledgeBase

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseEnvelope, KnowledgeBase] = OperationSpec(
    operation_id="updateKnowledgeBase",
    name="update_knowledge_base",
    method="PATCH",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    body=KnowledgeBaseUpdateRequest,
    body_format="json",
    body_required=True,
    answer=KnowledgeBaseEnvelope,
    envelope="knowledge_base",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "knowledge_bases.update",
            "fields_of": "knowledge_base",
        },
        "x-fetch-hive-envelope": "knowledge_base",
        "x-fetch-hive-legacy": {
            "name": "update_knowledge_base",
            "arguments": ["workspace_id", "id", "knowledge_base"],
        },
        "x-fetch-hive-cli": {"command": "kb update", "update": True},
    },
)
