"""Prompt deployments: a direct answer (JSON or a stream) from a deterministic completion."""

from __future__ import annotations

import json
import time

from starlette.responses import Response

from .. import content, errors
from ..answers import JSONAnswer
from ..calls import Call
from ..content import Completion
from ..registry import handles
from ..runs import provider_error, start_record, stream_answer
from ..streaming import text_frames


@handles("invokePrompt")
async def invoke_prompt(call: Call) -> Response:
    """``POST /prompt/invoke`` (and the legacy ``POST /invoke``, which is the same)."""
    body = call.body
    started = time.monotonic()
    deployment = body["deployment"]
    if content.is_missing(deployment):
        raise errors.not_found("Deployment not found", f"No prompt deployment {deployment!r}.")
    record = start_record(call.state, "prompt", deployment, body)
    if call.provider_fails or content.has_trait(deployment, "fail"):
        raise provider_error(record)
    completion = content.prompt_completion(deployment, body.get("variant"), body.get("inputs", {}))
    data = {"response": completion.response}
    if body.get("streaming"):
        base = {"request_id": record.request_id, "model": completion.model}
        reasoning = completion.reasoning
        frames = [
            *text_frames("reasoning", reasoning, content.chunks(reasoning or ""), base, False),
            *text_frames(
                "response", completion.response, content.chunks(completion.response), base, False
            ),
        ]
        return stream_answer(call.state, record, completion, frames, started, data)
    record.finish("completed", data)
    duration = round(time.monotonic() - started, 3)
    return JSONAnswer(
        prompt_answer(record.request_id, duration, completion), 200, record.request_id
    )


#: A string as JSON answers write it (they keep non-ASCII characters); a float is its repr.
_text = json.encoder.encode_basestring


def prompt_answer(request_id: str, duration: float, completion: Completion) -> bytes:
    """The JSON answer to a prompt, ``{request_id, model, duration, [reasoning], response,
    usage, stop_reason}``: the bytes of that dict encoded, from the completion's part
    encoded once (encoding the whole answer was a sixth of a prompt's cost)."""
    return (
        f'{{"request_id":{_text(request_id)},"model":{_text(completion.model)},'
        f'"duration":{duration!r},{completion.answer_rest}}}'
    ).encode()
