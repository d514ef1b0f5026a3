"""Agent delegations: the background workflows agents started (``agent_work.py`` runs them).
A thread id is any caller-chosen text: its parameter is marked ``x-fetch-hive-any-text``."""

from __future__ import annotations

from starlette.responses import Response

from ..agent_work import DELEGATION, UNFINISHED, unknown
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import Doc, public


def _delegation(call: Call) -> Doc:
    doc = call.store.get(DELEGATION, call.path["id"])
    if doc is None:
        raise unknown("Delegation")
    return doc


@handles("getAgentDelegation")
async def get_agent_delegation(call: Call) -> Response:
    return json_answer(public(_delegation(call)))


@handles("cancelAgentDelegation")
async def cancel_agent_delegation(call: Call) -> Response:
    doc = _delegation(call)
    if doc["status"] in UNFINISHED:
        doc = call.store.update(DELEGATION, doc["id"], {"status": "cancelled"})
    return json_answer(public(doc))


@handles("listThreadDelegations")
async def list_thread_delegations(call: Call) -> Response:
    docs = call.store.select(DELEGATION, parent_id=call.path["thread_id"])
    unfinished = [public(doc) for doc in docs if doc["status"] in UNFINISHED]
    return json_answer({"delegations": unfinished})
