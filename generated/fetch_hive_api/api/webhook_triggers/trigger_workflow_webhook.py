"""`POST /workflow/webhooks/{workflow_endpoint_id}/variants/{variant_id}`: Start a workflow run with the deployment's webhook secret

Generated from openapi.yaml (operation `triggerWorkflowWebhook`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.trigger_accepted import TriggerAccepted
from ...models.workflow_webhook_trigger_request import WorkflowWebhookTriggerRequest

__all__ = ["OPERATION"]

OPERATION: OperationSpec[TriggerAccepted, TriggerAccepted] = OperationSpec(
    operation_id="triggerWorkflowWebhook",
    name="trigger_workflow_webhook",
    method="POST",
    path="/workflow/webhooks/{workflow_endpoint_id}/variants/{variant_id}",
    path_params=(
        Param("workflow_endpoint_id", Limits(STR, min_length=1)),
        Param("variant_id", Limits(STR, min_length=1)),
    ),
    body=WorkflowWebhookTriggerRequest,
    body_format="json",
    body_required=True,
    answer=TriggerAccepted,
    retry="invoke",
    auth="webhook_secret",
    auth_header="X-Fetch-Hive-Webhook-Secret",
    extensions={
        "x-fetch-hive-sdk": {"method": "trigger_workflow_webhook", "handwritten": True},
        "x-fetch-hive-retry": "invoke",
    },
)
