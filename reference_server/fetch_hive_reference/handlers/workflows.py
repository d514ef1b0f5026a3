"""Workflow deployments: a direct run (holding a slot of the plan's concurrency cap) or
callback delivery (queued while the cap is reached, at most ``max_queued``)."""

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
from ..state import RunRecord, ServerState


@handles("invokeWorkflow")
async def invoke_workflow(call: Call) -> Response:
    body = call.body
    deployment = body["deployment"]
    if content.is_missing(deployment):
        raise errors.not_found("Deployment not found", f"No workflow deployment {deployment!r}.")
    options = body.get("async") or {}
    if options.get("enabled"):
        return await start_workflow(call, deployment, body, options["callback_url"], 200)
    if content.has_trait(deployment, "hitl"):
        raise errors.validation_error(
            "This workflow needs callback delivery",
            "It has a human-in-the-loop step: invoke it with async.enabled and a callback_url.",
        )
    state = call.state
    if not state.try_acquire_workflow_slot():
        raise errors.concurrency_limit()
    try:
        record = start_record(state, "workflow", deployment, body)
        if call.provider_fails:
            raise provider_error(record)
        status, output = await _run(state, record, deployment, body)
    finally:
        state.release_workflow_slot()
    answer = {"request_id": record.request_id, "run_status": status, "output": output}
    if status == "failed":  # why, as the callback and the run lookup say it
        answer["error"] = (record.data or {}).get("error")
    return json_answer(answer)


async def _run(
    state: ServerState, record: RunRecord, deployment: str, body: Mapping[str, Any]
) -> tuple[str, Any]:
    if state.settings.workflow_seconds:
        await asyncio.sleep(state.settings.workflow_seconds)
    if content.has_trait(deployment, "fail"):
        error = content.workflow_failure(deployment)
        record.finish("failed", {"error": error}, message=error)
        return "failed", None
    output = content.workflow_output(deployment, body.get("variant"), body.get("inputs", {}))
    record.finish("completed", {"output": output})
    return "completed", output


async def start_workflow(
    call: Call, deployment: str, body: Mapping[str, Any], callback_url: str, status_code: int
) -> Response:
    """Callback delivery: answer at once (``queued`` while the cap is reached), then run and
    deliver ``workflow.completed`` or ``workflow.failed``. Invokes answer 200 with the
    webhook secret, triggers 202."""
    state = call.state
    secret = state.secret_for("workflow", deployment)
    record = start_record(state, "workflow", deployment, body)
    if call.provider_fails:
        raise provider_error(record)

    async def job() -> None:
        record.start()
        try:
            status, output = await _run(state, record, deployment, body)
        finally:
            state.release_workflow_slot()
        if status == "completed":
            data: dict[str, Any] = {"run_status": status, "output": output}
            event = "workflow.completed"
        else:
            data = {"run_status": status, "error": (record.data or {}).get("error", "failed")}
            event = "workflow.failed"
        await deliver(state, record.request_id, callback_url, secret, event, data)

    if state.try_acquire_workflow_slot():
        state.spawn(job())
    elif state.queue_workflow(job):
        record.status = "queued"
        record.started_at = None
    else:
        record.finish("failed", {"error": "queue full"})
        raise errors.concurrency_limit()
    answer: dict[str, Any] = {"request_id": record.request_id, "run_status": record.status}
    if status_code == 200:
        answer["webhook_secret"] = secret
    return json_answer(answer, status_code)
