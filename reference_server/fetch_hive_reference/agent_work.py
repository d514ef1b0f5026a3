"""Work agents do besides answering: background workflows (delegations), tool calls waiting
for a human decision (tool-action approvals), and Hive Agent runs.

- A message asking for a workflow ("run the market-report workflow") makes the agent call
  ``run_workflow``. With background work allowed (``async.allow_background``; by default when
  the invoke has a ``thread_id`` or an ``async.callback_url``) the workflow becomes a
  delegation: reported in ``pending_delegations``, finished after ``delegation_seconds``, and
  announced by a signed ``agent.delegation.completed`` callback (the agent's webhook secret)
  when the invoke gave a callback URL.
- With ``tool_approval: "policy"`` every tool call first waits for a decision: the run pauses
  (``run_status: "awaiting_approval"``), one approval per tool call is listed under the
  workspace, and once every approval of the run is decided the run goes on on the server:
  allowed tools run, denied ones are skipped, the turn is stored, the run lookup shows the
  answer and a callback-mode invoke gets its ``agent.completed``.
- A Hive Agent run reads its sources (knowledge bases are searched with the objective),
  writes a report after ``hive_agent_seconds`` and delivers ``hive_agent.completed`` (or
  ``hive_agent.failed`` for a ``fail-`` Hive Agent), signed with the returned secret.

Delegations, approvals, paused runs and the run records of Hive Agent runs are stored
(SQLite), so they survive a restart with ``--state``; a delegation still running when the
server stopped is ``expired``, a Hive Agent run ``failed`` (its callback never comes).

This module holds the work itself, as functions over the server's state; the operations
that start, show and decide it are in ``handlers/`` (agents, delegations, approvals,
hive_agents).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from . import content, errors
from .content import AgentTurn
from .runs import deliver
from .state import RunRecord, ServerState
from .store import Doc, new_id, public, timestamp

DELEGATION = "delegation"
APPROVAL = "tool_action_approval"
PAUSED_RUN = "paused_agent_run"
UNFINISHED = ("pending", "running")


def unknown(what: str) -> errors.ApiError:
    return errors.not_found(f"{what} not found", f"No {what.lower()} with this id.")


def expire_unfinished(state: ServerState) -> None:
    """Work a previous process left unfinished will never finish: its delegations are
    ``expired``, its Hive Agent runs ``failed``."""
    for doc in state.store.select(DELEGATION):
        if doc["status"] in UNFINISHED:
            state.store.update(DELEGATION, doc["id"], {"status": "expired"})
    state.fail_unfinished_stored_runs()


# ---- delegations ------------------------------------------------------------------------------
def allow_background(body: Mapping[str, Any]) -> bool:
    """The published default: background work when there is a thread or a callback URL."""
    options = body.get("async") or {}
    if "allow_background" in options:
        return bool(options["allow_background"])
    return bool(body.get("thread_id") or options.get("callback_url"))


def start_delegations(
    state: ServerState, record: RunRecord, turn: AgentTurn, callback_url: str | None
) -> dict[str, str]:
    """Start the workflow the message asks for in the background; workflow -> delegation id."""
    workflow = content.requested_workflow(turn.message)
    if workflow is None:
        return {}
    doc: Doc = {
        "id": new_id(),
        "status": "pending",
        "kind": "workflow",
        "target": {"workflow": workflow},
        "result": None,
        "expected_by": timestamp(hours=state.settings.delegation_seconds / 3600),
        "delivered_at": None,
        "delivery_error": None,
        "parent_request_id": record.request_id,
        "tool_call_id": "call_" + new_id().replace("-", "")[:12],
        "workflow_run_id": new_id(),
        "created_at": timestamp(),
        "_thread_id": turn.thread_id,
        "_agent": turn.agent,
    }
    state.store.insert(DELEGATION, doc, parent_id=turn.thread_id)
    state.spawn(_run_delegation(state, doc["id"], callback_url))
    return {workflow: doc["id"]}


def pending_delegations(state: ServerState, delegation_ids: Sequence[str]) -> list[Doc]:
    found = (state.store.get(DELEGATION, i) for i in delegation_ids)
    return [
        {key: doc[key] for key in ("id", "kind", "target", "expected_by")}
        for doc in found
        if doc is not None
    ]


async def _run_delegation(state: ServerState, delegation_id: str, callback_url: str | None) -> None:
    store = state.store
    await asyncio.sleep(0)  # the invoke's answer goes first
    doc = store.get(DELEGATION, delegation_id)
    if doc is None or doc["status"] != "pending":
        return
    store.update(DELEGATION, delegation_id, {"status": "running"})
    await asyncio.sleep(state.settings.delegation_seconds)
    doc = store.get(DELEGATION, delegation_id)
    if doc is None or doc["status"] != "running":  # cancelled meanwhile
        return
    workflow = doc["target"]["workflow"]
    if content.has_trait(workflow, "fail"):
        status, result = "failed", {"error": content.workflow_failure(workflow)}
    else:
        status, result = "completed", {"output": content.workflow_output(workflow, None, {})}
    doc = store.update(DELEGATION, delegation_id, {"status": status, "result": result})
    if callback_url is None:
        return
    data = {"delegation": public(doc), "thread_id": doc["_thread_id"], "status": status}
    delivery = await deliver(
        state,
        doc["parent_request_id"],
        callback_url,
        state.secret_for("agent", doc["_agent"]),
        "agent.delegation.completed",
        data,
    )
    if delivery.delivered:
        store.update(DELEGATION, delegation_id, {"delivered_at": timestamp()})
    else:
        store.update(
            DELEGATION, delegation_id, {"delivery_error": delivery.reason or delivery.outcome}
        )


# ---- tool-action approvals --------------------------------------------------------------------
def pause_for_approval(
    state: ServerState,
    record: RunRecord,
    turn: AgentTurn,
    *,
    model: str,
    callback_url: str | None,
    callback_mode: bool,
    background: bool,
) -> tuple[str, list[Doc]]:
    """Park the run until its tool calls are decided; the run id and its approvals."""
    run_id = new_id()
    workspace_id = state.settings.workspace_id
    approvals = []
    for tool, tool_input in content.planned_tools(turn.message):
        doc: Doc = {
            "id": new_id(),
            "status": "pending",
            "decision": None,
            "tool_name": tool,
            "tool_input": tool_input,
            "agent_id": turn.agent,
            "run_id": run_id,
            "request_id": record.request_id,
            "thread_id": turn.thread_id,
            "workspace_id": workspace_id,
            "created_at": timestamp(),
            "decided_at": None,
        }
        state.store.insert(APPROVAL, doc, workspace_id=workspace_id, parent_id=run_id)
        approvals.append(doc)
    paused: Doc = {
        "id": run_id,
        "request_id": record.request_id,
        "agent": turn.agent,
        "message": turn.message,
        "thread_id": turn.thread_id,
        "context": list(turn.context),
        "from_thread": turn.from_thread,
        "attachment_count": turn.attachment_count,
        "model": model,
        "callback_url": callback_url,
        "callback_mode": callback_mode,
        "background": background,
    }
    state.store.insert(PAUSED_RUN, paused, workspace_id=workspace_id)
    record.status = "awaiting_approval"
    return run_id, approvals


def approval_summary(approvals: Sequence[Doc]) -> str:
    tools = ", ".join(doc["tool_name"] for doc in approvals)
    ids = ", ".join(doc["id"] for doc in approvals)
    return f"Waiting for approval of {tools} (approval {ids})."
