"""One handler per operation of openapi.yaml."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from . import content, errors, gate
from .callbacks import Delivery, encode_event, sign
from .content import AgentTurn, Completion
from .error_codes import catalogue
from .faults import FaultSpec
from .settings import Settings
from .state import RunRecord, ServerState, new_request_id
from .streaming import TruncatedResponse, event_stream, text_events

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _provider_error(record: RunRecord) -> errors.ApiError:
    error = errors.ApiError(
        502, "Provider error", "The model provider returned an error.", "provider_error"
    )
    record.finish("failed", {"error": error.message})
    return error


class Handlers:
    def __init__(self, state: ServerState) -> None:
        self.state = state

    @property
    def settings(self) -> Settings:
        return self.state.settings

    # ---- shared steps -------------------------------------------------------------------------
    async def _gate(
        self, request: Request, operation_id: str, *, secret: tuple[str, str] | None = None
    ) -> gate.Checked:
        """Credentials, parameters, body, refusing faults. ``secret``: (kind, path parameter)."""
        operation = self.state.spec.operations[operation_id]
        if secret is None:
            gate.check_api_key(request, self.state)
            path, query = gate.check_parameters(request, operation)
        else:
            path, query = gate.check_parameters(request, operation)
            kind, parameter = secret
            gate.check_webhook_secret(request, self.state.secret_for(kind, path[parameter]))
        fault = gate.selected_fault(request, self.state)
        body = await gate.read_body(request, operation)
        subject = body.get("deployment") or body.get("agent") or next(iter(path.values()), "")
        gate.refuse_by_fault(fault, self.state, f"{operation_id}:{subject}")
        return gate.Checked(body=body, path=path, query=query, fault=fault)

    async def _answer(
        self, fault: FaultSpec | None, payload: Mapping[str, Any], status: int = 200
    ) -> Response:
        """A JSON answer, late or cut short when a fault asks for it."""
        await self._slow_first_byte(fault)
        headers = {"X-Request-Id": str(payload.get("request_id", ""))}
        if fault is not None and fault.name == "drop":
            rendered = JSONResponse(payload).body
            return TruncatedResponse(
                rendered, status_code=status, headers=headers, media_type="application/json"
            )
        return JSONResponse(payload, status_code=status, headers=headers)

    @staticmethod
    async def _slow_first_byte(fault: FaultSpec | None) -> None:
        if fault is not None and fault.name == "slow_first_byte":
            await asyncio.sleep(fault.float_param("seconds", 2.0))

    def _stream(
        self,
        record: RunRecord,
        completion: Completion,
        events: list[dict[str, Any]],
        fault: FaultSpec | None,
        started: float,
        finished_data: dict[str, Any],
    ) -> StreamingResponse:
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
                record.finish("completed", finished_data)
            else:
                record.finish("failed", {"error": f"stream {outcome}"})

        body = event_stream(
            events,
            usage_event,
            request_id=record.request_id,
            pace=self.settings.stream_pace,
            fault=fault,
            on_end=on_end,
        )
        headers = {**SSE_HEADERS, "X-Request-Id": record.request_id}
        return StreamingResponse(body, media_type="text/event-stream", headers=headers)

    def _start_record(self, kind: str, name: str, body: Mapping[str, Any]) -> RunRecord:
        record = RunRecord(
            request_id=new_request_id(),
            request_type=kind,
            name=name,
            variant=body.get("variant"),
            metadata=body.get("metadata"),
            user=body.get("user"),
        )
        record.start()
        self.state.add_run(record)
        return record

    async def _deliver(
        self, record: RunRecord, url: str, secret: str, event_type: str, data: dict[str, Any]
    ) -> None:
        payload = encode_event(
            {"event_type": event_type, "request_id": record.request_id, "data": data}
        )
        delivery = Delivery(
            request_id=record.request_id,
            event_type=event_type,
            url=url,
            body=payload,
            signature=sign(secret, payload),
        )
        self.state.record_delivery(delivery)
        await self.state.sender.send(delivery)

    # ---- prompts ------------------------------------------------------------------------------
    async def invoke_prompt(self, request: Request) -> Response:
        checked = await self._gate(request, "invokePrompt")
        body = checked.body
        started = time.monotonic()
        deployment = body["deployment"]
        if content.is_missing(deployment):
            raise errors.not_found("Deployment not found", f"No prompt deployment {deployment!r}.")
        record = self._start_record("prompt", deployment, body)
        if _fails(checked.fault, deployment):
            raise _provider_error(record)
        completion = content.prompt_completion(
            deployment, body.get("variant"), body.get("inputs", {})
        )
        data = {"response": completion.response}
        if body.get("streaming"):
            await self._slow_first_byte(checked.fault)
            base = {"request_id": record.request_id, "model": completion.model}
            events = [
                *text_events(
                    "reasoning",
                    completion.reasoning,
                    content.chunks(completion.reasoning or ""),
                    base,
                    False,
                ),
                *text_events(
                    "response",
                    completion.response,
                    content.chunks(completion.response),
                    base,
                    False,
                ),
            ]
            return self._stream(record, completion, events, checked.fault, started, data)
        record.finish("completed", data)
        answer: dict[str, Any] = {
            "request_id": record.request_id,
            "model": completion.model,
            "duration": round(time.monotonic() - started, 3),
        }
        if completion.reasoning is not None:
            answer["reasoning"] = completion.reasoning
        answer.update(
            response=completion.response, usage=completion.usage(), stop_reason="completed"
        )
        return await self._answer(checked.fault, answer)

    async def trigger_prompt(self, request: Request) -> Response:
        checked = await self._gate(
            request, "triggerPromptWebhook", secret=("prompt", "prompt_endpoint_id")
        )
        name = checked.path["prompt_endpoint_id"]
        if content.is_missing(name):
            raise errors.not_found("Deployment not found", f"No prompt endpoint {name!r}.")
        body = _trigger_body(checked.body, checked.path["variant_id"])
        record = self._start_record("prompt", name, body)
        if checked.fault is not None and checked.fault.name == "provider_error":
            raise _provider_error(record)
        secret = self.state.secret_for("prompt", name)

        async def run() -> None:
            await asyncio.sleep(0)
            if content.has_trait(name, "fail"):
                error = "The model provider returned an error."
                record.finish("failed", {"error": error})
                data: dict[str, Any] = {"run_status": "failed", "error": error}
                event = "prompt.failed"
            else:
                completion = content.prompt_completion(
                    name, body["variant"], body.get("inputs", {})
                )
                record.finish("completed", {"response": completion.response})
                data = {"run_status": "completed", "response": completion.response}
                event = "prompt.completed"
            await self._deliver(record, body["async"]["callback_url"], secret, event, data)

        self.state.spawn(run())
        return await self._answer(
            checked.fault, {"request_id": record.request_id, "run_status": "running"}, 202
        )

    # ---- workflows ----------------------------------------------------------------------------
    async def invoke_workflow(self, request: Request) -> Response:
        checked = await self._gate(request, "invokeWorkflow")
        body = checked.body
        deployment = body["deployment"]
        if content.is_missing(deployment):
            raise errors.not_found(
                "Deployment not found", f"No workflow deployment {deployment!r}."
            )
        options = body.get("async") or {}
        if options.get("enabled"):
            return await self._start_workflow(
                checked, deployment, body, options["callback_url"], 200
            )
        if content.has_trait(deployment, "hitl"):
            raise errors.validation_error(
                "This workflow needs callback delivery",
                "It has a human-in-the-loop step: invoke it with async.enabled and a callback_url.",
            )
        if not self.state.try_acquire_workflow_slot():
            raise errors.concurrency_limit()
        try:
            record = self._start_record("workflow", deployment, body)
            if checked.fault is not None and checked.fault.name == "provider_error":
                raise _provider_error(record)
            status, output = await self._run_workflow(record, deployment, body)
        finally:
            self.state.release_workflow_slot()
        answer = {"request_id": record.request_id, "run_status": status, "output": output}
        return await self._answer(checked.fault, answer)

    async def trigger_workflow(self, request: Request) -> Response:
        checked = await self._gate(
            request, "triggerWorkflowWebhook", secret=("workflow", "workflow_endpoint_id")
        )
        name = checked.path["workflow_endpoint_id"]
        if content.is_missing(name):
            raise errors.not_found("Deployment not found", f"No workflow endpoint {name!r}.")
        body = _trigger_body(checked.body, checked.path["variant_id"])
        return await self._start_workflow(checked, name, body, body["async"]["callback_url"], 202)

    async def _run_workflow(
        self, record: RunRecord, deployment: str, body: Mapping[str, Any]
    ) -> tuple[str, Any]:
        if self.settings.workflow_seconds:
            await asyncio.sleep(self.settings.workflow_seconds)
        if content.has_trait(deployment, "fail"):
            error = content.workflow_failure(deployment)
            record.finish("failed", {"error": error}, message=error)
            return "failed", None
        output = content.workflow_output(deployment, body.get("variant"), body.get("inputs", {}))
        record.finish("completed", {"output": output})
        return "completed", output

    async def _start_workflow(
        self,
        checked: gate.Checked,
        deployment: str,
        body: Mapping[str, Any],
        callback_url: str,
        status_code: int,
    ) -> Response:
        secret = self.state.secret_for("workflow", deployment)
        record = self._start_record("workflow", deployment, body)
        if checked.fault is not None and checked.fault.name == "provider_error":
            raise _provider_error(record)

        async def job() -> None:
            record.start()
            try:
                status, output = await self._run_workflow(record, deployment, body)
            finally:
                self.state.release_workflow_slot()
            if status == "completed":
                data: dict[str, Any] = {"run_status": status, "output": output}
                event = "workflow.completed"
            else:
                data = {"run_status": status, "error": (record.data or {}).get("error", "failed")}
                event = "workflow.failed"
            await self._deliver(record, callback_url, secret, event, data)

        if self.state.try_acquire_workflow_slot():
            self.state.spawn(job())
        elif self.state.queue_workflow(job):
            record.status = "queued"
            record.started_at = None
        else:
            record.finish("failed", {"error": "queue full"})
            raise errors.concurrency_limit()
        answer: dict[str, Any] = {"request_id": record.request_id, "run_status": record.status}
        if status_code == 200:
            answer["webhook_secret"] = secret
        return await self._answer(checked.fault, answer, status_code)

    # ---- agents -------------------------------------------------------------------------------
    def _agent_turn(self, agent: str, body: Mapping[str, Any]) -> AgentTurn:
        attachments = len(body.get("attachments", [])) + len(body.get("image_urls", []))
        if attachments > 5:
            raise errors.validation_error(
                "Too many attachments",
                "At most five attachments per message, attachments and image_urls together.",
            )
        thread_id = body.get("thread_id")
        if "messages" in body:
            context: list[dict[str, Any]] = [
                {"role": item["role"], "content": item["content"]} for item in body["messages"]
            ]
            from_thread = False
        else:
            context = self.state.thread_history(agent, thread_id) if thread_id else []
            from_thread = bool(context)
        return AgentTurn(
            agent=agent,
            message=body["message"],
            thread_id=thread_id,
            context=context,
            from_thread=from_thread,
            attachment_count=attachments,
            context_limit=self.settings.context_limit,
        )

    def _remember(self, turn: AgentTurn, completion: Completion) -> None:
        if not turn.thread_id:
            return
        turns = [
            {"role": "user", "content": turn.message},
            {"role": "assistant", "content": completion.response},
        ]
        if completion.summary is not None:
            # A summarised thread continues from its summary, as a compacted context does.
            summary = {"role": "system", "content": completion.summary["summary_text"]}
            self.state.replace_turns(turn.agent, turn.thread_id, [summary, *turns])
        else:
            self.state.append_turns(turn.agent, turn.thread_id, turns)

    async def invoke_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "invokeAgent")
        body = checked.body
        started = time.monotonic()
        agent = body["agent"]
        if content.is_missing(agent):
            raise errors.ApiError(422, "Agent not found", f"No agent {agent!r}.", "not_found")
        turn = self._agent_turn(agent, body)
        record = self._start_record("agent", agent, body)
        options = body.get("async") or {}
        if options.get("enabled"):
            return await self._start_agent(checked, turn, record, options["callback_url"], 200)
        if _fails(checked.fault, agent):
            raise _provider_error(record)
        completion = content.agent_completion(turn)
        self._remember(turn, completion)
        data = {"response": completion.response}
        if body.get("streaming"):
            await self._slow_first_byte(checked.fault)
            base = {"request_id": record.request_id, "model": completion.model}
            events = [
                *([completion.summary] if completion.summary else []),
                *text_events(
                    "reasoning",
                    completion.reasoning,
                    content.chunks(completion.reasoning or ""),
                    base,
                    True,
                ),
                *completion.tool_events,
                *({"type": "artifact", "artifact": artifact} for artifact in completion.artifacts),
                *text_events(
                    "response", completion.response, content.chunks(completion.response), base, True
                ),
            ]
            return self._stream(record, completion, events, checked.fault, started, data)
        record.finish("completed", data)
        answer: dict[str, Any] = {
            "request_id": record.request_id,
            "response": completion.response,
            "model": completion.model,
            "usage": completion.usage(),
            "tool_calls": completion.tool_calls,
            "artifacts": completion.artifacts,
            "pending_delegations": [],
        }
        if turn.thread_id:
            answer["thread_id"] = turn.thread_id
        return await self._answer(checked.fault, answer)

    async def trigger_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "triggerAgentWebhook", secret=("agent", "agent_id"))
        agent = checked.path["agent_id"]
        if content.is_missing(agent):
            raise errors.not_found("Agent not found", f"No agent {agent!r}.")
        turn = self._agent_turn(agent, checked.body)
        record = self._start_record("agent", agent, checked.body)
        return await self._start_agent(
            checked, turn, record, checked.body["async"]["callback_url"], 202
        )

    async def _start_agent(
        self,
        checked: gate.Checked,
        turn: AgentTurn,
        record: RunRecord,
        callback_url: str,
        status_code: int,
    ) -> Response:
        if checked.fault is not None and checked.fault.name == "provider_error":
            raise _provider_error(record)
        secret = self.state.secret_for("agent", turn.agent)

        async def run() -> None:
            await asyncio.sleep(0)
            if content.has_trait(turn.agent, "fail"):
                error = "The model provider returned an error."
                record.finish("failed", {"error": error})
                await self._deliver(record, callback_url, secret, "agent.failed", {"error": error})
                return
            completion = content.agent_completion(turn)
            self._remember(turn, completion)
            record.finish("completed", {"response": completion.response})
            await self._deliver(
                record, callback_url, secret, "agent.completed", {"response": completion.response}
            )

        self.state.spawn(run())
        answer: dict[str, Any] = {"request_id": record.request_id, "run_status": "running"}
        if status_code == 200:
            answer["webhook_secret"] = secret
            if turn.thread_id:
                answer["thread_id"] = turn.thread_id
        return await self._answer(checked.fault, answer, status_code)

    # ---- lookups ------------------------------------------------------------------------------
    async def get_request(self, request: Request) -> Response:
        checked = await self._gate(request, "getRequest")
        record = self.state.get_run(checked.path["id"])
        if record is None:
            raise errors.not_found("Request not found", "No run with this request id.")
        return await self._answer(checked.fault, record.to_json())

    async def list_error_codes(self, request: Request) -> Response:
        operation = self.state.spec.operations["listErrorCodes"]
        _, query = gate.check_parameters(request, operation)
        return JSONResponse(catalogue(query.get("locale")))


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


def _fails(fault: FaultSpec | None, name: str) -> bool:
    return (fault is not None and fault.name == "provider_error") or content.has_trait(name, "fail")
