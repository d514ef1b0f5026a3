"""`POST /prompt/webhooks/{prompt_endpoint_id}/variants/{variant_id}`: Start a prompt run with the deployment's webhook secret

Generated from openapi.yaml (operation `triggerPromptWebhook`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.prompt_webhook_trigger_request import PromptWebhookTriggerRequest
from ...models.trigger_accepted import TriggerAccepted

__all__ = ["OPERATION"]

OPERATION: OperationSpec[TriggerAccepted, TriggerAccepted] = OperationSpec(
    operation_id="triggerPromptWebhook",
    name="trigger_prompt_webhook",
    method="POST",
    path="/prompt/webhooks/{prompt_endpoint_id}/variants/{variant_id}",
    path_params=(
        Param("prompt_endpoint_id", Limits(STR, min_length=1)),
        Param("variant_id", Limits(STR, min_length=1)),
    ),
    body=PromptWebhookTriggerRequest,
    body_format="json",
    body_required=True,
    answer=TriggerAccepted,
    retry="invoke",
    auth="webhook_secret",
    auth_header="X-Fetch-Hive-Webhook-Secret",
    extensions={
        "x-fetch-hive-sdk": {"method": "trigger_prompt_webhook", "handwritten": True},
        "x-fetch-hive-retry": "invoke",
    },
)
