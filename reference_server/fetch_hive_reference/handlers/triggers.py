"""Webhook triggers: a run started with the deployment's webhook secret (the spec's
``security`` names where it is sent; ``secret_of`` whose it is), always by callback,
answered 202 ``{request_id, run_status}``."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .. import content, errors
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..runs import deliver, provider_error, start_record
from .agents import agent_turn, start_agent_run
from .workflows import start_workflow

#: Top-level fields of a trigger body that are never start inputs.
_TRIGGER_FIELDS = frozenset({"inputs", "async", "metadata", "user"})


def _trigger_body(body: Mapping[str, Any], variant: str) -> dict[str, Any]:
    """A trigger body as an invoke body: the variant from the path, and the start inputs.

    A body without ``inputs`` carries its inputs as top-level fields (assumption of this SDK:
    the docs' sentence about such bodies is cut off, see ``WorkflowWebhookTriggerRequest``).
    """
    known = {key: value for key, value in body.items() if key in _TRIGGER_FIELDS}
    if "inputs" not in body:
        known["inputs"] = {k: v for k, v in body.items() if k not in _TRIGGER_FIELDS}
    return {**known, "variant": variant}


@handles("triggerWorkflowWebhook", secret_of=("workflow", "workflow_endpoint_id"))
async def trigger_workflow(call: Call) -> Response:
    name = call.path["workflow_endpoint_id"]
    if content.is_missing(name):
        raise errors.not_found("Deployment not found", f"No workflow endpoint {name!r}.")
    body = _trigger_body(call.body, call.path["variant_id"])
    return await start_workflow(call, name, body, body["async"]["callback_url"], 202)


@handles("triggerAgentWebhook", secret_of=("agent", "agent_id"))
async def trigger_agent(call: Call) -> Response:
    agent = call.path["agent_id"]
    if content.is_missing(agent):
        raise errors.not_found("Agent not found", f"No agent {agent!r}.")
    turn = agent_turn(call.state, agent, call.body)
    record = start_record(call.state, "agent", agent, call.body)
    return await start_agent_run(call, turn, record, call.body["async"]["callback_url"], 202)


@handles("triggerPromptWebhook", secret_of=("prompt", "prompt_endpoint_id"))
async def trigger_prompt(call: Call) -> Response:
    state = call.state
    name = call.path["prompt_endpoint_id"]
    if content.is_missing(name):
        raise errors.not_found("Deployment not found", f"No prompt endpoint {name!r}.")
    body = _trigger_body(call.body, call.path["variant_id"])
    record = start_record(state, "prompt", name, body)
    if call.provider_fails:
        raise provider_error(record)
    secret = state.secret_for("prompt", name)

    async def run() -> None:
        await asyncio.sleep(0)
        if content.has_trait(name, "fail"):
            error = "The model provider returned an error."
            record.finish("failed", {"error": error})
            data: dict[str, Any] = {"run_status": "failed", "error": error}
            event = "prompt.failed"
        else:
            completion = content.prompt_completion(name, body["variant"], body.get("inputs", {}))
            record.finish("completed", {"response": completion.response})
            data = {"run_status": "completed", "response": completion.response}
            event = "prompt.completed"
        await deliver(state, record.request_id, body["async"]["callback_url"], secret, event, data)

    state.spawn(run())
    return json_answer({"request_id": record.request_id, "run_status": "running"}, 202)
