"""`POST /public/workspaces/{workspace_id}/knowledge_bases`: Create a knowledge base

Generated from openapi.yaml (operation `createKnowledgeBase`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_create_request import KnowledgeBaseCreateRequest
from ...models.knowledge_base_envelope import KnowledgeBaseEnvelope

if TYPE_CHECKING:
    from ...models.knowledge_base import KnowledgeBase

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseEnvelope, KnowledgeBase] = OperationSpec(
    operation_id="createKnowledgeBase",
    name="create_knowledge_base",
    method="POST",
    path="/public/workspaces/{workspace_id}/knowledge_bases",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    body=KnowledgeBaseCreateRequest,
    body_format="json",
    body_required=True,
    answer=KnowledgeBaseEnvelope,
    envelope="knowledge_base",
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {
            "method": "knowledge_bases.create",
            "fields_of": "knowledge_base",
        },
        "x-fetch-hive-envelope": "knowledge_base",
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-legacy": {
            "name": "create_knowledge_base",
            "arguments": ["workspace_id", "knowledge_base"],
        },
        "x-fetch-hive-cli": {"command": "kb create", "positional": ["name"]},
    },
)
