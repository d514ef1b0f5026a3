"""`PATCH /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}`: Update a knowledge-base item

Generated from openapi.yaml (operation `updateKnowledgeBaseItem`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_item_envelope import KnowledgeBaseItemEnvelope
from ...models.knowledge_base_item_update_request import KnowledgeBaseItemUpdateRequest

if TYPE_CHECKING:
    from ...models.knowledge_base_item import KnowledgeBaseItem

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseItemEnvelope, KnowledgeBaseItem] = OperationSpec(
    operation_id="updateKnowledgeBaseItem",
    name="update_knowledge_base_item",
    method="PATCH",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items/{id}",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("knowledge_base_id", STR, format="uuid"),
        Param("id", STR, format="uuid"),
    ),
    body=KnowledgeBaseItemUpdateRequest,
    body_format="json",
    body_required=True,
    answer=KnowledgeBaseItemEnvelope,
    envelope="knowledge_base_item",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "knowledge_bases.items.update",
            "fields_of": "knowledge_base_item",
        },
        "x-fetch-hive-envelope": "knowledge_base_item",
        "x-fetch-hive-legacy": {
            "name": "update_knowledge_base_item",
            "arguments": [
                "workspace_id",
                "knowledge_base_id",
                "id",
                "knowledge_base_item",
            ],
        },
        "x-fetch-hive-cli": {
            "command": "kb items update",
            "update": True,
            "text_file": {"data_content": "content"},
        },
    },
)
