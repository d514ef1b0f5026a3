"""JSON answers: ``application/json`` bytes with ``X-Request-Id`` when the answer has a
request id. (Streams are ``streaming.EventStreamResponse``.)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .content import encode_answer


class JSONAnswer(Response):
    """A JSON answer, with the header list Starlette's JSONResponse would make (the request
    id first), listed directly rather than worked out for every answer. ``request_id`` is
    kept for the gate, which may cut the answer short (the ``drop`` fault)."""

    media_type = "application/json"

    def __init__(self, body: bytes, status_code: int = 200, request_id: str | None = None) -> None:
        self.body = body
        self.status_code = status_code
        self.request_id = request_id
        self.background = None
        length = (b"content-length", b"%d" % len(body))
        json_type = (b"content-type", b"application/json")
        if request_id is None:
            self.raw_headers = [length, json_type]
        else:
            self.raw_headers = [(b"x-request-id", request_id.encode("latin-1")), length, json_type]


def json_answer(payload: Any, status_code: int = 200) -> JSONAnswer:
    """``payload`` encoded as the server's JSON answers are; a top-level string
    ``request_id`` is also sent as ``X-Request-Id``."""
    request_id = payload.get("request_id") if isinstance(payload, Mapping) else None
    return JSONAnswer(
        encode_answer(payload).encode("utf-8"),
        status_code,
        request_id if isinstance(request_id, str) else None,
    )
