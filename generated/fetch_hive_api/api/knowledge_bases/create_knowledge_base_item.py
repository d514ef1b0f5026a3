"""`POST /public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items`: Add an item to a knowledge base

Generated from openapi.yaml (operation `createKnowledgeBaseItem`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_item_create_request import KnowledgeBaseItemCreateRequest
from ...models.knowledge_base_item_envelope import KnowledgeBaseItemEnvelope

if TYPE_CHECKING:
    from ...models.knowledge_base_item import KnowledgeBaseItem

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseItemEnvelope, KnowledgeBaseItem] = OperationSpec(
    operation_id="createKnowledgeBaseItem",
    name="create_knowledge_base_item",
    method="POST",
    path="/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items",
    path_params=(
        Param("workspace_id", STR, format="uuid"),
        Param("knowledge_base_id", STR, format="uuid"),
    ),
    body=KnowledgeBaseItemCreateRequest,
    body_format="json",
    body_required=True,
    answer=KnowledgeBaseItemEnvelope,
    envelope="knowledge_base_item",
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "knowledge_bases.items.create",
            "fields_of": "knowledge_base_item",
        },
        "x-fetch-hive-envelope": "knowledge_base_item",
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {
            "name": "create_knowledge_base_item",
            "arguments": ["workspace_id", "knowledge_base_id", "knowledge_base_item"],
        },
        "x-fetch-hive-cli": {
            "command": "kb items add",
            "positional": ["name"],
            "text_file": {"data_content": "content"},
            "require": ["data_content"],
        },
    },
)
