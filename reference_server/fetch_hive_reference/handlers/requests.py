"""Run lookup: ``GET /public/requests/{id}`` shows every run the server remembers."""

from __future__ import annotations

from starlette.responses import Response

from .. import errors
from ..answers import json_answer
from ..calls import Call
from ..registry import handles


@handles("getRequest")
async def get_request(call: Call) -> Response:
    record = call.state.get_run(call.path["id"])
    if record is None:
        raise errors.not_found("Request not found", "No run with this request id.")
    return json_answer(record.to_json())
