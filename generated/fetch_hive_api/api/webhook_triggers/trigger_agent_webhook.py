"""`POST /agent/webhooks/{agent_id}`: Send a message to an agent with the agent's webhook secret

Generated from openapi.yaml (operation `triggerAgentWebhook`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.agent_webhook_trigger_request import AgentWebhookTriggerRequest
from ...models.trigger_accepted import TriggerAccepted

__all__ = ["OPERATION"]

OPERATION: OperationSpec[TriggerAccepted, TriggerAccepted] = OperationSpec(
    operation_id="triggerAgentWebhook",
    name="trigger_agent_webhook",
    method="POST",
    path="/agent/webhooks/{agent_id}",
    path_params=(Param("agent_id", Limits(STR, min_length=1)),),
    body=AgentWebhookTriggerRequest,
    body_format="json",
    body_required=True,
    answer=TriggerAccepted,
    retry="invoke",
    auth="webhook_secret",
    auth_header="X-Fetch-Hive-Webhook-Secret",
    extensions={
        "x-fetch-hive-sdk": {"method": "trigger_agent_webhook", "handwritten": True},
        "x-fetch-hive-retry": "invoke",
    },
)
