"""Handlers of the stored resources: knowledge bases and their items, workspace agents and
their chats, assets, and the fixed catalogues (models, search-service countries).

Answers follow the published SDK spec's wrappers (``{knowledge_base}``, ``{agents: [...]}``,
``{message, chat}``...). Unknown knowledge bases, items and agents are the documented 422s,
unknown chats and workspaces 404s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import catalogues, errors, search
from .handler_base import HandlerBase
from .state import RunRecord, new_request_id
from .store import Doc, new_id, public, timestamp
from .uploads import read_upload

KNOWLEDGE_BASE = "knowledge_base"
ITEM = "knowledge_base_item"
AGENT = "agent"
CHAT = "chat"
ASSET = "asset"

DEFAULT_SEARCH_TYPE = "hybrid"
DEFAULT_THRESHOLD = 0.3
DEFAULT_CHUNK_LIMIT = 5
_SEARCH_FLAGS = {"hybrid": "is_hybrid_search", "vector": "is_vector_search"}


def _threshold_text(value: float) -> str:
    """The threshold as the published spec types it: a decimal string."""
    return format(value, "g")


def _not_found(what: str) -> errors.ApiError:
    return errors.ApiError(
        422, f"{what} not found.", f"No {what.lower()} with this id.", "not_found"
    )


class Resources(HandlerBase):
    # ---- knowledge bases ----------------------------------------------------------------------
    def _knowledge_base(self, workspace_id: str, kb_id: str) -> Doc:
        doc = self.state.store.get(KNOWLEDGE_BASE, kb_id, parent_id=workspace_id)
        if doc is None:
            raise _not_found("Knowledge base")
        return doc

    def _render_knowledge_base(self, doc: Doc) -> Doc:
        count = len(self.state.store.select(ITEM, parent_id=doc["id"]))
        search_type = doc["search_type"]
        return {
            **public(doc),
            "data_item_count": count,
            "is_hybrid_search": search_type == "hybrid",
            "is_vector_search": search_type == "vector",
            "is_full_text_search": search_type == "full_text",
        }

    async def list_knowledge_bases(self, request: Request) -> Response:
        checked = await self._gate(request, "listKnowledgeBases")
        workspace_id = self._check_workspace(checked)
        docs = self.state.store.select(KNOWLEDGE_BASE, parent_id=workspace_id)
        answer = {"knowledge_bases": [self._render_knowledge_base(doc) for doc in docs]}
        return await self._answer(checked.fault, answer)

    async def create_knowledge_base(self, request: Request) -> Response:
        checked = await self._gate(request, "createKnowledgeBase")
        workspace_id = self._check_workspace(checked)
        fields = checked.body["knowledge_base"]
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
        self.state.store.insert(
            KNOWLEDGE_BASE, doc, workspace_id=workspace_id, parent_id=workspace_id
        )
        answer = {
            "message": "Knowledge base created.",
            "knowledge_base": self._render_knowledge_base(doc),
        }
        return await self._answer(checked.fault, answer)

    async def get_knowledge_base(self, request: Request) -> Response:
        checked = await self._gate(request, "getKnowledgeBase")
        workspace_id = self._check_workspace(checked)
        doc = self._knowledge_base(workspace_id, checked.path["id"])
        return await self._answer(
            checked.fault, {"knowledge_base": self._render_knowledge_base(doc)}
        )

    async def update_knowledge_base(self, request: Request) -> Response:
        checked = await self._gate(request, "updateKnowledgeBase")
        workspace_id = self._check_workspace(checked)
        doc = self._knowledge_base(workspace_id, checked.path["id"])
        changes = dict(checked.body["knowledge_base"])
        if "search_score_threshold" in changes:
            changes["search_score_threshold"] = _threshold_text(changes["search_score_threshold"])
        doc = self.state.store.update(KNOWLEDGE_BASE, doc["id"], changes)
        answer = {
            "message": "Knowledge base updated.",
            "knowledge_base": self._render_knowledge_base(doc),
        }
        return await self._answer(checked.fault, answer)

    async def delete_knowledge_base(self, request: Request) -> Response:
        checked = await self._gate(request, "deleteKnowledgeBase")
        workspace_id = self._check_workspace(checked)
        doc = self._knowledge_base(workspace_id, checked.path["id"])
        # "Cleanup continues in the background": here the knowledge base and its items go now.
        self.state.store.delete_children(ITEM, [doc["id"]])
        self.state.store.delete(KNOWLEDGE_BASE, doc["id"])
        return await self._answer(checked.fault, {"message": "Knowledge base marked for deletion."})

    async def search_knowledge_base(self, request: Request) -> Response:
        checked = await self._gate(request, "searchKnowledgeBase")
        workspace_id = self._check_workspace(checked)
        doc = self._knowledge_base(workspace_id, checked.path["id"])
        body = checked.body
        items = self.state.store.select(ITEM, parent_id=doc["id"])
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
        return await self._answer(checked.fault, answer)

    # ---- knowledge-base items -----------------------------------------------------------------
    def _item(self, kb_id: str, item_id: str) -> Doc:
        doc = self.state.store.get(ITEM, item_id, parent_id=kb_id)
        if doc is None:
            raise _not_found("Knowledge base item")
        return doc

    def _item_text(self, workspace_id: str, fields: Mapping[str, Any]) -> str:
        if fields.get("asset_id"):
            asset = self.state.store.get(ASSET, fields["asset_id"], parent_id=workspace_id)
            content = self.state.store.get_blob(fields["asset_id"]) if asset else None
            if content is None:
                raise errors.validation_error("Asset not found", "No asset with this asset_id.")
            return content.decode("utf-8", errors="replace")
        return str(fields.get("data_content") or "")

    @staticmethod
    def _chunked(doc: Doc) -> Doc:
        """The item with its text cleaned and cut into chunks (``_chunks``)."""
        text = search.clean(
            doc.get("data_content") or "",
            drop_emails=doc.get("delete_email_data") == "true",
            drop_phones=doc.get("delete_telephone_data") == "true",
        )
        chunks = search.chunk(text, doc["maximum_chunk_length"], doc["chunk_overlap"])
        return {**doc, "data_content": text, "_chunks": chunks, "chunk_count": len(chunks)}

    async def list_items(self, request: Request) -> Response:
        checked = await self._gate(request, "listKnowledgeBaseItems")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        docs = self.state.store.select(ITEM, parent_id=kb["id"])
        return await self._answer(
            checked.fault, {"knowledge_base_items": [public(d) for d in docs]}
        )

    async def create_item(self, request: Request) -> Response:
        checked = await self._gate(request, "createKnowledgeBaseItem")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        fields = checked.body["knowledge_base_item"]
        doc = self._chunked(
            {
                "id": new_id(),
                "name": fields["name"],
                "knowledge_base_id": kb["id"],
                "item_type": fields.get("item_type", "file" if fields.get("asset_id") else "text"),
                "run_status": "completed",
                "status": "active",
                "description": fields.get("description"),
                "response_type": fields.get("response_type"),
                "data_content": self._item_text(workspace_id, fields),
                "data_query": fields.get("data_query"),
                "delete_email_data": fields.get("delete_email_data"),
                "delete_telephone_data": fields.get("delete_telephone_data"),
                "asset_id": fields.get("asset_id"),
                "chunking_strategy": fields.get("chunking_strategy"),
                "chunk_overlap": fields.get("chunk_overlap", search.DEFAULT_OVERLAP),
                "maximum_chunk_length": fields.get(
                    "maximum_chunk_length", search.DEFAULT_CHUNK_WORDS
                ),
                "generated_at": timestamp(),
            }
        )
        self.state.store.insert(ITEM, doc, workspace_id=workspace_id, parent_id=kb["id"])
        answer = {"message": "Knowledge base item created.", "knowledge_base_item": public(doc)}
        return await self._answer(checked.fault, answer)

    async def get_item(self, request: Request) -> Response:
        checked = await self._gate(request, "getKnowledgeBaseItem")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        doc = self._item(kb["id"], checked.path["id"])
        return await self._answer(checked.fault, {"knowledge_base_item": public(doc)})

    async def update_item(self, request: Request) -> Response:
        checked = await self._gate(request, "updateKnowledgeBaseItem")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        doc = self._item(kb["id"], checked.path["id"])
        doc = self._chunked({**doc, **checked.body["knowledge_base_item"]})
        self.state.store.update(ITEM, doc["id"], doc)
        answer = {"message": "Knowledge base item updated.", "knowledge_base_item": public(doc)}
        return await self._answer(checked.fault, answer)

    async def delete_item(self, request: Request) -> Response:
        checked = await self._gate(request, "deleteKnowledgeBaseItem")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        doc = self._item(kb["id"], checked.path["id"])
        self.state.store.delete(ITEM, doc["id"])
        return await self._answer(checked.fault, {"message": "Knowledge base item deleted."})

    async def regenerate_item(self, request: Request) -> Response:
        checked = await self._gate(request, "regenerateKnowledgeBaseItem")
        workspace_id = self._check_workspace(checked)
        kb = self._knowledge_base(workspace_id, checked.path["knowledge_base_id"])
        doc = self._item(kb["id"], checked.path["id"])
        if doc.get("asset_id"):  # the asset's text again
            doc["data_content"] = self._item_text(workspace_id, doc)
        doc = self._chunked({**doc, "generated_at": timestamp()})
        self.state.store.update(ITEM, doc["id"], doc)
        record = RunRecord(new_request_id(), "knowledge_base_item", doc["id"])
        self.state.add_run(record)
        record.start()
        record.finish("completed", {"chunk_count": doc["chunk_count"]})
        answer = {
            "message": "Knowledge base item regeneration started.",
            "request_id": record.request_id,
        }
        return await self._answer(checked.fault, answer)

    # ---- workspace agents ---------------------------------------------------------------------
    def _agent(self, workspace_id: str, agent_id: str) -> Doc:
        doc = self.state.store.get(AGENT, agent_id, parent_id=workspace_id)
        if doc is None:
            raise _not_found("Agent")
        return doc

    def _check_model(self, fields: Mapping[str, Any]) -> None:
        if "llm_model" in fields and not catalogues.known_model(
            fields["llm_model"], self.settings.context_limit
        ):
            raise errors.validation_error(
                "Invalid LLM model", "llm_model is not a model of GET /public/models."
            )

    async def list_agents(self, request: Request) -> Response:
        checked = await self._gate(request, "listAgents")
        workspace_id = self._check_workspace(checked)
        docs = self.state.store.select(AGENT, parent_id=workspace_id)
        return await self._answer(checked.fault, {"agents": [public(d) for d in docs]})

    async def create_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "createAgent")
        workspace_id = self._check_workspace(checked)
        fields = checked.body["agent"]
        self._check_model(fields)
        optional = (
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
        doc: Doc = {
            "id": new_id(),
            "name": fields["name"],
            "llm_model": fields["llm_model"],
            "model_type": fields["model_type"],
            **{name: fields.get(name) for name in optional},
            "generated_at": timestamp(),
            "status": "active",
        }
        self.state.store.insert(AGENT, doc, workspace_id=workspace_id, parent_id=workspace_id)
        return await self._answer(
            checked.fault, {"message": "Successfully created an agent.", "agent": public(doc)}
        )

    async def get_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "getAgent")
        workspace_id = self._check_workspace(checked)
        doc = self._agent(workspace_id, checked.path["id"])
        return await self._answer(checked.fault, {"agent": public(doc)})

    async def update_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "updateAgent")
        workspace_id = self._check_workspace(checked)
        doc = self._agent(workspace_id, checked.path["id"])
        changes = checked.body["agent"]
        self._check_model(changes)
        doc = self.state.store.update(AGENT, doc["id"], changes)
        return await self._answer(
            checked.fault, {"message": "Agent updated.", "agent": public(doc)}
        )

    async def delete_agent(self, request: Request) -> Response:
        checked = await self._gate(request, "deleteAgent")
        workspace_id = self._check_workspace(checked)
        doc = self._agent(workspace_id, checked.path["id"])
        for chat_id in self.state.store.delete_children(CHAT, [doc["id"]]):
            self.state.store.clear_messages(doc["id"], chat_id)
        self.state.store.delete(AGENT, doc["id"])
        return await self._answer(checked.fault, {"message": "Agent deleted."})

    # ---- chats --------------------------------------------------------------------------------
    def _chat(self, agent: Doc, chat_id: str) -> Doc:
        doc = self.state.store.get(CHAT, chat_id, parent_id=agent["id"])
        if doc is None:
            raise errors.not_found("Chat not found", "No chat with this id for this agent.")
        return doc

    def _render_chat(self, agent: Doc, doc: Doc) -> Doc:
        messages = self.state.store.thread_messages(agent["id"], doc["id"])
        last = messages[-1] if messages else None
        return {
            **public(doc),
            "last_message_content": last["content"] if last else None,
            "last_message_sent_at": last["sent_at"] if last else None,
            "message_count": len(messages),
            "agent": {"id": agent["id"], "name": agent["name"]},
        }

    async def _chat_request(self, request: Request, operation_id: str) -> tuple[Any, Doc, Doc]:
        checked = await self._gate(request, operation_id)
        workspace_id = self._check_workspace(checked)
        agent = self._agent(workspace_id, checked.path["agent_id"])
        return checked, agent, self._chat(agent, checked.path["chat_id"])

    async def create_chat(self, request: Request) -> Response:
        checked = await self._gate(request, "createAgentChat")
        workspace_id = self._check_workspace(checked)
        agent = self._agent(workspace_id, checked.path["agent_id"])
        doc: Doc = {
            "id": new_id(),
            "name": checked.body["chat"]["name"],
            "generated_at": timestamp(),
            "status": "active",
        }
        self.state.store.insert(CHAT, doc, workspace_id=workspace_id, parent_id=agent["id"])
        answer = {"message": "Chat created.", "chat": self._render_chat(agent, doc)}
        return await self._answer(checked.fault, answer)

    async def get_chat(self, request: Request) -> Response:
        checked, agent, doc = await self._chat_request(request, "getAgentChat")
        return await self._answer(checked.fault, {"chat": self._render_chat(agent, doc)})

    async def update_chat(self, request: Request) -> Response:
        checked, agent, doc = await self._chat_request(request, "updateAgentChat")
        doc = self.state.store.update(CHAT, doc["id"], checked.body["chat"])
        answer = {"message": "Chat updated.", "chat": self._render_chat(agent, doc)}
        return await self._answer(checked.fault, answer)

    async def delete_chat(self, request: Request) -> Response:
        checked, agent, doc = await self._chat_request(request, "deleteAgentChat")
        self.state.store.clear_messages(agent["id"], doc["id"])
        self.state.store.delete(CHAT, doc["id"])
        return await self._answer(checked.fault, {"message": "Chat deleted."})

    async def clear_chat_messages(self, request: Request) -> Response:
        checked, agent, doc = await self._chat_request(request, "clearAgentChatMessages")
        self.state.store.clear_messages(agent["id"], doc["id"])
        answer = {
            "message": "Successfully cleared the messages.",
            "chat": self._render_chat(agent, doc),
        }
        return await self._answer(checked.fault, answer)

    async def list_chat_messages(self, request: Request) -> Response:
        checked, agent, doc = await self._chat_request(request, "listAgentChatMessages")
        messages = [
            {**message, "chat_id": doc["id"]}
            for message in self.state.store.thread_messages(agent["id"], doc["id"])
        ]
        return await self._answer(checked.fault, {"messages": messages})

    # ---- assets -------------------------------------------------------------------------------
    async def list_assets(self, request: Request) -> Response:
        checked = await self._gate(request, "listAssets")
        workspace_id = self._check_workspace(checked)
        docs = self.state.store.select(ASSET, parent_id=workspace_id)
        return await self._answer(checked.fault, {"assets": [public(d) for d in docs]})

    async def upload_asset(self, request: Request) -> Response:
        checked = await self._gate(request, "uploadAsset")
        workspace_id = self._check_workspace(checked)
        operation = self.state.spec.operations["uploadAsset"]
        upload = await read_upload(request, operation, self.settings.max_upload_bytes)
        asset_id = new_id()
        doc = {
            "id": asset_id,
            "object_key": f"workspaces/{workspace_id}/assets/{asset_id}/{upload.file_name}",
            "file_name": upload.file_name,
            "file_url": f"{catalogues.ASSET_HOST}/{asset_id}/{upload.file_name}",
            "file_url_expires_at": timestamp(hours=1),
            "file_type": upload.content_type,
            "file_size": len(upload.content),
            "asset_type": upload.asset_type,
            "workspace_id": workspace_id,
            "uploaded_at": timestamp(),
            "error_message": None,
            "transcription": None,
        }
        self.state.store.put_blob(asset_id, upload.content)
        self.state.store.insert(ASSET, doc, workspace_id=workspace_id, parent_id=workspace_id)
        return await self._answer(checked.fault, {"message": "Asset uploaded.", "asset": doc})

    # ---- catalogues ---------------------------------------------------------------------------
    async def list_models(self, request: Request) -> Response:
        checked = await self._gate(request, "listModels")
        return await self._answer(checked.fault, catalogues.models(self.settings.context_limit))

    async def list_search_service_countries(self, request: Request) -> Response:
        checked = await self._gate(request, "listSearchServiceCountries", public_operation=True)
        return await self._answer(checked.fault, {"services": catalogues.search_services()})

    async def get_search_service_countries(self, request: Request) -> Response:
        checked = await self._gate(request, "getSearchServiceCountries", public_operation=True)
        catalogue = catalogues.search_service(checked.path["service"])
        if catalogue is None:
            raise errors.not_found(
                "Unsupported search service", "Known: " + ", ".join(catalogues.SERVICE_NAMES)
            )
        return await self._answer(checked.fault, catalogue)
