"""Knowledge bases: create, read, update, list, delete, search.

Answers follow the published SDK spec's wrappers (``{knowledge_base}``, ``{message, ...}``).
An unknown knowledge base is the documented 422.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import errors, search
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import KNOWLEDGE_BASE, KNOWLEDGE_BASE_ITEM, Doc, new_id, public, timestamp

DEFAULT_SEARCH_TYPE = "hybrid"
DEFAULT_THRESHOLD = 0.3
DEFAULT_CHUNK_LIMIT = 5


def not_found(what: str) -> errors.ApiError:
    """The documented 422 for an unknown knowledge base, item or workspace agent."""
    return errors.ApiError(
        422, f"{what} not found.", f"No {what.lower()} with this id.", "not_found"
    )


def knowledge_base(call: Call, workspace_id: str, kb_id: str) -> Doc:
    doc = call.store.get(KNOWLEDGE_BASE, kb_id, parent_id=workspace_id)
    if doc is None:
        raise not_found("Knowledge base")
    return doc


def _threshold_text(value: float) -> str:
    """The threshold as the published spec types it: a decimal string."""
    return format(value, "g")


def _render(call: Call, doc: Doc) -> Doc:
    count = len(call.store.select(KNOWLEDGE_BASE_ITEM, parent_id=doc["id"]))
    search_type = doc["search_type"]
    return {
        **public(doc),
        "data_item_count": count,
        "is_hybrid_search": search_type == "hybrid",
        "is_vector_search": search_type == "vector",
        "is_full_text_search": search_type == "full_text",
    }


@handles("listKnowledgeBases")
async def list_knowledge_bases(call: Call) -> Response:
    docs = call.store.select(KNOWLEDGE_BASE, parent_id=call.workspace())
    return json_answer({"knowledge_bases": [_render(call, doc) for doc in docs]})


@handles("createKnowledgeBase")
async def create_knowledge_base(call: Call) -> Response:
    workspace_id = call.workspace()
    fields = call.body["knowledge_base"]
    threshold = fields.get("search_score_threshold", DEFAULT_THRESHOLD)
    doc: Doc = {
        "id": new_id(),
        "name": fields["name"],
        "description": fields.get("description"),
        "search_score_threshold": _threshold_text(threshold),
        "search_chunk_limit": fields.get("search_chunk_limit", DEFAULT_CHUNK_LIMIT),
        "generated_at": timestamp(),
        "status": "active",
        "search_type": fields.get("search_type", DEFAULT_SEARCH_TYPE),
        "is_active": True,
        "is_archived": False,
    }
    call.store.insert(KNOWLEDGE_BASE, doc, workspace_id=workspace_id, parent_id=workspace_id)
    return json_answer({"message": "Knowledge base created.", "knowledge_base": _render(call, doc)})


@handles("getKnowledgeBase")
async def get_knowledge_base(call: Call) -> Response:
    doc = knowledge_base(call, call.workspace(), call.path["id"])
    return json_answer({"knowledge_base": _render(call, doc)})


@handles("updateKnowledgeBase")
async def update_knowledge_base(call: Call) -> Response:
    doc = knowledge_base(call, call.workspace(), call.path["id"])
    changes = dict(call.body["knowledge_base"])
    if "search_score_threshold" in changes:
        changes["search_score_threshold"] = _threshold_text(changes["search_score_threshold"])
    doc = call.store.update(KNOWLEDGE_BASE, doc["id"], changes)
    return json_answer({"message": "Knowledge base updated.", "knowledge_base": _render(call, doc)})


@handles("deleteKnowledgeBase")
async def delete_knowledge_base(call: Call) -> Response:
    doc = knowledge_base(call, call.workspace(), call.path["id"])
    # "Cleanup continues in the background": here the knowledge base and its items go now.
    call.store.delete_children(KNOWLEDGE_BASE_ITEM, [doc["id"]])
    call.store.delete(KNOWLEDGE_BASE, doc["id"])
    return json_answer({"message": "Knowledge base marked for deletion."})


@handles("searchKnowledgeBase")
async def search_knowledge_base(call: Call) -> Response:
    doc = knowledge_base(call, call.workspace(), call.path["id"])
    body = call.body
    items = call.store.select(KNOWLEDGE_BASE_ITEM, parent_id=doc["id"])
    hits = search.search(
        items,
        body["search_query"],
        limit=body["search_chunk_limit"],
        threshold=body["search_score_threshold"],
    )
    answer = {
        "message": "Search completed.",
        "response": {
            "search_query": body["search_query"],
            "search_type": body["search_type"],
            "chunks": [hit.to_json() for hit in hits],
        },
    }
    return json_answer(answer)
