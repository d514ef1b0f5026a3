"""The resource namespaces of `AsyncFetchHive`: `client.knowledge_bases`, `client.agents`,
`client.hive_agents`, `client.delegations`, `client.approvals`, `client.models`,
`client.assets`, `client.search_services`.

The one source of both clients' namespaces: `scripts/unasync.py` writes the sync ones.
Each method checks its arguments (`_resources.py`), sends through the client's HTTP
policy, and returns the resource itself: an envelope such as `{"knowledge_base": {...}}`
is unwrapped (the object keeps `http_response` and `retries_taken`), and a list operation
returns a list, every page of it. A workspace id set on the client (`workspace_id=` or
`FETCH_HIVE_WORKSPACE_ID`) is used when a call gives none. The methods whose first argument
is the workspace take it by position too (`knowledge_bases.list(workspace_id)`,
`assets.upload(workspace_id, file)`); the others take `workspace_id=` by keyword.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast, overload

from fetch_hive_runtime import unwrapped

from .. import _resources as ops
from .._base_client import NOT_GIVEN, CallOptions, Operation, RequestOptions
from .._errors import APIResponseValidationError

if TYPE_CHECKING:
    from os import PathLike
    from typing import BinaryIO, TypeAlias

    import httpx
    from fetch_hive_api.models.agent_delegation import AgentDelegation
    from fetch_hive_api.models.asset import Asset
    from fetch_hive_api.models.chat import Chat
    from fetch_hive_api.models.chat_message import ChatMessage
    from fetch_hive_api.models.hive_agent_run_accepted import HiveAgentRunAccepted
    from fetch_hive_api.models.knowledge_base import KnowledgeBase
    from fetch_hive_api.models.knowledge_base_create import KnowledgeBaseCreateDict
    from fetch_hive_api.models.knowledge_base_item import KnowledgeBaseItem
    from fetch_hive_api.models.knowledge_base_item_create import KnowledgeBaseItemCreateDict
    from fetch_hive_api.models.knowledge_base_item_update import KnowledgeBaseItemUpdateDict
    from fetch_hive_api.models.knowledge_base_search_result import KnowledgeBaseSearchResult
    from fetch_hive_api.models.knowledge_base_update import KnowledgeBaseUpdateDict
    from fetch_hive_api.models.message_response import MessageResponse
    from fetch_hive_api.models.public_model import PublicModel
    from fetch_hive_api.models.regenerate_response import RegenerateResponse
    from fetch_hive_api.models.search_service_catalogue import SearchServiceCatalogue
    from fetch_hive_api.models.tool_action_approval import ToolActionApproval
    from fetch_hive_api.models.workspace_agent import WorkspaceAgent
    from fetch_hive_api.models.workspace_agent_create import WorkspaceAgentCreateDict
    from fetch_hive_api.models.workspace_agent_update import WorkspaceAgentUpdateDict

    from ._client import AsyncFetchHive

    FileInput: TypeAlias = str | PathLike[str] | bytes | BinaryIO

__all__ = [
    "AsyncAgents",
    "AsyncApprovals",
    "AsyncAssets",
    "AsyncChats",
    "AsyncDelegations",
    "AsyncHiveAgents",
    "AsyncKnowledgeBaseItems",
    "AsyncKnowledgeBases",
    "AsyncModels",
    "AsyncSearchServices",
]


class _AsyncNamespace:
    """A group of a client's operations; made on each access, so copies of the client
    (`with_options`) get namespaces with their own settings."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncFetchHive) -> None:
        self._client = client

    async def _send(self, method: str, op: Operation[Any], options: Mapping[str, Any]) -> Any:
        return await self._client._request(op, CallOptions.of(method, options))

    def _workspace(self, workspace_id: str | None) -> str:
        return self._client._workspace(workspace_id)


class AsyncKnowledgeBases(_AsyncNamespace):
    """Knowledge bases of a workspace: `client.knowledge_bases.search(id, "refund policy")`."""

    __slots__ = ()

    @property
    def items(self) -> AsyncKnowledgeBaseItems:
        """The items (documents) of knowledge bases."""
        return AsyncKnowledgeBaseItems(self._client)

    async def list(
        self, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[KnowledgeBase]:
        """Every knowledge base of the workspace (`workspace_id`, by position or keyword;
        the client's when None)."""
        op = ops.list_knowledge_bases(self._workspace(workspace_id))
        result: list[KnowledgeBase] = unwrapped(
            await self._send("knowledge_bases.list", op, options), "knowledge_bases"
        )
        return result

    async def create(
        self, *, workspace_id: str | None = None, **fields: Unpack[KnowledgeBaseCreateDict]
    ) -> KnowledgeBase:
        """A new knowledge base: `name` (required), `description`, `search_type`
        (`hybrid`, `vector`, `full_text`), `search_score_threshold` (0 to 1),
        `search_chunk_limit` (1 to 100)."""
        op = ops.create_knowledge_base(self._workspace(workspace_id), fields)
        result: KnowledgeBase = unwrapped(
            await self._send("knowledge_bases.create", op, {}), "knowledge_base"
        )
        return result

    async def get(
        self, id: str, *, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> KnowledgeBase:
        """One knowledge base."""
        op = ops.get_knowledge_base(self._workspace(workspace_id), id)
        result: KnowledgeBase = unwrapped(
            await self._send("knowledge_bases.get", op, options), "knowledge_base"
        )
        return result

    async def update(
        self, id: str, *, workspace_id: str | None = None, **fields: Unpack[KnowledgeBaseUpdateDict]
    ) -> KnowledgeBase:
        """Change a knowledge base's name, description or search settings."""
        op = ops.update_knowledge_base(self._workspace(workspace_id), id, fields)
        result: KnowledgeBase = unwrapped(
            await self._send("knowledge_bases.update", op, {}), "knowledge_base"
        )
        return result

    async def delete(
        self, id: str, *, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> MessageResponse:
        """Mark a knowledge base for deletion (the service cleans up in the background)."""
        op = ops.delete_knowledge_base(self._workspace(workspace_id), id)
        result: MessageResponse = await self._send("knowledge_bases.delete", op, options)
        return result

    async def search(
        self,
        id: str,
        query: str,
        *,
        search_type: Literal["hybrid", "vector", "full_text"] = "hybrid",
        chunk_limit: int = 5,
        score_threshold: float = 0.0,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeBaseSearchResult:
        """The chunks of the knowledge base that match `query`, best first: at most
        `chunk_limit` (1 to 100), each scoring at least `score_threshold` (0 to 1).

        The published spec requires all four fields of the search body, so the SDK always
        sends them, with this SDK's defaults (`hybrid`, 5, 0.0) for those not given: the
        knowledge base's own stored settings are not applied. To search with them, pass
        them: `kb = client.knowledge_bases.get(id)`, then `search(id, query,
        search_type=kb.search_type, chunk_limit=kb.search_chunk_limit,
        score_threshold=float(kb.search_score_threshold))`."""
        params = {
            "search_query": query,
            "search_type": search_type,
            "search_chunk_limit": chunk_limit,
            "search_score_threshold": score_threshold,
        }
        op = ops.search_knowledge_base(self._workspace(workspace_id), id, params)
        result: KnowledgeBaseSearchResult = unwrapped(
            await self._send("knowledge_bases.search", op, options), "response"
        )
        return result


class AsyncKnowledgeBaseItems(_AsyncNamespace):
    """Items of a knowledge base: `client.knowledge_bases.items.create(kb_id, name=..., data_content=...)`."""

    __slots__ = ()

    async def list(
        self,
        knowledge_base_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[KnowledgeBaseItem]:
        """Every item of a knowledge base."""
        op = ops.list_knowledge_base_items(self._workspace(workspace_id), knowledge_base_id)
        result: list[KnowledgeBaseItem] = unwrapped(
            await self._send("knowledge_bases.items.list", op, options), "knowledge_base_items"
        )
        return result

    async def create(
        self,
        knowledge_base_id: str,
        *,
        workspace_id: str | None = None,
        **fields: Unpack[KnowledgeBaseItemCreateDict],
    ) -> KnowledgeBaseItem:
        """A new item: `name` (required), `data_content` (its text), `item_type`..."""
        op = ops.create_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, fields
        )
        envelope = await self._send("knowledge_bases.items.create", op, {})
        result: KnowledgeBaseItem = unwrapped(envelope, "knowledge_base_item")
        return result

    async def get(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeBaseItem:
        """One item."""
        op = ops.get_knowledge_base_item(self._workspace(workspace_id), knowledge_base_id, id)
        envelope = await self._send("knowledge_bases.items.get", op, options)
        result: KnowledgeBaseItem = unwrapped(envelope, "knowledge_base_item")
        return result

    async def update(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **fields: Unpack[KnowledgeBaseItemUpdateDict],
    ) -> KnowledgeBaseItem:
        """Change an item."""
        op = ops.update_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, id, fields
        )
        envelope = await self._send("knowledge_bases.items.update", op, {})
        result: KnowledgeBaseItem = unwrapped(envelope, "knowledge_base_item")
        return result

    async def delete(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete an item."""
        op = ops.delete_knowledge_base_item(self._workspace(workspace_id), knowledge_base_id, id)
        result: MessageResponse = await self._send("knowledge_bases.items.delete", op, options)
        return result

    async def regenerate(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RegenerateResponse:
        """Chunk and embed an item again (not retried when that may have started)."""
        op = ops.regenerate_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, id
        )
        result: RegenerateResponse = await self._send(
            "knowledge_bases.items.regenerate", op, options
        )
        return result


class AsyncAgents(_AsyncNamespace):
    """Agents of a workspace (their settings): `client.agents.create(name=..., llm_model=..., model_type=...)`.
    To talk to an agent, `client.invoke_agent(...)`."""

    __slots__ = ()

    @property
    def chats(self) -> AsyncChats:
        """The chats of agents."""
        return AsyncChats(self._client)

    async def list(
        self, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[WorkspaceAgent]:
        """Every agent of the workspace (`workspace_id`, by position or keyword; the
        client's when None)."""
        op = ops.list_agents(self._workspace(workspace_id))
        result: list[WorkspaceAgent] = unwrapped(
            await self._send("agents.list", op, options), "agents"
        )
        return result

    async def create(
        self, *, workspace_id: str | None = None, **fields: Unpack[WorkspaceAgentCreateDict]
    ) -> WorkspaceAgent:
        """A new agent: `name`, `llm_model` and `model_type` (required), `instruction_prompt`,
        `temperature` (0 to 2), `max_token`..."""
        op = ops.create_agent(self._workspace(workspace_id), fields)
        result: WorkspaceAgent = unwrapped(await self._send("agents.create", op, {}), "agent")
        return result

    async def get(
        self, id: str, *, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> WorkspaceAgent:
        """One agent."""
        op = ops.get_agent(self._workspace(workspace_id), id)
        result: WorkspaceAgent = unwrapped(await self._send("agents.get", op, options), "agent")
        return result

    async def update(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **fields: Unpack[WorkspaceAgentUpdateDict],
    ) -> WorkspaceAgent:
        """Change an agent's settings."""
        op = ops.update_agent(self._workspace(workspace_id), id, fields)
        result: WorkspaceAgent = unwrapped(await self._send("agents.update", op, {}), "agent")
        return result

    async def delete(
        self, id: str, *, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> MessageResponse:
        """Delete an agent."""
        op = ops.delete_agent(self._workspace(workspace_id), id)
        result: MessageResponse = await self._send("agents.delete", op, options)
        return result


class AsyncChats(_AsyncNamespace):
    """Chats of an agent: `client.agents.chats.messages(agent_id, chat_id)`."""

    __slots__ = ()

    async def create(
        self,
        agent_id: str,
        name: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """A new chat with an agent."""
        op = ops.create_agent_chat(self._workspace(workspace_id), agent_id, {"name": name})
        result: Chat = unwrapped(await self._send("agents.chats.create", op, options), "chat")
        return result

    async def get(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """One chat."""
        op = ops.get_agent_chat(self._workspace(workspace_id), agent_id, chat_id)
        result: Chat = unwrapped(await self._send("agents.chats.get", op, options), "chat")
        return result

    async def update(
        self,
        agent_id: str,
        chat_id: str,
        *,
        name: str,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """Rename a chat."""
        op = ops.update_agent_chat(self._workspace(workspace_id), agent_id, chat_id, {"name": name})
        result: Chat = unwrapped(await self._send("agents.chats.update", op, options), "chat")
        return result

    async def delete(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a chat."""
        op = ops.delete_agent_chat(self._workspace(workspace_id), agent_id, chat_id)
        result: MessageResponse = await self._send("agents.chats.delete", op, options)
        return result

    async def clear_messages(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """Remove every message of a chat."""
        op = ops.clear_agent_chat_messages(self._workspace(workspace_id), agent_id, chat_id)
        result: Chat = unwrapped(
            await self._send("agents.chats.clear_messages", op, options), "chat"
        )
        return result

    async def messages(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ChatMessage]:
        """The messages of a chat, oldest first."""
        op = ops.list_agent_chat_messages(self._workspace(workspace_id), agent_id, chat_id)
        result: list[ChatMessage] = unwrapped(
            await self._send("agents.chats.messages", op, options), "messages"
        )
        return result


class AsyncHiveAgents(_AsyncNamespace):
    """Hive Agent runs: `client.hive_agents.invoke(hive_agent, objective, callback_url=...)`."""

    __slots__ = ()

    async def invoke(
        self,
        hive_agent: str,
        objective: str,
        *,
        callback_url: str,
        sources: Mapping[str, Sequence[str]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        unattended: bool | None = None,
        budget_policy: Literal["stop", "proceed_to_cap"] | None = None,
        **options: Unpack[RequestOptions],
    ) -> HiveAgentRunAccepted:
        """Start a Hive Agent run: `POST /hive-agent/invoke`. It answers at once (`run_id`,
        `request_id`, `status`, `webhook_secret`); the result is POSTed, signed, to
        `callback_url`. `sources`: `website_urls`, `asset_ids`, `knowledge_base_ids`,
        `knowledge_base_item_ids`. Not retried when the run may have started."""
        op = ops.invoke_hive_agent(
            hive_agent=hive_agent,
            objective=objective,
            callback_url=callback_url,
            sources=sources,
            metadata=metadata,
            unattended=unattended,
            budget_policy=budget_policy,
        )
        result: HiveAgentRunAccepted = await self._send("hive_agents.invoke", op, options)
        return result


class AsyncDelegations(_AsyncNamespace):
    """Background work an agent started (delegations): `client.delegations.cancel(id)`."""

    __slots__ = ()

    async def get(self, id: str, **options: Unpack[RequestOptions]) -> AgentDelegation:
        """A delegation's status and result."""
        result: AgentDelegation = await self._send(
            "delegations.get", ops.get_agent_delegation(id), options
        )
        return result

    async def cancel(self, id: str, **options: Unpack[RequestOptions]) -> AgentDelegation:
        """Cancel a pending or running delegation (a finished one comes back unchanged)."""
        result: AgentDelegation = await self._send(
            "delegations.cancel", ops.cancel_agent_delegation(id), options
        )
        return result

    async def list(
        self, thread_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[AgentDelegation]:
        """The pending and running delegations of a conversation thread."""
        op = ops.list_thread_delegations(thread_id)
        result: list[AgentDelegation] = unwrapped(
            await self._send("delegations.list", op, options), "delegations"
        )
        return result


class AsyncApprovals(_AsyncNamespace):
    """Tool-action approvals: `client.approvals.decide(id, "allow_once")`."""

    __slots__ = ()

    async def list(
        self,
        workspace_id: str | None = None,
        *,
        status: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        request_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ToolActionApproval]:
        """The approvals of the workspace (`workspace_id`, by position or keyword; the
        client's when None), by default the service's: the pending ones. Every page of
        them: the SDK follows `next_cursor` until the last page, asking for `page_size`
        (1 to 1000) a page."""
        workspace = self._workspace(workspace_id)
        found: list[ToolActionApproval] = []
        cursor: str | None = None
        cursors: set[str] = set()
        while True:
            op = ops.list_tool_action_approvals(
                workspace, status=status, agent_id=agent_id, run_id=run_id,
                request_id=request_id, cursor=cursor, limit=page_size, limit_argument="page_size",
            )  # fmt: skip
            page = await self._send("approvals.list", op, options)
            found.extend(unwrapped(page, "tool_action_approvals"))
            cursor = page.get("next_cursor")
            if not isinstance(cursor, str) or not cursor:
                return found
            if cursor in cursors:  # a service that pages in a circle must not loop forever
                raise APIResponseValidationError(
                    f"approvals.list: the service gave the cursor {cursor[:80]!r} twice",
                    response=cast("httpx.Response", page.http_response),
                    body=page.to_dict(),
                )
            cursors.add(cursor)

    async def get(
        self, id: str, *, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> ToolActionApproval:
        """One approval."""
        op = ops.get_tool_action_approval(self._workspace(workspace_id), id)
        result: ToolActionApproval = unwrapped(
            await self._send("approvals.get", op, options), "tool_action_approval"
        )
        return result

    async def decide(
        self,
        id: str,
        decision: Literal["allow_once", "deny"],
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolActionApproval:
        """Allow the tool call once, or deny it; the paused run goes on."""
        op = ops.decide_tool_action_approval(self._workspace(workspace_id), id, decision)
        result: ToolActionApproval = unwrapped(
            await self._send("approvals.decide", op, options), "tool_action_approval"
        )
        return result


class AsyncModels(_AsyncNamespace):
    """The models deployments can use: `client.models.list()`."""

    __slots__ = ()

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[PublicModel]:
        """Every active LLM and image-generation model (`GET /public/models`)."""
        result: list[PublicModel] = await self._send("models.list", ops.list_models(), options)
        return result


class AsyncAssets(_AsyncNamespace):
    """Files of a workspace: `client.assets.upload("report.pdf")`."""

    __slots__ = ()

    async def list(
        self, workspace_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[Asset]:
        """Every asset of the workspace (`workspace_id`, by position or keyword; the
        client's when None)."""
        op = ops.list_assets(self._workspace(workspace_id))
        result: list[Asset] = unwrapped(await self._send("assets.list", op, options), "assets")
        return result

    @overload
    async def upload(
        self,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...

    @overload
    async def upload(
        self,
        workspace_id: str | None,
        file: FileInput,
        /,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...

    async def upload(
        self,
        *args: Any,
        file: Any = NOT_GIVEN,
        file_name: str | None = None,
        content_type: str | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset:
        """Upload a file (a path, bytes or a binary file object) as a workspace asset:
        `upload(file)` to the client's workspace, or `upload(workspace_id, file)` (also
        `upload(file, workspace_id=...)`). The file is sent in chunks, never read whole
        into memory; a file opened from a path is closed afterwards. Not retried when the
        upload may have arrived."""
        workspace_id, file = _upload_arguments(args, file, workspace_id)
        op, opened = ops.upload_asset(self._workspace(workspace_id), file, file_name, content_type)
        try:
            result: Asset = unwrapped(await self._send("assets.upload", op, options), "asset")
            return result
        finally:
            if opened is not None:
                opened.close()


def _upload_arguments(args: tuple[Any, ...], file: Any, workspace_id: Any) -> tuple[Any, Any]:
    """(workspace_id, file) of `upload(file)` or `upload(workspace_id, file)`; a TypeError,
    as Python gives, for a call that fits neither."""
    if len(args) > 2:
        raise TypeError(f"upload() takes 1 or 2 positional arguments but {len(args)} were given")
    if len(args) == 2:
        if workspace_id is not None:
            raise TypeError("upload() got multiple values for argument 'workspace_id'")
        workspace_id, args = args[0], args[1:]
    if args:
        if file is not NOT_GIVEN:
            raise TypeError("upload() got multiple values for argument 'file'")
        file = args[0]
    if file is NOT_GIVEN:
        raise TypeError("upload() missing 1 required argument: 'file'")
    return workspace_id, file


class AsyncSearchServices(_AsyncNamespace):
    """The countries each search tool supports: `client.search_services.countries("google_search")`."""

    __slots__ = ()

    async def countries(
        self, service: str, **options: Unpack[RequestOptions]
    ) -> SearchServiceCatalogue:
        """The country catalogue of one search service (no API key needed)."""
        op = ops.search_service_countries(service)
        result: SearchServiceCatalogue = await self._send("search_services.countries", op, options)
        return result

    async def list(
        self, **options: Unpack[RequestOptions]
    ) -> builtins.list[SearchServiceCatalogue]:
        """The catalogues of every search service (no API key needed)."""
        op = ops.search_service_countries(None)
        result: list[SearchServiceCatalogue] = unwrapped(
            await self._send("search_services.list", op, options), "services"
        )
        return result
