"""`POST /prompt/invoke`: Run a prompt deployment

Generated from openapi.yaml (operation `invokePrompt`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.prompt_invoke_request import PromptInvokeRequest
from ...models.prompt_response import PromptResponse

__all__ = ["OPERATION"]

OPERATION: OperationSpec[PromptResponse, PromptResponse] = OperationSpec(
    operation_id="invokePrompt",
    name="invoke_prompt",
    method="POST",
    path="/prompt/invoke",
    body=PromptInvokeRequest,
    body_format="json",
    body_required=True,
    answer=PromptResponse,
    retry="provider_invoke",
    auth="api_key",
    streams=True,
    extensions={
        "x-fetch-hive-sdk": {"method": "invoke_prompt", "handwritten": True},
        "x-fetch-hive-retry": "provider_invoke",
        "x-fetch-hive-cli": {"command": "prompt", "handwritten": True},
    },
)
