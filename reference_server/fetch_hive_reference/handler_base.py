"""What every handler shares: the gate, JSON answers (with the answer faults), run records,
signed callback deliveries, and the workspace check of the workspace-scoped operations."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import errors, gate
from .callbacks import Delivery, encode_event, sign
from .content import encode_answer
from .faults import FaultSpec
from .settings import Settings
from .state import RunRecord, ServerState, new_request_id, now
from .streaming import TruncatedResponse

# The request whose answer a `slow_first_byte` fault delays (set by `_gate`, read by
# `_slow_first_byte`): the wait ends when its client disconnects. uvicorn runs each request
# in a task with a fresh context, so requests never see each other's.
_SLOWED_REQUEST: ContextVar[Request | None] = ContextVar("slowed_request", default=None)


class _JSONAnswer(Response):
    """``application/json`` bytes, with the header list Starlette's JSONResponse would make
    (the request id first), listed directly rather than worked out for every answer."""

    media_type = "application/json"

    def __init__(self, body: bytes, status_code: int, request_id: str | None) -> None:
        self.body = body
        self.status_code = status_code
        self.background = None
        length = (b"content-length", b"%d" % len(body))
        json_type = (b"content-type", b"application/json")
        if request_id is None:
            self.raw_headers = [length, json_type]
        else:
            self.raw_headers = [(b"x-request-id", request_id.encode("latin-1")), length, json_type]


def provider_error(record: RunRecord) -> errors.ApiError:
    """The 502 of a failing model provider; the run is recorded as failed."""
    error = errors.ApiError(
        502, "Provider error", "The model provider returned an error.", "provider_error"
    )
    record.finish("failed", {"error": error.message})
    return error


class HandlerBase:
    def __init__(self, state: ServerState) -> None:
        self.state = state

    @property
    def settings(self) -> Settings:
        return self.state.settings

    # ---- shared steps -------------------------------------------------------------------------
    async def _gate(
        self,
        request: Request,
        operation_id: str,
        *,
        secret: tuple[str, str] | None = None,
        public_operation: bool = False,
    ) -> gate.Checked:
        """Credentials, parameters, body, refusing faults. ``secret``: (kind, path parameter);
        ``public_operation``: no credentials at all (the spec's ``security: []``)."""
        operation = self.state.spec.operations[operation_id]
        if public_operation:
            path, query = gate.check_parameters(request, operation)
        elif secret is None:
            gate.check_api_key(request, self.state)
            path, query = gate.check_parameters(request, operation)
        else:
            path, query = gate.check_parameters(request, operation)
            kind, parameter = secret
            gate.check_webhook_secret(request, self.state.secret_for(kind, path[parameter]))
        fault = gate.selected_fault(request, self.state)
        if fault is not None and fault.name == "slow_first_byte":
            _SLOWED_REQUEST.set(request)
        body = await gate.read_body(request, operation)
        if fault is not None:
            subject = body.get("deployment") or body.get("agent") or next(iter(path.values()), "")
            gate.refuse_by_fault(fault, self.state, f"{operation_id}:{subject}")
        return gate.Checked(body=body, path=path, query=query, fault=fault)

    async def _answer(self, fault: FaultSpec | None, payload: Any, status: int = 200) -> Response:
        """A JSON answer, late or cut short when a fault asks for it."""
        request_id = payload.get("request_id") if isinstance(payload, Mapping) else None
        rendered = encode_answer(payload).encode("utf-8")
        return await self._answer_bytes(
            fault, rendered, request_id if isinstance(request_id, str) else None, status
        )

    async def _answer_bytes(
        self, fault: FaultSpec | None, body: bytes, request_id: str | None, status: int = 200
    ) -> Response:
        """A JSON answer already encoded, with ``X-Request-Id`` when it has a request id."""
        if fault is not None:
            await self._slow_first_byte(fault)
            if fault.name == "drop":
                headers = {"X-Request-Id": request_id} if request_id is not None else {}
                return TruncatedResponse(
                    body, status_code=status, headers=headers, media_type="application/json"
                )
        return _JSONAnswer(body, status, request_id)

    @staticmethod
    async def _slow_first_byte(fault: FaultSpec | None) -> None:
        """The ``slow_first_byte`` fault: wait before answering, or until the client
        disconnects (a client that gave up must not keep the handler, and the server's
        shutdown, waiting)."""
        if fault is None or fault.name != "slow_first_byte":
            return
        seconds = fault.float_param("seconds", 2.0)
        request = _SLOWED_REQUEST.get()
        if request is None:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_disconnected(request), seconds)

    def _start_record(self, kind: str, name: str, body: Mapping[str, Any]) -> RunRecord:
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
        self.state.add_run(record)
        return record

    async def _deliver(
        self, record: RunRecord, url: str, secret: str, event_type: str, data: dict[str, Any]
    ) -> Delivery:
        return await self._deliver_event(record.request_id, url, secret, event_type, data)

    async def _deliver_event(
        self, request_id: str, url: str, secret: str, event_type: str, data: dict[str, Any]
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
        self.state.record_delivery(delivery)
        await self.state.sender.send(delivery)
        return delivery

    def _check_workspace(self, checked: gate.Checked) -> str:
        """The workspace of the path; 404 unless it is the server's workspace (one per key)."""
        workspace_id = checked.path["workspace_id"]
        if workspace_id != self.settings.workspace_id:
            raise errors.not_found(
                "Workspace not found", "No workspace with this id belongs to the API key."
            )
        return workspace_id


async def _disconnected(request: Request) -> None:
    """Return once the client has disconnected. The gate has read the body, so nothing
    else is waiting for the request's messages."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
