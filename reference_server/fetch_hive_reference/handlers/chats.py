"""Chats with a workspace agent. A chat's id is the ``thread_id`` of ``POST /agent/invoke``:
the turns of such invokes are its messages (an assumption: the docs do not say how messages
get into a chat). An unknown chat is a 404."""

from __future__ import annotations

from starlette.responses import Response

from .. import errors
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import CHAT, Doc, new_id, public, timestamp
from .workspace_agents import agent


def _chat(call: Call, owner: Doc, chat_id: str) -> Doc:
    doc = call.store.get(CHAT, chat_id, parent_id=owner["id"])
    if doc is None:
        raise errors.not_found("Chat not found", "No chat with this id for this agent.")
    return doc


def _addressed(call: Call) -> tuple[Doc, Doc]:
    """The agent and chat of the path."""
    owner = agent(call, call.workspace(), call.path["agent_id"])
    return owner, _chat(call, owner, call.path["chat_id"])


def _render(call: Call, owner: Doc, doc: Doc) -> Doc:
    messages = call.store.thread_messages(owner["id"], doc["id"])
    last = messages[-1] if messages else None
    return {
        **public(doc),
        "last_message_content": last["content"] if last else None,
        "last_message_sent_at": last["sent_at"] if last else None,
        "message_count": len(messages),
        "agent": {"id": owner["id"], "name": owner["name"]},
    }


@handles("createAgentChat")
async def create_chat(call: Call) -> Response:
    workspace_id = call.workspace()
    owner = agent(call, workspace_id, call.path["agent_id"])
    doc: Doc = {
        "id": new_id(),
        "name": call.body["chat"]["name"],
        "generated_at": timestamp(),
        "status": "active",
    }
    call.store.insert(CHAT, doc, workspace_id=workspace_id, parent_id=owner["id"])
    return json_answer({"message": "Chat created.", "chat": _render(call, owner, doc)})


@handles("getAgentChat")
async def get_chat(call: Call) -> Response:
    owner, doc = _addressed(call)
    return json_answer({"chat": _render(call, owner, doc)})


@handles("updateAgentChat")
async def update_chat(call: Call) -> Response:
    owner, doc = _addressed(call)
    doc = call.store.update(CHAT, doc["id"], call.body["chat"])
    return json_answer({"message": "Chat updated.", "chat": _render(call, owner, doc)})


@handles("deleteAgentChat")
async def delete_chat(call: Call) -> Response:
    owner, doc = _addressed(call)
    call.store.clear_messages(owner["id"], doc["id"])
    call.store.delete(CHAT, doc["id"])
    return json_answer({"message": "Chat deleted."})


@handles("clearAgentChatMessages")
async def clear_chat_messages(call: Call) -> Response:
    owner, doc = _addressed(call)
    call.store.clear_messages(owner["id"], doc["id"])
    answer = {"message": "Successfully cleared the messages.", "chat": _render(call, owner, doc)}
    return json_answer(answer)


@handles("listAgentChatMessages")
async def list_chat_messages(call: Call) -> Response:
    owner, doc = _addressed(call)
    messages = [
        {**message, "chat_id": doc["id"]}
        for message in call.store.thread_messages(owner["id"], doc["id"])
    ]
    return json_answer({"messages": messages})
