"""`POST /invoke`: Run a prompt deployment (legacy path)

Generated from openapi.yaml (operation `invokePromptLegacy`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.prompt_invoke_request import PromptInvokeRequest
from ...models.prompt_response import PromptResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[PromptResponse, PromptResponse] = OperationSpec(
    operation_id="invokePromptLegacy",
    name="invoke_prompt_legacy",
    method="POST",
    path="/invoke",
    body=PromptInvokeRequest,
    body_format="json",
    body_required=True,
    answer=PromptResponse,
    retry="read",
    auth="api_key",
    streams=True,
    deprecated=True,
    extensions={
        "x-fetch-hive-sdk": {
            "skip": "the deprecated path of invokePrompt; invoke_prompt calls /prompt/invoke"
        }
    },
)
