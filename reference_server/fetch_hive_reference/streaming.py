"""Server-Sent-Events answers, and the responses that break on purpose.

A stream is ``data: <json>`` frames, each followed by a blank line, ending with ``data: [DONE]``.
The ``stream_error`` fault replaces the rest of the stream with an ``error`` event; ``drop``
closes the connection without finishing the body (no usage event, no ``[DONE]``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .faults import FaultSpec

DONE_FRAME = b"data: [DONE]\n\n"


class DropConnection(Exception):
    """Raised after the answer started so that the server closes the connection mid-body."""


# Made once: json.dumps with options makes an encoder per call, here once per event.
_encode = json.JSONEncoder(separators=(",", ":")).encode


def frame(event: Mapping[str, Any]) -> bytes:
    return b"data: " + _encode(event).encode() + b"\n\n"


def provider_error_event(request_id: str) -> dict[str, Any]:
    return {
        "type": "error",
        "request_id": request_id,
        "error": "Provider error",
        "message": "The model provider closed the stream (reference server fault).",
        "provider": "fetch-hive-reference",
        "error_type": "provider_stream_error",
        "status_code": 502,
        "error_code": "provider_error",
    }


def text_events(
    kind: str, text: str | None, pieces: Sequence[str], base: Mapping[str, Any], with_done: bool
) -> list[dict[str, Any]]:
    """One event per piece of ``text``; agents also mark the last piece with ``done``."""
    if not text:
        return []
    events = []
    for index, piece in enumerate(pieces):
        event = {"type": kind, **base, "response": piece}
        if with_done:
            event["done"] = index == len(pieces) - 1
        events.append(event)
    return events


async def event_stream(
    events: Sequence[Mapping[str, Any]],
    final_event: Callable[[], Mapping[str, Any]],
    *,
    request_id: str,
    pace: float,
    fault: FaultSpec | None,
    on_end: Callable[[str], None],
) -> AsyncIterator[bytes]:
    """Yield the frames; ``on_end`` gets ``completed``, ``failed`` or ``interrupted``."""
    outcome = "interrupted"
    cut_at: int | None = None
    if fault is not None and fault.name in {"stream_error", "drop"}:
        # Never later than the last text event: a faulty stream has no usage event.
        cut_at = min(fault.int_param("after", 2), len(events))
    try:
        for index, event in enumerate(events):
            if index == cut_at:
                break
            if index and pace:
                await asyncio.sleep(pace)
            yield frame(event)
        else:
            if cut_at is None:
                if pace:
                    await asyncio.sleep(pace)
                yield frame(final_event())
                yield DONE_FRAME
                outcome = "completed"
                return
        assert fault is not None
        outcome = "failed"
        if fault.name == "stream_error":
            yield frame(provider_error_event(request_id))
            return
        raise DropConnection("connection dropped by the 'drop' fault")
    finally:
        on_end(outcome)


class TruncatedResponse(Response):
    """Announces the full JSON body, sends half of it, then drops the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send(
            {
                "type": "http.response.body",
                "body": self.body[: len(self.body) // 2],
                "more_body": True,
            }
        )
        raise DropConnection("connection dropped by the 'drop' fault")
