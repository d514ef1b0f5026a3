"""Older paths kept for existing clients (deprecated in the spec): ``POST /invoke`` is
``POST /prompt/invoke``; ``GET /workflow_runs/{token}`` shows a workflow run (its token is
its request id) in the legacy shape."""

from __future__ import annotations

import json

from starlette.responses import Response

from .. import content, errors
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from .prompts import invoke_prompt


@handles("invokePromptLegacy")
async def invoke_prompt_legacy(call: Call) -> Response:
    return await invoke_prompt(call)


@handles("getWorkflowRunLegacy")
async def get_workflow_run_legacy(call: Call) -> Response:
    record = call.state.get_run(call.path["id"])
    if record is None or record.request_type != "workflow":
        raise errors.not_found("Prompt workflow run not found", "No workflow run with this token.")
    data = record.data or {}
    output = data.get("output")
    duration = None
    if record.started_at is not None and record.ended_at is not None:
        duration = round((record.ended_at - record.started_at).total_seconds(), 3)
    output_text = output if isinstance(output, str) or output is None else json.dumps(output)
    run = {
        "id": record.number,
        "started_at": record.started_at.isoformat() if record.started_at else None,
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
        "start_inputs": record.inputs or {},
        "error_message": data.get("error"),
        "duration": duration,
        "total_charge": "0.0",
        "total_tokens": content.count_tokens(output_text or ""),
        "output_content": output_text,
        "async_webhook_url": record.callback_url,
        "token": record.request_id,
        "run_status": record.status,
        "run_async": "true" if record.callback_url else "false",
    }
    return json_answer({"workflow_run": run})
