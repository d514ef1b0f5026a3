"""Tool-action approvals: list (paged by an opaque cursor), read, decide. Deciding the last
pending approval of a paused run lets the run go on (``agents.resume_run``)."""

from __future__ import annotations

import base64
import binascii

from starlette.responses import Response

from .. import errors
from ..agent_work import APPROVAL, PAUSED_RUN, unknown
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import Doc, public, timestamp
from .agents import resume_run

DEFAULT_PAGE = 50


def _encode_cursor(approval_id: str) -> str:
    return base64.urlsafe_b64encode(approval_id.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise errors.validation_error(
            "Invalid cursor", "Pass the next_cursor of a previous page."
        ) from None


def _approval(call: Call) -> Doc:
    workspace_id = call.workspace()
    doc = call.store.get(APPROVAL, call.path["id"])
    if doc is None or doc["workspace_id"] != workspace_id:
        raise unknown("Approval")
    return doc


@handles("listToolActionApprovals")
async def list_tool_action_approvals(call: Call) -> Response:
    workspace_id = call.workspace()
    query = call.query
    status = query.get("status", "pending")
    docs = [
        doc
        for doc in call.store.select(APPROVAL, workspace_id=workspace_id)
        if status == "all" or doc["status"] == status
        if all(query.get(key) in (None, doc[key]) for key in ("agent_id", "run_id", "request_id"))
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
    return json_answer(answer)


@handles("getToolActionApproval")
async def get_tool_action_approval(call: Call) -> Response:
    return json_answer({"tool_action_approval": public(_approval(call))})


@handles("decideToolActionApproval")
async def decide_tool_action_approval(call: Call) -> Response:
    doc = _approval(call)
    if doc["status"] != "pending":
        raise errors.ApiError(
            409,
            "Approval already decided",
            f"This approval was decided already ({doc['decision']}).",
            "conflict",
        )
    decision = call.body["decision"]
    doc = call.store.update(
        APPROVAL,
        doc["id"],
        {
            "status": "approved" if decision == "allow_once" else "denied",
            "decision": decision,
            "decided_at": timestamp(),
        },
    )
    siblings = call.store.select(APPROVAL, parent_id=doc["run_id"])
    paused = call.store.get(PAUSED_RUN, doc["run_id"])
    if paused is not None and all(other["status"] != "pending" for other in siblings):
        call.store.delete(PAUSED_RUN, paused["id"])
        denied = [other["tool_name"] for other in siblings if other["status"] == "denied"]
        await resume_run(call.state, paused, denied)
    return json_answer({"tool_action_approval": public(doc)})
