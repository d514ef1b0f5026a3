"""Arguments -> `Operation` for the webhook triggers (no API key: the webhook secret).

The secret goes in the `X-Fetch-Hive-Webhook-Secret` header, never in the URL, so it
does not end up in proxy or server access logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _validation as check
from ._base_client import Operation
from ._retry import INVOKE

if TYPE_CHECKING:
    from fetch_hive_api.models.trigger_accepted import TriggerAccepted

WEBHOOK_SECRET_HEADER = "X-Fetch-Hive-Webhook-Secret"


def _body(
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> dict[str, Any]:
    # Triggers always deliver by callback: the URL is required.
    body: dict[str, Any] = {"async": {"callback_url": check.callback(True, callback_url)}}
    for key, value in (
        ("inputs", check.inputs(inputs)),
        ("metadata", check.metadata(metadata)),
        ("user", check.optional_text(user, "user")),
    ):
        if value is not None:
            body[key] = value
    return body


def _operation(
    name: str, kwargs: dict[str, Any], webhook_secret: str
) -> Operation[TriggerAccepted]:
    """The trigger request, authenticated by the secret header instead of the API key.
    A trigger starts a run: it is retried only when the run certainly did not start, and
    never follows a redirect (the secret would go along to the other host)."""
    from fetch_hive_api.models.trigger_accepted import TriggerAccepted

    secret = check.webhook_secret(webhook_secret)
    headers = {**kwargs.get("headers", {}), WEBHOOK_SECRET_HEADER: secret}
    return Operation(
        name=name,
        kwargs={**kwargs, "headers": headers},
        result_model=TriggerAccepted,
        needs_api_key=False,
        retry=INVOKE,
        redirects_allowed=False,
    )


def trigger_workflow_webhook(
    *,
    workflow_endpoint_id: str,
    variant_id: str,
    webhook_secret: str,
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    endpoint = check.path_segment(workflow_endpoint_id, "workflow_endpoint_id")
    variant = check.path_segment(variant_id, "variant_id")
    body = _body(inputs, callback_url, metadata, user)

    from fetch_hive_api.api.webhook_triggers import trigger_workflow_webhook as generated
    from fetch_hive_api.models.workflow_webhook_trigger_request import (
        WorkflowWebhookTriggerRequest,
    )

    kwargs = generated._get_kwargs(
        endpoint, variant, body=WorkflowWebhookTriggerRequest.from_dict(body)
    )
    return _operation("trigger_workflow_webhook", kwargs, webhook_secret)


def trigger_prompt_webhook(
    *,
    prompt_endpoint_id: str,
    variant_id: str,
    webhook_secret: str,
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    endpoint = check.path_segment(prompt_endpoint_id, "prompt_endpoint_id")
    variant = check.path_segment(variant_id, "variant_id")
    body = _body(inputs, callback_url, metadata, user)

    from fetch_hive_api.api.webhook_triggers import trigger_prompt_webhook as generated
    from fetch_hive_api.models.prompt_webhook_trigger_request import PromptWebhookTriggerRequest

    kwargs = generated._get_kwargs(
        endpoint, variant, body=PromptWebhookTriggerRequest.from_dict(body)
    )
    return _operation("trigger_prompt_webhook", kwargs, webhook_secret)


def trigger_agent_webhook(
    *,
    agent_id: str,
    webhook_secret: str,
    message: str,
    callback_url: str,
    thread_id: str | None,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    agent = check.path_segment(agent_id, "agent_id")
    body = _body(None, callback_url, metadata, user)
    body["message"] = check.required_text(message, "message")
    thread = check.optional_text(thread_id, "thread_id")
    if thread is not None:
        body["thread_id"] = thread

    from fetch_hive_api.api.webhook_triggers import trigger_agent_webhook as generated
    from fetch_hive_api.models.agent_webhook_trigger_request import AgentWebhookTriggerRequest

    kwargs = generated._get_kwargs(agent, body=AgentWebhookTriggerRequest.from_dict(body))
    return _operation("trigger_agent_webhook", kwargs, webhook_secret)
