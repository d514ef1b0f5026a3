"""Server-Sent-Events answers, and the responses that break on purpose.

A stream is ``data: <json>`` frames, each followed by a blank line, ending with ``data: [DONE]``.
A stream the gate cuts (``EventStreamResponse.cut``, a ``StreamCut`` fault) stops after its
``after`` events: ``stream_error`` replaces the rest with an ``error`` event, ``drop`` closes
the connection without finishing the body (no usage event, no ``[DONE]``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from .faults import StreamCut, StreamError

DONE_FRAME = b"data: [DONE]\n\n"


class DropConnection(Exception):
    """Raised after the answer started so that the server closes the connection mid-body."""


# Made once: json.dumps with options makes an encoder per call, here once per event.
_encode = json.JSONEncoder(separators=(",", ":")).encode
#: What `_encode` makes of a string (it escapes non-ASCII characters).
_encode_text = json.encoder.encode_basestring_ascii


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
        # An invention of this server (docs/reference-server.md): the docs list the fields
        # above, not an error_code.
        "error_code": "provider_error",
    }


def text_frames(
    kind: str, text: str | None, pieces: Sequence[str], base: Mapping[str, Any], with_done: bool
) -> list[bytes]:
    """One frame per piece of ``text``, of the event ``{"type": kind, **base, "response":
    piece}`` (agents' events add ``done``, true on the last piece): the bytes ``frame`` makes
    of it, from a head encoded once (encoding each whole event was most of a stream's work)."""
    if not text:
        return []
    head = b"data: " + _encode({"type": kind, **base})[:-1].encode() + b',"response":'
    ends = [b',"done":false}\n\n' if with_done else b"}\n\n"] * len(pieces)
    if with_done and ends:
        ends[-1] = b',"done":true}\n\n'
    return [
        head + _encode_text(piece).encode() + end for piece, end in zip(pieces, ends, strict=True)
    ]


async def event_stream(
    frames: Sequence[bytes],
    final_event: Callable[[], Mapping[str, Any]],
    *,
    request_id: str,
    pace: float,
    cut: StreamCut | None,
    on_end: Callable[[str], None],
) -> AsyncIterator[bytes]:
    """Yield the frames (one event each), then the final event and ``[DONE]``; ``on_end``
    gets ``completed``, ``failed`` or ``interrupted``."""
    outcome = "interrupted"
    cut_at: int | None = None
    if cut is not None:
        # Never later than the last text event: a faulty stream has no usage event.
        cut_at = min(cut.after, len(frames))
    try:
        for index, event_frame in enumerate(frames):
            if index == cut_at:
                break
            if index and pace:
                await asyncio.sleep(pace)
            yield event_frame
        else:
            if cut_at is None:
                if pace:
                    await asyncio.sleep(pace)
                yield frame(final_event())
                yield DONE_FRAME
                outcome = "completed"
                return
        outcome = "failed"
        if isinstance(cut, StreamError):
            yield frame(provider_error_event(request_id))
            return
        raise DropConnection("connection dropped by the 'drop' fault")
    finally:
        on_end(outcome)


class EventStreamResponse(StreamingResponse):
    """An SSE answer: ``text/event-stream``, not cached, not buffered by proxies.

    A paced stream runs as Starlette's StreamingResponse does, in a task group that also
    listens for the client: one that hangs up ends the stream (``interrupted``) at its next
    pause. An unpaced stream never waits between its frames, so that listener would only
    run once the stream is over: it is sent without the task group, which was half of the
    application's work on a short stream. (Only a client that stopped reading for a whole
    socket buffer and then hung up could tell: its run is recorded completed.)"""

    media_type = "text/event-stream"

    def __init__(
        self,
        frames: Sequence[bytes],
        final_event: Callable[[], Mapping[str, Any]],
        *,
        request_id: str,
        pace: float,
        on_end: Callable[[str], None],
    ) -> None:
        self.frames = frames
        self.final_event = final_event
        self.request_id = request_id
        self.pace = pace
        self.on_end = on_end
        #: Set by the gate when a fault cuts this stream.
        self.cut: StreamCut | None = None
        self.paced = bool(pace)
        self.status_code = 200
        self.background = None
        # The headers Starlette would make of these, listed once instead of worked out.
        self.raw_headers = [
            (b"cache-control", b"no-cache"),
            (b"x-accel-buffering", b"no"),
            (b"x-request-id", request_id.encode("latin-1")),
            (b"content-type", b"text/event-stream; charset=utf-8"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.body_iterator = event_stream(
            self.frames,
            self.final_event,
            request_id=self.request_id,
            pace=self.pace,
            cut=self.cut,
            on_end=self.on_end,
        )
        if self.paced:
            await super().__call__(scope, receive, send)
        else:
            await self.stream_response(send)


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
