"""Knowledge-base items: their text (given, or an uploaded asset's bytes) cleaned and cut
into chunks; create, read, update, list, delete, regenerate. An unknown item is the
documented 422."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .. import errors, search
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..state import RunRecord, new_request_id
from ..store import ASSET, KNOWLEDGE_BASE_ITEM, Doc, new_id, public, timestamp
from .knowledge_bases import knowledge_base, not_found


def _item(call: Call, kb_id: str, item_id: str) -> Doc:
    doc = call.store.get(KNOWLEDGE_BASE_ITEM, item_id, parent_id=kb_id)
    if doc is None:
        raise not_found("Knowledge base item")
    return doc


def _addressed(call: Call) -> tuple[str, Doc, Doc]:
    """The workspace, knowledge base and item of the path."""
    workspace_id = call.workspace()
    kb = knowledge_base(call, workspace_id, call.path["knowledge_base_id"])
    return workspace_id, kb, _item(call, kb["id"], call.path["id"])


def _item_text(call: Call, workspace_id: str, fields: Mapping[str, Any]) -> str:
    if fields.get("asset_id"):
        asset = call.store.get(ASSET, fields["asset_id"], parent_id=workspace_id)
        content = call.store.get_blob(fields["asset_id"]) if asset else None
        if content is None:
            raise errors.validation_error("Asset not found", "No asset with this asset_id.")
        return content.decode("utf-8", errors="replace")
    return str(fields.get("data_content") or "")


def _chunked(doc: Doc) -> Doc:
    """The item with its text cleaned and cut into chunks (``_chunks``)."""
    text = search.clean(
        doc.get("data_content") or "",
        drop_emails=doc.get("delete_email_data") == "true",
        drop_phones=doc.get("delete_telephone_data") == "true",
    )
    chunks = search.chunk(text, doc["maximum_chunk_length"], doc["chunk_overlap"])
    return {**doc, "data_content": text, "_chunks": chunks, "chunk_count": len(chunks)}


@handles("listKnowledgeBaseItems")
async def list_items(call: Call) -> Response:
    kb = knowledge_base(call, call.workspace(), call.path["knowledge_base_id"])
    docs = call.store.select(KNOWLEDGE_BASE_ITEM, parent_id=kb["id"])
    return json_answer({"knowledge_base_items": [public(d) for d in docs]})


@handles("createKnowledgeBaseItem")
async def create_item(call: Call) -> Response:
    workspace_id = call.workspace()
    kb = knowledge_base(call, workspace_id, call.path["knowledge_base_id"])
    fields = call.body["knowledge_base_item"]
    doc = _chunked(
        {
            "id": new_id(),
            "name": fields["name"],
            "knowledge_base_id": kb["id"],
            "item_type": fields.get("item_type", "file" if fields.get("asset_id") else "text"),
            "run_status": "completed",
            "status": "active",
            "description": fields.get("description"),
            "response_type": fields.get("response_type"),
            "data_content": _item_text(call, workspace_id, fields),
            "data_query": fields.get("data_query"),
            "delete_email_data": fields.get("delete_email_data"),
            "delete_telephone_data": fields.get("delete_telephone_data"),
            "asset_id": fields.get("asset_id"),
            "chunking_strategy": fields.get("chunking_strategy"),
            "chunk_overlap": fields.get("chunk_overlap", search.DEFAULT_OVERLAP),
            "maximum_chunk_length": fields.get("maximum_chunk_length", search.DEFAULT_CHUNK_WORDS),
            "generated_at": timestamp(),
        }
    )
    call.store.insert(KNOWLEDGE_BASE_ITEM, doc, workspace_id=workspace_id, parent_id=kb["id"])
    return json_answer(
        {"message": "Knowledge base item created.", "knowledge_base_item": public(doc)}
    )


@handles("getKnowledgeBaseItem")
async def get_item(call: Call) -> Response:
    _, _, doc = _addressed(call)
    return json_answer({"knowledge_base_item": public(doc)})


@handles("updateKnowledgeBaseItem")
async def update_item(call: Call) -> Response:
    _, _, doc = _addressed(call)
    doc = _chunked({**doc, **call.body["knowledge_base_item"]})
    call.store.update(KNOWLEDGE_BASE_ITEM, doc["id"], doc)
    return json_answer(
        {"message": "Knowledge base item updated.", "knowledge_base_item": public(doc)}
    )


@handles("deleteKnowledgeBaseItem")
async def delete_item(call: Call) -> Response:
    _, _, doc = _addressed(call)
    call.store.delete(KNOWLEDGE_BASE_ITEM, doc["id"])
    return json_answer({"message": "Knowledge base item deleted."})


@handles("regenerateKnowledgeBaseItem")
async def regenerate_item(call: Call) -> Response:
    workspace_id, _, doc = _addressed(call)
    if doc.get("asset_id"):  # the asset's text again
        doc["data_content"] = _item_text(call, workspace_id, doc)
    doc = _chunked({**doc, "generated_at": timestamp()})
    call.store.update(KNOWLEDGE_BASE_ITEM, doc["id"], doc)
    record = RunRecord(new_request_id(), "knowledge_base_item", doc["id"])
    call.state.add_run(record)
    record.start()
    record.finish("completed", {"chunk_count": doc["chunk_count"]})
    answer = {
        "message": "Knowledge base item regeneration started.",
        "request_id": record.request_id,
    }
    return json_answer(answer)
