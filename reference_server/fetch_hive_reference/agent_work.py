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
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import content, errors, search
from .content import AgentTurn
from .handler_base import HandlerBase, provider_error
from .state import RunRecord
from .store import Doc, new_id, public, timestamp

DELEGATION = "delegation"
APPROVAL = "tool_action_approval"
PAUSED_RUN = "paused_agent_run"
UNFINISHED = ("pending", "running")
DEFAULT_PAGE = 50


def _unknown(what: str) -> errors.ApiError:
    return errors.not_found(f"{what} not found", f"No {what.lower()} with this id.")


def _encode_cursor(approval_id: str) -> str:
    return base64.urlsafe_b64encode(approval_id.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise errors.validation_error(
            "Invalid cursor", "Pass the next_cursor of a previous page."
        ) from None


class AgentWork(HandlerBase):
    def expire_unfinished(self) -> None:
        """Work a previous process left unfinished will never finish: its delegations are
        ``expired``, its Hive Agent runs ``failed``."""
        for doc in self.state.store.select(DELEGATION):
            if doc["status"] in UNFINISHED:
                self.state.store.update(DELEGATION, doc["id"], {"status": "expired"})
        self.state.fail_unfinished_stored_runs()

    # ---- delegations --------------------------------------------------------------------------
    @staticmethod
    def allow_background(body: Mapping[str, Any]) -> bool:
        """The published default: background work when there is a thread or a callback URL."""
        options = body.get("async") or {}
        if "allow_background" in options:
            return bool(options["allow_background"])
        return bool(body.get("thread_id") or options.get("callback_url"))

    def start_delegations(
        self, record: RunRecord, turn: AgentTurn, callback_url: str | None
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
            "expected_by": timestamp(hours=self.settings.delegation_seconds / 3600),
            "delivered_at": None,
            "delivery_error": None,
            "parent_request_id": record.request_id,
            "tool_call_id": "call_" + new_id().replace("-", "")[:12],
            "workflow_run_id": new_id(),
            "created_at": timestamp(),
            "_thread_id": turn.thread_id,
            "_agent": turn.agent,
        }
        self.state.store.insert(DELEGATION, doc, parent_id=turn.thread_id)
        self.state.spawn(self._run_delegation(doc["id"], callback_url))
        return {workflow: doc["id"]}

    def pending_delegations(self, delegation_ids: Sequence[str]) -> list[Doc]:
        found = (self.state.store.get(DELEGATION, i) for i in delegation_ids)
        return [
            {key: doc[key] for key in ("id", "kind", "target", "expected_by")}
            for doc in found
            if doc is not None
        ]

    async def _run_delegation(self, delegation_id: str, callback_url: str | None) -> None:
        store = self.state.store
        await asyncio.sleep(0)  # the invoke's answer goes first
        doc = store.get(DELEGATION, delegation_id)
        if doc is None or doc["status"] != "pending":
            return
        store.update(DELEGATION, delegation_id, {"status": "running"})
        await asyncio.sleep(self.settings.delegation_seconds)
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
        delivery = await self._deliver_event(
            doc["parent_request_id"],
            callback_url,
            self.state.secret_for("agent", doc["_agent"]),
            "agent.delegation.completed",
            data,
        )
        if delivery.delivered:
            store.update(DELEGATION, delegation_id, {"delivered_at": timestamp()})
        else:
            store.update(
                DELEGATION, delegation_id, {"delivery_error": delivery.reason or delivery.outcome}
            )

    def _delegation(self, delegation_id: str) -> Doc:
        doc = self.state.store.get(DELEGATION, delegation_id)
        if doc is None:
            raise _unknown("Delegation")
        return doc

    async def get_agent_delegation(self, request: Request) -> Response:
        checked = await self._gate(request, "getAgentDelegation")
        return await self._answer(checked.fault, public(self._delegation(checked.path["id"])))

    async def cancel_agent_delegation(self, request: Request) -> Response:
        checked = await self._gate(request, "cancelAgentDelegation")
        doc = self._delegation(checked.path["id"])
        if doc["status"] in UNFINISHED:
            doc = self.state.store.update(DELEGATION, doc["id"], {"status": "cancelled"})
        return await self._answer(checked.fault, public(doc))

    async def list_thread_delegations(self, request: Request) -> Response:
        checked = await self._gate(request, "listThreadDelegations")
        docs = self.state.store.select(DELEGATION, parent_id=checked.path["thread_id"])
        unfinished = [public(doc) for doc in docs if doc["status"] in UNFINISHED]
        return await self._answer(checked.fault, {"delegations": unfinished})

    # ---- tool-action approvals ----------------------------------------------------------------
    def pause_for_approval(
        self,
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
        workspace_id = self.settings.workspace_id
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
            self.state.store.insert(APPROVAL, doc, workspace_id=workspace_id, parent_id=run_id)
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
        self.state.store.insert(PAUSED_RUN, paused, workspace_id=workspace_id)
        record.status = "awaiting_approval"
        return run_id, approvals

    async def resume_agent_run(self, paused: Doc, denied: list[str]) -> None:
        """Go on with a paused run (the agent invoke's handler defines how)."""
        raise NotImplementedError

    async def list_tool_action_approvals(self, request: Request) -> Response:
        checked = await self._gate(request, "listToolActionApprovals")
        workspace_id = self._check_workspace(checked)
        query = checked.query
        status = query.get("status", "pending")
        docs = [
            doc
            for doc in self.state.store.select(APPROVAL, workspace_id=workspace_id)
            if status == "all" or doc["status"] == status
            if all(
                query.get(key) in (None, doc[key]) for key in ("agent_id", "run_id", "request_id")
            )
        ]
        if "cursor" in query:
            after = _decode_cursor(query["cursor"])
            ids = [doc["id"] for doc in docs]
            if after not in ids:
                raise errors.validation_error("Invalid cursor", "The cursor is unknown or expired.")
            docs = docs[ids.index(after) + 1 :]
        limit = int(query.get("limit", DEFAULT_PAGE))
        page, rest = docs[:limit], docs[limit:]
        answer = {
            "tool_action_approvals": [public(doc) for doc in page],
            "next_cursor": _encode_cursor(page[-1]["id"]) if rest else None,
        }
        return await self._answer(checked.fault, answer)

    def _approval(self, workspace_id: str, approval_id: str) -> Doc:
        doc = self.state.store.get(APPROVAL, approval_id)
        if doc is None or doc["workspace_id"] != workspace_id:
            raise _unknown("Approval")
        return doc

    async def get_tool_action_approval(self, request: Request) -> Response:
        checked = await self._gate(request, "getToolActionApproval")
        workspace_id = self._check_workspace(checked)
        doc = self._approval(workspace_id, checked.path["id"])
        return await self._answer(checked.fault, {"tool_action_approval": public(doc)})

    async def decide_tool_action_approval(self, request: Request) -> Response:
        checked = await self._gate(request, "decideToolActionApproval")
        workspace_id = self._check_workspace(checked)
        doc = self._approval(workspace_id, checked.path["id"])
        if doc["status"] != "pending":
            raise errors.ApiError(
                409,
                "Approval already decided",
                f"This approval was decided already ({doc['decision']}).",
                "conflict",
            )
        decision = checked.body["decision"]
        doc = self.state.store.update(
            APPROVAL,
            doc["id"],
            {
                "status": "approved" if decision == "allow_once" else "denied",
                "decision": decision,
                "decided_at": timestamp(),
            },
        )
        siblings = self.state.store.select(APPROVAL, parent_id=doc["run_id"])
        paused = self.state.store.get(PAUSED_RUN, doc["run_id"])
        if paused is not None and all(other["status"] != "pending" for other in siblings):
            self.state.store.delete(PAUSED_RUN, paused["id"])
            denied = [other["tool_name"] for other in siblings if other["status"] == "denied"]
            await self.resume_agent_run(paused, denied)
        return await self._answer(checked.fault, {"tool_action_approval": public(doc)})

    # ---- Hive Agents --------------------------------------------------------------------------
    async def invoke_hive_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "invokeHiveAgent")
        body = checked.body
        name = body["hive_agent"]
        record = self._start_record("hive_agent", name, body)
        if checked.fault is not None and checked.fault.name == "provider_error":
            error = provider_error(record)
            self.state.save_run(record)
            raise error
        self.state.save_run(record)
        run_id = new_id()
        secret = self.state.secret_for("hive_agent", name)
        self.state.spawn(self._run_hive_agent(record, run_id, body, secret))
        answer = {
            "run_id": run_id,
            "request_id": record.request_id,
            "status": "pending",
            "webhook_secret": secret,
        }
        return await self._answer(checked.fault, answer, 202)

    async def _run_hive_agent(
        self, record: RunRecord, run_id: str, body: Mapping[str, Any], secret: str
    ) -> None:
        await asyncio.sleep(self.settings.hive_agent_seconds)
        name = body["hive_agent"]
        data: dict[str, Any] = {"run_id": run_id, "hive_agent": name}
        if content.has_trait(name, "fail"):
            error = f"The Hive Agent {name} failed (the reference server fails 'fail-' names)."
            data.update(status="failed", error=error)
            record.finish("failed", data, message=error)
            event = "hive_agent.failed"
        else:
            report, sources_used = self._hive_report(body)
            data.update(status="completed", output=report, sources_used=sources_used)
            record.finish("completed", data)
            event = "hive_agent.completed"
        self.state.save_run(record)
        await self._deliver(record, body["async"]["callback_url"], secret, event, data)

    def _hive_report(self, body: Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        """A deterministic report: the objective, then what each source contributed."""
        store = self.state.store
        workspace_id = self.settings.workspace_id
        objective = body["objective"]
        sources = body.get("sources") or {}
        lines = [f"Report for: {objective}"]
        used: list[dict[str, Any]] = []
        for kb_id in sources.get("knowledge_base_ids", []):
            kb = store.get("knowledge_base", kb_id, parent_id=workspace_id)
            if kb is None:
                lines.append(f"- Knowledge base {kb_id}: not found.")
                continue
            hits = search.search(
                store.select("knowledge_base_item", parent_id=kb_id),
                objective,
                limit=kb["search_chunk_limit"],
                threshold=float(kb["search_score_threshold"]),
            )
            used.append(
                {"type": "knowledge_base", "id": kb_id, "name": kb["name"], "chunks": len(hits)}
            )
            lines.append(f"- {kb['name']}: {len(hits)} matching chunk(s).")
            lines += [f"  - [{hit.item_name}] {hit.content}" for hit in hits]
        for item_id in sources.get("knowledge_base_item_ids", []):
            item = store.get("knowledge_base_item", item_id)
            if item is None:
                lines.append(f"- Knowledge base item {item_id}: not found.")
                continue
            used.append({"type": "knowledge_base_item", "id": item_id, "name": item["name"]})
            first = (item.get("_chunks") or [""])[0]
            lines.append(f"- {item['name']}: {first}")
        for asset_id in sources.get("asset_ids", []):
            asset = store.get("asset", asset_id, parent_id=workspace_id)
            if asset is None:
                lines.append(f"- Asset {asset_id}: not found.")
                continue
            used.append({"type": "asset", "id": asset_id, "file_name": asset["file_name"]})
            lines.append(f"- {asset['file_name']}: {asset['file_size']} bytes read.")
        for url in sources.get("website_urls", []):
            used.append({"type": "website", "url": url})
            lines.append(f"- {url}: visited.")
        return "\n".join(lines), used


def approval_summary(approvals: Sequence[Doc]) -> str:
    tools = ", ".join(doc["tool_name"] for doc in approvals)
    ids = ", ".join(doc["id"] for doc in approvals)
    return f"Waiting for approval of {tools} (approval {ids})."


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
