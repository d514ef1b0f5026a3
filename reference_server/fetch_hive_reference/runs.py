"""What the handlers of runs share: run records, the provider's failure, signed callback
deliveries, and streamed answers that finish their run when they end."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from . import errors
from .callbacks import Delivery, encode_event, sign
from .content import Completion
from .state import RunRecord, ServerState, new_request_id, now
from .streaming import EventStreamResponse


def start_record(state: ServerState, kind: str, name: str, body: Mapping[str, Any]) -> RunRecord:
    """A new run of ``kind`` (prompt, workflow...) for this invoke or trigger body, remembered."""
    options = body.get("async") or {}
    started = now()  # generated and started at once (one clock reading)
    record = RunRecord(
        request_id=new_request_id(),
        request_type=kind,
        name=name,
        variant=body.get("variant"),
        metadata=body.get("metadata"),
        user=body.get("user"),
        generated_at=started,
        started_at=started,
        inputs=body.get("inputs"),
        callback_url=options.get("callback_url"),
    )
    state.add_run(record)
    return record


def provider_error(record: RunRecord) -> errors.ApiError:
    """The 502 of a failing model provider; the run is recorded as failed."""
    error = errors.ApiError(
        502, "Provider error", "The model provider returned an error.", "provider_error"
    )
    record.finish("failed", {"error": error.message})
    return error


async def deliver(
    state: ServerState,
    request_id: str,
    url: str,
    secret: str,
    event_type: str,
    data: dict[str, Any],
) -> Delivery:
    """Sign ``{event_type, request_id, data}`` and send it (retried, loopback only)."""
    payload = encode_event({"event_type": event_type, "request_id": request_id, "data": data})
    delivery = Delivery(
        request_id=request_id,
        event_type=event_type,
        url=url,
        body=payload,
        signature=sign(payload, secret),
    )
    state.record_delivery(delivery)
    await state.sender.send(delivery)
    return delivery


def stream_answer(
    state: ServerState,
    record: RunRecord,
    completion: Completion,
    frames: list[bytes],
    started: float,
    finished_data: dict[str, Any],
    *,
    keep_open: bool = False,
) -> EventStreamResponse:
    """An SSE answer of the framed events, then usage and ``[DONE]``; the run is finished
    when the stream ends (``keep_open``: a paused run stays ``awaiting_approval``)."""

    def usage_event() -> dict[str, Any]:
        duration = round(time.monotonic() - started, 3)
        return {
            "type": "usage",
            "request_id": record.request_id,
            "usage": completion.usage(duration),
            "stop_reason": "completed",
        }

    def on_end(outcome: str) -> None:
        if outcome == "completed":
            if not keep_open:
                record.finish("completed", finished_data)
        else:
            record.finish("failed", {"error": f"stream {outcome}"})

    return EventStreamResponse(
        frames,
        usage_event,
        request_id=record.request_id,
        pace=state.settings.stream_pace,
        on_end=on_end,
    )
