"""`POST /public/workspaces/{workspace_id}/knowledge_bases/{id}/search`: Search a knowledge base

Generated from openapi.yaml (operation `searchKnowledgeBase`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.knowledge_base_search_request import KnowledgeBaseSearchRequest
from ...models.knowledge_base_search_response import KnowledgeBaseSearchResponse

if TYPE_CHECKING:
    from ...models.knowledge_base_search_result import KnowledgeBaseSearchResult

__all__ = ["OPERATION"]

OPERATION: OperationSpec[KnowledgeBaseSearchResponse, KnowledgeBaseSearchResult] = (
    OperationSpec(
        operation_id="searchKnowledgeBase",
        name="search_knowledge_base",
        method="POST",
        path="/public/workspaces/{workspace_id}/knowledge_bases/{id}/search",
        path_params=(
            Param("workspace_id", STR, format="uuid"),
            Param("id", STR, format="uuid"),
        ),
        body=KnowledgeBaseSearchRequest,
        body_format="json",
        body_required=True,
        answer=KnowledgeBaseSearchResponse,
        envelope="response",
        retry="read",
        auth="api_key",
        extensions={
            "x-fetch-hive-sdk": {
                "method": "knowledge_bases.search",
                "positional": ["id", "query"],
                "rename": {
                    "search_query": "query",
                    "search_chunk_limit": "chunk_limit",
                    "search_score_threshold": "score_threshold",
                },
                "defaults": {
                    "search_type": "hybrid",
                    "search_chunk_limit": 5,
                    "search_score_threshold": 0.0,
                },
            },
            "x-fetch-hive-envelope": "response",
            "x-fetch-hive-legacy": {
                "name": "search_knowledge_base",
                "arguments": ["workspace_id", "id"],
                "body_keywords": True,
            },
            "x-fetch-hive-cli": {
                "command": "kb search",
                "result": "chunks",
                "columns": ["score", "item_name", "content"],
            },
        },
    )
)
