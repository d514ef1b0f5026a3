"""One handler per operation of openapi.yaml."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import content, errors, gate
from .agent_work import AgentWork, approval_summary
from .content import AgentTurn, Completion
from .error_codes import catalogue
from .faults import FaultSpec
from .handler_base import provider_error
from .state import RunRecord
from .store import Doc, public
from .streaming import EventStreamResponse, event_stream, frame, text_frames


class Handlers(AgentWork):
    def _stream(
        self,
        record: RunRecord,
        completion: Completion,
        frames: list[bytes],
        fault: FaultSpec | None,
        started: float,
        finished_data: dict[str, Any],
        *,
        keep_open: bool = False,
    ) -> EventStreamResponse:
        """An SSE answer of the framed events, then usage and ``[DONE]``; the run is
        finished when the stream ends (``keep_open``: a paused run stays
        ``awaiting_approval``)."""

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

        pace = self.settings.stream_pace
        body = event_stream(
            frames,
            usage_event,
            request_id=record.request_id,
            pace=pace,
            fault=fault,
            on_end=on_end,
        )
        return EventStreamResponse(body, paced=bool(pace), request_id=record.request_id)

    # ---- prompts ------------------------------------------------------------------------------
    async def invoke_prompt(self, request: Request) -> Response:
        return await self._invoke_prompt(request, "invokePrompt")

    async def invoke_prompt_legacy(self, request: Request) -> Response:
        """``POST /invoke``, the deprecated prompt path: the same as ``/prompt/invoke``."""
        return await self._invoke_prompt(request, "invokePromptLegacy")

    async def _invoke_prompt(self, request: Request, operation_id: str) -> Response:
        checked = await self._gate(request, operation_id)
        body = checked.body
        started = time.monotonic()
        deployment = body["deployment"]
        if content.is_missing(deployment):
            raise errors.not_found("Deployment not found", f"No prompt deployment {deployment!r}.")
        record = self._start_record("prompt", deployment, body)
        if _fails(checked.fault, deployment):
            raise provider_error(record)
        completion = content.prompt_completion(
            deployment, body.get("variant"), body.get("inputs", {})
        )
        data = {"response": completion.response}
        if body.get("streaming"):
            await self._slow_first_byte(checked.fault)
            base = {"request_id": record.request_id, "model": completion.model}
            frames = [
                *text_frames(
                    "reasoning",
                    completion.reasoning,
                    content.chunks(completion.reasoning or ""),
                    base,
                    False,
                ),
                *text_frames(
                    "response",
                    completion.response,
                    content.chunks(completion.response),
                    base,
                    False,
                ),
            ]
            return self._stream(record, completion, frames, checked.fault, started, data)
        record.finish("completed", data)
        duration = round(time.monotonic() - started, 3)
        answer = prompt_answer(record.request_id, duration, completion)
        return await self._answer_bytes(checked.fault, answer, record.request_id)

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
            raise provider_error(record)
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
                raise provider_error(record)
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
            raise provider_error(record)

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

    def _agent_model(self, agent: str) -> str:
        """A stored workspace agent answers with its own model; any other id with the default."""
        stored = self.state.store.get("agent", agent)
        return str(stored["llm_model"]) if stored is not None else content.AGENT_MODEL

    def _agent_frames(
        self, record: RunRecord, completion: Completion, *, tools: bool = True
    ) -> list[bytes]:
        """The agent's events: summary, reasoning, tools and artifacts, then the answer's
        pieces (agents mark each piece ``done`` or not)."""
        base = {"request_id": record.request_id, "model": completion.model}
        summary = [completion.summary] if completion.summary else []
        steps = [
            *(completion.tool_events if tools else []),
            *({"type": "artifact", "artifact": artifact} for artifact in completion.artifacts),
        ]
        reasoning = completion.reasoning
        return [
            *map(frame, summary),
            *text_frames("reasoning", reasoning, content.chunks(reasoning or ""), base, True),
            *map(frame, steps),
            *text_frames(
                "response", completion.response, content.chunks(completion.response), base, True
            ),
        ]

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
        policy = body.get("tool_approval") == "policy"
        if options.get("enabled"):
            return await self._start_agent(
                checked, turn, record, options["callback_url"], 200, policy=policy
            )
        if _fails(checked.fault, agent):
            raise provider_error(record)
        model = self._agent_model(agent)
        callback_url = options.get("callback_url")
        background = self.allow_background(body)
        if policy and content.planned_tools(turn.message):
            run_id, approvals = self.pause_for_approval(
                record,
                turn,
                model=model,
                callback_url=callback_url,
                callback_mode=False,
                background=background,
            )
            waiting = content.Completion(
                model=model,
                response=approval_summary(approvals),
                prompt_tokens=content.count_tokens(turn.message),
            )
            if body.get("streaming"):
                await self._slow_first_byte(checked.fault)
                frames = self._agent_frames(record, waiting)
                return self._stream(
                    record, waiting, frames, checked.fault, started, {}, keep_open=True
                )
            paused_answer = {
                "request_id": record.request_id,
                "run_id": run_id,
                "run_status": "awaiting_approval",
                "response": waiting.response,
                "model": model,
                "usage": waiting.usage(),
                "tool_calls": [],
                "artifacts": [],
                "pending_delegations": [],
                "tool_action_approvals": [public(doc) for doc in approvals],
                **({"thread_id": turn.thread_id} if turn.thread_id else {}),
            }
            return await self._answer(checked.fault, paused_answer)
        delegations = self.start_delegations(record, turn, callback_url) if background else {}
        completion = content.agent_completion(turn, model=model, delegations=delegations)
        self._remember(turn, completion)
        data = {"response": completion.response}
        if body.get("streaming"):
            await self._slow_first_byte(checked.fault)
            frames = self._agent_frames(record, completion)
            return self._stream(record, completion, frames, checked.fault, started, data)
        record.finish("completed", data)
        answer = {
            "request_id": record.request_id,
            "response": completion.response,
            "model": completion.model,
            "usage": completion.usage(),
            "tool_calls": completion.tool_calls,
            "artifacts": completion.artifacts,
            "pending_delegations": self.pending_delegations(list(delegations.values())),
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
        *,
        policy: bool = False,
    ) -> Response:
        """Callback delivery of the whole answer: answer at once, deliver ``agent.completed``."""
        if checked.fault is not None and checked.fault.name == "provider_error":
            raise provider_error(record)
        secret = self.state.secret_for("agent", turn.agent)
        model = self._agent_model(turn.agent)
        background = self.allow_background(checked.body)

        async def run() -> None:
            await asyncio.sleep(0)
            if content.has_trait(turn.agent, "fail"):
                error = "The model provider returned an error."
                record.finish("failed", {"error": error})
                await self._deliver(record, callback_url, secret, "agent.failed", {"error": error})
                return
            if policy and content.planned_tools(turn.message):
                self.pause_for_approval(
                    record,
                    turn,
                    model=model,
                    callback_url=callback_url,
                    callback_mode=True,
                    background=background,
                )
                return  # deciding the approvals delivers agent.completed
            delegations = self.start_delegations(record, turn, callback_url) if background else {}
            completion = content.agent_completion(turn, model=model, delegations=delegations)
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

    async def resume_agent_run(self, paused: Doc, denied: list[str]) -> None:
        """Every approval of a paused run is decided: allowed tools run, denied ones do not."""
        record = self.state.get_run(paused["request_id"])
        if record is None:  # forgotten (history bound, restart): a record again
            record = RunRecord(paused["request_id"], "agent", paused["agent"])
            self.state.add_run(record)
        record.start()
        turn = AgentTurn(
            agent=paused["agent"],
            message=paused["message"],
            thread_id=paused["thread_id"],
            context=paused["context"],
            from_thread=paused["from_thread"],
            attachment_count=paused["attachment_count"],
            context_limit=self.settings.context_limit,
        )
        callback_url = paused["callback_url"]
        delegations = (
            self.start_delegations(record, turn, callback_url)
            if paused["background"] and content.WORKFLOW_TOOL not in denied
            else {}
        )
        completion = content.agent_completion(
            turn, model=paused["model"], delegations=delegations, denied=denied
        )
        self._remember(turn, completion)
        data = {
            "response": completion.response,
            "tool_calls": completion.tool_calls,
            "pending_delegations": self.pending_delegations(list(delegations.values())),
        }
        record.finish("completed", data)
        if paused["callback_mode"] and callback_url:
            secret = self.state.secret_for("agent", turn.agent)
            self.state.spawn(
                self._deliver(
                    record,
                    callback_url,
                    secret,
                    "agent.completed",
                    {"response": completion.response},
                )
            )

    # ---- lookups ------------------------------------------------------------------------------
    async def get_request(self, request: Request) -> Response:
        checked = await self._gate(request, "getRequest")
        record = self.state.get_run(checked.path["id"])
        if record is None:
            raise errors.not_found("Request not found", "No run with this request id.")
        return await self._answer(checked.fault, record.to_json())

    async def get_workflow_run_legacy(self, request: Request) -> Response:
        """``GET /workflow_runs/{id}`` (deprecated): a workflow run by its token (request id)."""
        checked = await self._gate(request, "getWorkflowRunLegacy")
        record = self.state.get_run(checked.path["id"])
        if record is None or record.request_type != "workflow":
            raise errors.not_found(
                "Prompt workflow run not found", "No workflow run with this token."
            )
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
        return await self._answer(checked.fault, {"workflow_run": run})

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


def _fails(fault: FaultSpec | None, name: str) -> bool:
    return (fault is not None and fault.name == "provider_error") or content.has_trait(name, "fail")
