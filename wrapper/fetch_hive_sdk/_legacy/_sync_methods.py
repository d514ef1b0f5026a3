"""Written by scripts/unasync.py from _legacy/_async_methods.py: do not edit.

fetch-hive-sdk 0.4.1's resource methods, under its names and in its argument order, as
methods of the client.

Generated from openapi.yaml by scripts/generate.py (templates/sdk/legacy_methods.py.jinja):
do not edit. Each operation with an `x-fetch-hive-legacy` extension gets one (its `name` and
`arguments`, in 0.4.1's order). Code written for 0.4.1 runs unchanged: each method takes
0.4.1's arguments (plain dicts for bodies) and returns what the service answers, envelope
included (`{"knowledge_base": {...}}`), as 0.4.1 does; here it is also the typed generated
model. The workspace id may be None: the client's is used (`workspace_id=` on the client, or
`FETCH_HIVE_WORKSPACE_ID`). Arguments are checked before anything is sent. The namespaces
(`client.knowledge_bases...`) give the same operations unwrapped.

0.4.1 takes the workspace id first, so `get_knowledge_base(kb_id)` with the client's
workspace puts `kb_id` in the workspace's place and leaves `id` out. Such a call is refused
before sending, naming the missing argument and the two ways to call it
(`get_knowledge_base(None, kb_id)` or `get_knowledge_base(id=kb_id)`): it is not guessed,
since every id is a UUID and a guess could act on the wrong workspace.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .._build import put
from ._arguments import given

if TYPE_CHECKING:
    from fetch_hive_api.models.agent_delegation import AgentDelegation
    from fetch_hive_api.models.agent_delegation_list import AgentDelegationList
    from fetch_hive_api.models.chat_envelope import ChatEnvelope
    from fetch_hive_api.models.chat_message_list import ChatMessageList
    from fetch_hive_api.models.hive_agent_run_accepted import HiveAgentRunAccepted
    from fetch_hive_api.models.knowledge_base_envelope import KnowledgeBaseEnvelope
    from fetch_hive_api.models.knowledge_base_item_envelope import KnowledgeBaseItemEnvelope
    from fetch_hive_api.models.knowledge_base_item_list import KnowledgeBaseItemList
    from fetch_hive_api.models.knowledge_base_list import KnowledgeBaseList
    from fetch_hive_api.models.knowledge_base_search_response import KnowledgeBaseSearchResponse
    from fetch_hive_api.models.message_response import MessageResponse
    from fetch_hive_api.models.regenerate_response import RegenerateResponse
    from fetch_hive_api.models.tool_action_approval_envelope import ToolActionApprovalEnvelope
    from fetch_hive_api.models.tool_action_approval_list import ToolActionApprovalList
    from fetch_hive_api.models.workspace_agent_envelope import WorkspaceAgentEnvelope
    from fetch_hive_api.models.workspace_agent_list import WorkspaceAgentList
    from fetch_hive_runtime import OperationSpec

__all__ = ["CompatMethods"]

AnswerT = TypeVar("AnswerT")


class CompatMethods:
    """The 0.4.1 names; `FetchHive` supplies `_call_answer` and `_workspace`."""

    if TYPE_CHECKING:

        def _call_answer(
            self,
            spec: OperationSpec[AnswerT, Any],
            method: str,
            *,
            path: Mapping[str, object] = ...,
            query: Mapping[str, object] = ...,
            body: Mapping[str, Any] | None = ...,
        ) -> AnswerT: ...

        def _workspace(self, workspace_id: object) -> str: ...

    def cancel_agent_delegation(
        self,
        id: str | None,
    ) -> AgentDelegation:
        """Cancel a pending or running background workflow: `the answer` (fetch-hive-sdk 0.4.1's name for `client.delegations.cancel`)."""
        from fetch_hive_api.api.agent_delegations.cancel_agent_delegation import OPERATION

        return self._call_answer(
            OPERATION,
            "cancel_agent_delegation",
            path={
                "id": id,
            },
        )

    def clear_agent_chat_messages(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatEnvelope:
        """Delete every message of a chat (the chat stays): `{"chat": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.clear_messages`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_chats.clear_agent_chat_messages import OPERATION

        given(
            "clear_agent_chat_messages",
            agent_id=agent_id,
            chat_id=chat_id,
        )
        return self._call_answer(
            OPERATION,
            "clear_agent_chat_messages",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
                "chat_id": chat_id,
            },
        )

    def create_agent(
        self,
        workspace_id: str | None = None,
        agent: Mapping[str, Any] | None = None,
    ) -> WorkspaceAgentEnvelope:
        """Create an agent: `{"agent": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.create`, which returns it unwrapped)."""
        from fetch_hive_api.api.workspace_agents.create_agent import OPERATION

        given(
            "create_agent",
            agent=agent,
        )
        return self._call_answer(
            OPERATION,
            "create_agent",
            path={
                "workspace_id": self._workspace(workspace_id),
            },
            body={
                "agent": agent,
            },
        )

    def create_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat: Mapping[str, Any] | None = None,
    ) -> ChatEnvelope:
        """Create a chat with an agent: `{"chat": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.create`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_chats.create_agent_chat import OPERATION

        given(
            "create_agent_chat",
            agent_id=agent_id,
            chat=chat,
        )
        return self._call_answer(
            OPERATION,
            "create_agent_chat",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
            },
            body={
                "chat": chat,
            },
        )

    def create_knowledge_base(
        self,
        workspace_id: str | None = None,
        knowledge_base: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseEnvelope:
        """Create a knowledge base: `{"knowledge_base": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.create`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.create_knowledge_base import OPERATION

        given(
            "create_knowledge_base",
            knowledge_base=knowledge_base,
        )
        return self._call_answer(
            OPERATION,
            "create_knowledge_base",
            path={
                "workspace_id": self._workspace(workspace_id),
            },
            body={
                "knowledge_base": knowledge_base,
            },
        )

    def create_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        knowledge_base_item: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """Add an item to a knowledge base: `{"knowledge_base_item": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.create`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.create_knowledge_base_item import OPERATION

        given(
            "create_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            knowledge_base_item=knowledge_base_item,
        )
        return self._call_answer(
            OPERATION,
            "create_knowledge_base_item",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
            },
            body={
                "knowledge_base_item": knowledge_base_item,
            },
        )

    def decide_tool_action_approval(
        self,
        workspace_id: str | None = None,
        approval_id: str | None = None,
        decision: Mapping[str, Any] | None = None,
    ) -> ToolActionApprovalEnvelope:
        """Decide a tool-action approval (the paused run goes on): `{"tool_action_approval": ...}}` (fetch-hive-sdk 0.4.1's name for `client.approvals.decide`, which returns it unwrapped)."""
        from fetch_hive_api.api.tool_action_approvals.decide_tool_action_approval import OPERATION

        given(
            "decide_tool_action_approval",
            approval_id=approval_id,
            decision=decision,
        )
        return self._call_answer(
            OPERATION,
            "decide_tool_action_approval",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": approval_id,
            },
            body={
                "decision": decision,
            },
        )

    def delete_agent(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
    ) -> MessageResponse:
        """Delete an agent: `the answer` (fetch-hive-sdk 0.4.1's name for `client.agents.delete`)."""
        from fetch_hive_api.api.workspace_agents.delete_agent import OPERATION

        given(
            "delete_agent",
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "delete_agent",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
        )

    def delete_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> MessageResponse:
        """Delete a chat and its messages: `the answer` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.delete`)."""
        from fetch_hive_api.api.agent_chats.delete_agent_chat import OPERATION

        given(
            "delete_agent_chat",
            agent_id=agent_id,
            chat_id=chat_id,
        )
        return self._call_answer(
            OPERATION,
            "delete_agent_chat",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
                "chat_id": chat_id,
            },
        )

    def delete_knowledge_base(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
    ) -> MessageResponse:
        """Delete a knowledge base: `the answer` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.delete`)."""
        from fetch_hive_api.api.knowledge_bases.delete_knowledge_base import OPERATION

        given(
            "delete_knowledge_base",
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "delete_knowledge_base",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
        )

    def delete_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> MessageResponse:
        """Delete a knowledge-base item: `the answer` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.delete`)."""
        from fetch_hive_api.api.knowledge_bases.delete_knowledge_base_item import OPERATION

        given(
            "delete_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "delete_knowledge_base_item",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
                "id": id,
            },
        )

    def get_agent(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
    ) -> WorkspaceAgentEnvelope:
        """Get an agent: `{"agent": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.get`, which returns it unwrapped)."""
        from fetch_hive_api.api.workspace_agents.get_agent import OPERATION

        given(
            "get_agent",
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "get_agent",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
        )

    def get_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatEnvelope:
        """Get a chat: `{"chat": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.get`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_chats.get_agent_chat import OPERATION

        given(
            "get_agent_chat",
            agent_id=agent_id,
            chat_id=chat_id,
        )
        return self._call_answer(
            OPERATION,
            "get_agent_chat",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
                "chat_id": chat_id,
            },
        )

    def get_agent_delegation(
        self,
        id: str | None,
    ) -> AgentDelegation:
        """Status and result of a background workflow an agent started: `the answer` (fetch-hive-sdk 0.4.1's name for `client.delegations.get`)."""
        from fetch_hive_api.api.agent_delegations.get_agent_delegation import OPERATION

        return self._call_answer(
            OPERATION,
            "get_agent_delegation",
            path={
                "id": id,
            },
        )

    def get_knowledge_base(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
    ) -> KnowledgeBaseEnvelope:
        """Get a knowledge base: `{"knowledge_base": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.get`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.get_knowledge_base import OPERATION

        given(
            "get_knowledge_base",
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "get_knowledge_base",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
        )

    def get_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """Get a knowledge-base item: `{"knowledge_base_item": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.get`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.get_knowledge_base_item import OPERATION

        given(
            "get_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "get_knowledge_base_item",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
                "id": id,
            },
        )

    def get_tool_action_approval(
        self,
        workspace_id: str | None = None,
        approval_id: str | None = None,
    ) -> ToolActionApprovalEnvelope:
        """Get one tool-action approval: `{"tool_action_approval": ...}}` (fetch-hive-sdk 0.4.1's name for `client.approvals.get`, which returns it unwrapped)."""
        from fetch_hive_api.api.tool_action_approvals.get_tool_action_approval import OPERATION

        given(
            "get_tool_action_approval",
            approval_id=approval_id,
        )
        return self._call_answer(
            OPERATION,
            "get_tool_action_approval",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": approval_id,
            },
        )

    def invoke_hive_agent(
        self,
        *,
        hive_agent: str,
        objective: str,
        callback_url: str,
        unattended: bool | None = None,
        budget_policy: Literal["stop", "proceed_to_cap"] | None = None,
        sources: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> HiveAgentRunAccepted:
        """Start a Hive Agent run (signed callback when it ends) (fetch-hive-sdk 0.4.1's name for `client.hive_agents.invoke`)."""
        from fetch_hive_api.api.hive_agents.invoke_hive_agent import OPERATION

        body: dict[str, Any] = {}
        put(body, "hive_agent", hive_agent)
        put(body, "objective", objective)
        if unattended is not None:
            put(body, "unattended", unattended)
        if budget_policy is not None:
            put(body, "budget_policy", budget_policy)
        if sources is not None:
            put(body, "sources", sources)
        if metadata is not None:
            put(body, "metadata", metadata)
        put(body, "async.callback_url", callback_url)
        put(body, "async.enabled", True)

        return self._call_answer(OPERATION, "invoke_hive_agent", body=body)

    def list_agent_chat_messages(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatMessageList:
        """List a chat's messages, oldest first: `{"messages": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.messages`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_chats.list_agent_chat_messages import OPERATION

        given(
            "list_agent_chat_messages",
            agent_id=agent_id,
            chat_id=chat_id,
        )
        return self._call_answer(
            OPERATION,
            "list_agent_chat_messages",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
                "chat_id": chat_id,
            },
        )

    def list_agents(
        self,
        workspace_id: str | None = None,
    ) -> WorkspaceAgentList:
        """List the workspace's agents: `{"agents": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.list`, which returns it unwrapped)."""
        from fetch_hive_api.api.workspace_agents.list_agents import OPERATION

        return self._call_answer(
            OPERATION,
            "list_agents",
            path={
                "workspace_id": self._workspace(workspace_id),
            },
        )

    def list_knowledge_base_items(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
    ) -> KnowledgeBaseItemList:
        """List a knowledge base's items: `{"knowledge_base_items": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.list`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.list_knowledge_base_items import OPERATION

        given(
            "list_knowledge_base_items",
            knowledge_base_id=knowledge_base_id,
        )
        return self._call_answer(
            OPERATION,
            "list_knowledge_base_items",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
            },
        )

    def list_knowledge_bases(
        self,
        workspace_id: str | None = None,
    ) -> KnowledgeBaseList:
        """List the workspace's knowledge bases: `{"knowledge_bases": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.list`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.list_knowledge_bases import OPERATION

        return self._call_answer(
            OPERATION,
            "list_knowledge_bases",
            path={
                "workspace_id": self._workspace(workspace_id),
            },
        )

    def list_thread_delegations(
        self,
        thread_id: str | None,
    ) -> AgentDelegationList:
        """Pending and running background workflows of a conversation thread: `{"delegations": ...}}` (fetch-hive-sdk 0.4.1's name for `client.delegations.list`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_delegations.list_thread_delegations import OPERATION

        return self._call_answer(
            OPERATION,
            "list_thread_delegations",
            path={
                "thread_id": thread_id,
            },
        )

    def list_tool_action_approvals(
        self,
        workspace_id: str | None = None,
        *,
        status: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        request_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> ToolActionApprovalList:
        """List tool-action approvals: `{"tool_action_approvals": ...}}` (fetch-hive-sdk 0.4.1's name for `client.approvals.list`, which returns it unwrapped)."""
        from fetch_hive_api.api.tool_action_approvals.list_tool_action_approvals import OPERATION

        return self._call_answer(
            OPERATION,
            "list_tool_action_approvals",
            path={
                "workspace_id": self._workspace(workspace_id),
            },
            query={
                "status": status,
                "agent_id": agent_id,
                "run_id": run_id,
                "request_id": request_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def regenerate_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> RegenerateResponse:
        """Regenerate a knowledge-base item (chunk its text again): `the answer` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.regenerate`)."""
        from fetch_hive_api.api.knowledge_bases.regenerate_knowledge_base_item import OPERATION

        given(
            "regenerate_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "regenerate_knowledge_base_item",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
                "id": id,
            },
        )

    def search_knowledge_base(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
        **params: Any,
    ) -> KnowledgeBaseSearchResponse:
        """Search a knowledge base: `{"response": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.search`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.search_knowledge_base import OPERATION

        given(
            "search_knowledge_base",
            id=id,
        )
        return self._call_answer(
            OPERATION,
            "search_knowledge_base",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
            body=params,
        )

    def update_agent(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
        agent: Mapping[str, Any] | None = None,
    ) -> WorkspaceAgentEnvelope:
        """Update an agent: `{"agent": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.update`, which returns it unwrapped)."""
        from fetch_hive_api.api.workspace_agents.update_agent import OPERATION

        given(
            "update_agent",
            id=id,
            agent=agent,
        )
        return self._call_answer(
            OPERATION,
            "update_agent",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
            body={
                "agent": agent,
            },
        )

    def update_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
        chat: Mapping[str, Any] | None = None,
    ) -> ChatEnvelope:
        """Rename a chat: `{"chat": ...}}` (fetch-hive-sdk 0.4.1's name for `client.agents.chats.update`, which returns it unwrapped)."""
        from fetch_hive_api.api.agent_chats.update_agent_chat import OPERATION

        given(
            "update_agent_chat",
            agent_id=agent_id,
            chat_id=chat_id,
            chat=chat,
        )
        return self._call_answer(
            OPERATION,
            "update_agent_chat",
            path={
                "workspace_id": self._workspace(workspace_id),
                "agent_id": agent_id,
                "chat_id": chat_id,
            },
            body={
                "chat": chat,
            },
        )

    def update_knowledge_base(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
        knowledge_base: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseEnvelope:
        """Update a knowledge base: `{"knowledge_base": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.update`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.update_knowledge_base import OPERATION

        given(
            "update_knowledge_base",
            id=id,
            knowledge_base=knowledge_base,
        )
        return self._call_answer(
            OPERATION,
            "update_knowledge_base",
            path={
                "workspace_id": self._workspace(workspace_id),
                "id": id,
            },
            body={
                "knowledge_base": knowledge_base,
            },
        )

    def update_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
        knowledge_base_item: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """Update a knowledge-base item: `{"knowledge_base_item": ...}}` (fetch-hive-sdk 0.4.1's name for `client.knowledge_bases.items.update`, which returns it unwrapped)."""
        from fetch_hive_api.api.knowledge_bases.update_knowledge_base_item import OPERATION

        given(
            "update_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            id=id,
            knowledge_base_item=knowledge_base_item,
        )
        return self._call_answer(
            OPERATION,
            "update_knowledge_base_item",
            path={
                "workspace_id": self._workspace(workspace_id),
                "knowledge_base_id": knowledge_base_id,
                "id": id,
            },
            body={
                "knowledge_base_item": knowledge_base_item,
            },
        )
