"""The workspace's agents: create, read, update, list, delete (with their chats). An unknown
agent is the documented 422; ``llm_model`` must be a model of ``GET /public/models``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .. import catalogues, errors
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import AGENT, CHAT, Doc, new_id, public, timestamp
from .knowledge_bases import not_found

#: Fields of a new agent that may be left out (stored as null).
_OPTIONAL = (
    "description",
    "instruction_prompt",
    "temperature",
    "max_token",
    "max_thinking_token",
    "anthropic_prompt_cache_ttl",
    "reasoning_effort",
    "tool_choice",
    "max_tool_calls",
)


def agent(call: Call, workspace_id: str, agent_id: str) -> Doc:
    doc = call.store.get(AGENT, agent_id, parent_id=workspace_id)
    if doc is None:
        raise not_found("Agent")
    return doc


def _check_model(call: Call, fields: Mapping[str, Any]) -> None:
    if "llm_model" in fields and not catalogues.known_model(
        fields["llm_model"], call.settings.context_limit
    ):
        raise errors.validation_error(
            "Invalid LLM model", "llm_model is not a model of GET /public/models."
        )


@handles("listAgents")
async def list_agents(call: Call) -> Response:
    docs = call.store.select(AGENT, parent_id=call.workspace())
    return json_answer({"agents": [public(d) for d in docs]})


@handles("createAgent")
async def create_agent(call: Call) -> Response:
    workspace_id = call.workspace()
    fields = call.body["agent"]
    _check_model(call, fields)
    doc: Doc = {
        "id": new_id(),
        "name": fields["name"],
        "llm_model": fields["llm_model"],
        "model_type": fields["model_type"],
        **{name: fields.get(name) for name in _OPTIONAL},
        "generated_at": timestamp(),
        "status": "active",
    }
    call.store.insert(AGENT, doc, workspace_id=workspace_id, parent_id=workspace_id)
    return json_answer({"message": "Successfully created an agent.", "agent": public(doc)})


@handles("getAgent")
async def get_agent(call: Call) -> Response:
    doc = agent(call, call.workspace(), call.path["id"])
    return json_answer({"agent": public(doc)})


@handles("updateAgent")
async def update_agent(call: Call) -> Response:
    doc = agent(call, call.workspace(), call.path["id"])
    changes = call.body["agent"]
    _check_model(call, changes)
    doc = call.store.update(AGENT, doc["id"], changes)
    return json_answer({"message": "Agent updated.", "agent": public(doc)})


@handles("deleteAgent")
async def delete_agent(call: Call) -> Response:
    doc = agent(call, call.workspace(), call.path["id"])
    for chat_id in call.store.delete_children(CHAT, [doc["id"]]):
        call.store.clear_messages(doc["id"], chat_id)
    call.store.delete(AGENT, doc["id"])
    return json_answer({"message": "Agent deleted."})
