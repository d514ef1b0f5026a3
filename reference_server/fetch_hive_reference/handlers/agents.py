"""Agents: a turn answered directly (JSON or a stream) or by callback, with the thread's
history, tool calls, background workflows (delegations) and tool-action approvals
(``agent_work.py``). A paused run goes on when its approvals are decided (``resume_run``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .. import content, errors
from ..agent_work import (
    allow_background,
    approval_summary,
    pause_for_approval,
    pending_delegations,
    start_delegations,
)
from ..answers import json_answer
from ..calls import Call
from ..content import AgentTurn, Completion
from ..registry import handles
from ..runs import deliver, provider_error, start_record, stream_answer
from ..state import RunRecord, ServerState
from ..store import AGENT, Doc, public
from ..streaming import frame, text_frames


def agent_turn(state: ServerState, agent: str, body: Mapping[str, Any]) -> AgentTurn:
    """What the agent knows when it answers this message: ``messages``, else the thread."""
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
        context = state.thread_history(agent, thread_id) if thread_id else []
        from_thread = bool(context)
    return AgentTurn(
        agent=agent,
        message=body["message"],
        thread_id=thread_id,
        context=context,
        from_thread=from_thread,
        attachment_count=attachments,
        context_limit=state.settings.context_limit,
    )


def _remember(state: ServerState, turn: AgentTurn, completion: Completion) -> None:
    if not turn.thread_id:
        return
    turns = [
        {"role": "user", "content": turn.message},
        {"role": "assistant", "content": completion.response},
    ]
    if completion.summary is not None:
        # A summarised thread continues from its summary, as a compacted context does.
        summary = {"role": "system", "content": completion.summary["summary_text"]}
        state.replace_turns(turn.agent, turn.thread_id, [summary, *turns])
    else:
        state.append_turns(turn.agent, turn.thread_id, turns)


def _model(state: ServerState, agent: str) -> str:
    """A stored workspace agent answers with its own model; any other id with the default."""
    stored = state.store.get(AGENT, agent)
    return str(stored["llm_model"]) if stored is not None else content.AGENT_MODEL


def _frames(record: RunRecord, completion: Completion) -> list[bytes]:
    """The agent's events: summary, reasoning, tools and artifacts, then the answer's
    pieces (agents mark each piece ``done`` or not)."""
    base = {"request_id": record.request_id, "model": completion.model}
    summary = [completion.summary] if completion.summary else []
    steps = [
        *completion.tool_events,
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


@handles("invokeAgent")
async def invoke_agent(call: Call) -> Response:
    body = call.body
    state = call.state
    started = time.monotonic()
    agent = body["agent"]
    if content.is_missing(agent):
        raise errors.ApiError(422, "Agent not found", f"No agent {agent!r}.", "not_found")
    turn = agent_turn(state, agent, body)
    record = start_record(state, "agent", agent, body)
    options = body.get("async") or {}
    policy = body.get("tool_approval") == "policy"
    if options.get("enabled"):
        return await start_agent_run(
            call, turn, record, options["callback_url"], 200, policy=policy
        )
    if call.provider_fails or content.has_trait(agent, "fail"):
        raise provider_error(record)
    model = _model(state, agent)
    callback_url = options.get("callback_url")
    background = allow_background(body)
    if policy and content.planned_tools(turn.message):
        run_id, approvals = pause_for_approval(
            state,
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
            frames = _frames(record, waiting)
            return stream_answer(state, record, waiting, frames, started, {}, keep_open=True)
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
        return json_answer(paused_answer)
    delegations = start_delegations(state, record, turn, callback_url) if background else {}
    completion = content.agent_completion(turn, model=model, delegations=delegations)
    _remember(state, turn, completion)
    data = {"response": completion.response}
    if body.get("streaming"):
        frames = _frames(record, completion)
        return stream_answer(state, record, completion, frames, started, data)
    record.finish("completed", data)
    answer = {
        "request_id": record.request_id,
        "response": completion.response,
        "model": completion.model,
        "usage": completion.usage(),
        "tool_calls": completion.tool_calls,
        "artifacts": completion.artifacts,
        "pending_delegations": pending_delegations(state, list(delegations.values())),
    }
    if turn.thread_id:
        answer["thread_id"] = turn.thread_id
    return json_answer(answer)


async def start_agent_run(
    call: Call,
    turn: AgentTurn,
    record: RunRecord,
    callback_url: str,
    status_code: int,
    *,
    policy: bool = False,
) -> Response:
    """Callback delivery of the whole answer: answer at once, deliver ``agent.completed``.
    Invokes answer 200 with the webhook secret, triggers 202."""
    if call.provider_fails:
        raise provider_error(record)
    state = call.state
    secret = state.secret_for("agent", turn.agent)
    model = _model(state, turn.agent)
    background = allow_background(call.body)

    async def run() -> None:
        await asyncio.sleep(0)
        if content.has_trait(turn.agent, "fail"):
            error = "The model provider returned an error."
            record.finish("failed", {"error": error})
            await deliver(
                state, record.request_id, callback_url, secret, "agent.failed", {"error": error}
            )
            return
        if policy and content.planned_tools(turn.message):
            pause_for_approval(
                state,
                record,
                turn,
                model=model,
                callback_url=callback_url,
                callback_mode=True,
                background=background,
            )
            return  # deciding the approvals delivers agent.completed
        delegations = start_delegations(state, record, turn, callback_url) if background else {}
        completion = content.agent_completion(turn, model=model, delegations=delegations)
        _remember(state, turn, completion)
        record.finish("completed", {"response": completion.response})
        await deliver(
            state,
            record.request_id,
            callback_url,
            secret,
            "agent.completed",
            {"response": completion.response},
        )

    state.spawn(run())
    answer: dict[str, Any] = {"request_id": record.request_id, "run_status": "running"}
    if status_code == 200:
        answer["webhook_secret"] = secret
        if turn.thread_id:
            answer["thread_id"] = turn.thread_id
    return json_answer(answer, status_code)


async def resume_run(state: ServerState, paused: Doc, denied: list[str]) -> None:
    """Every approval of a paused run is decided: allowed tools run, denied ones do not."""
    record = state.get_run(paused["request_id"])
    if record is None:  # forgotten (history bound, restart): a record again
        record = RunRecord(paused["request_id"], "agent", paused["agent"])
        state.add_run(record)
    record.start()
    turn = AgentTurn(
        agent=paused["agent"],
        message=paused["message"],
        thread_id=paused["thread_id"],
        context=paused["context"],
        from_thread=paused["from_thread"],
        attachment_count=paused["attachment_count"],
        context_limit=state.settings.context_limit,
    )
    callback_url = paused["callback_url"]
    delegations = (
        start_delegations(state, record, turn, callback_url)
        if paused["background"] and content.WORKFLOW_TOOL not in denied
        else {}
    )
    completion = content.agent_completion(
        turn, model=paused["model"], delegations=delegations, denied=denied
    )
    _remember(state, turn, completion)
    data = {
        "response": completion.response,
        "tool_calls": completion.tool_calls,
        "pending_delegations": pending_delegations(state, list(delegations.values())),
    }
    record.finish("completed", data)
    if paused["callback_mode"] and callback_url:
        secret = state.secret_for("agent", turn.agent)
        state.spawn(
            deliver(
                state,
                record.request_id,
                callback_url,
                secret,
                "agent.completed",
                {"response": completion.response},
            )
        )
