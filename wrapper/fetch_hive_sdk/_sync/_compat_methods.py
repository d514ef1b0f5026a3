"""Written by scripts/unasync.py from _async/_compat_methods.py: do not edit.

fetch-hive-sdk 0.4.1's resource methods, under its names and in its argument order, as
methods of the client (the async source of both clients; `scripts/unasync.py` writes the
sync one from it).

Code written for 0.4.1 runs unchanged: each method takes 0.4.1's arguments (plain dicts
for bodies) and returns what the service answers, envelope included
(`{"knowledge_base": {...}}`), as 0.4.1 does; here it is also the typed generated model.
The workspace id may be None: the client's is used (`workspace_id=` on the client, or
`FETCH_HIVE_WORKSPACE_ID`). Arguments are checked before anything is sent. The
namespaces (`client.knowledge_bases...`) give the same operations unwrapped.

0.4.1 takes the workspace id first, so `get_knowledge_base(kb_id)` with the client's
workspace puts `kb_id` in the workspace's place and leaves `id` out. Such a call is refused
before sending, naming the missing argument and the two ways to call it
(`get_knowledge_base(None, kb_id)` or `get_knowledge_base(id=kb_id)`): it is not guessed,
since every id is a UUID and a guess could act on the wrong workspace.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _resources as ops
from .._base_client import CallOptions, Operation
from .._errors import InputValidationError

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

_NO_OPTIONS = CallOptions()


def _given(method: str, **arguments: object) -> None:
    """The arguments after the workspace id, each required (0.4.1 has no default for them):
    a missing one is named, with the calls that give it."""
    for name, value in arguments.items():
        if value is None:
            names = list(arguments)
            positional = ", ".join(["None", *names])
            keywords = ", ".join(f"{other}=..." for other in names)
            raise InputValidationError(
                f"{method}: {name} is missing. fetch-hive-sdk 0.4.1 takes the workspace id "
                f"first ({method}(workspace_id, {', '.join(names)})); with the client's "
                f"workspace, call {method}({positional}) or {method}({keywords})",
                argument=name,
            )


class CompatMethods:
    """The 0.4.1 names; `FetchHive` supplies `_request` and `_workspace`."""

    if TYPE_CHECKING:

        def _request(self, op: Operation[Any], options: CallOptions) -> Any: ...

        def _workspace(self, workspace_id: object) -> str: ...

    def _resource(self, op: Operation[Any]) -> Any:
        return self._request(op, _NO_OPTIONS)

    # Hive Agents --------------------------------------------------------------------------

    def invoke_hive_agent(
        self,
        *,
        hive_agent: str,
        objective: str,
        callback_url: str,
        sources: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        unattended: bool | None = None,
        budget_policy: str | None = None,
    ) -> HiveAgentRunAccepted:
        """Start a Hive Agent run (`client.hive_agents.invoke`); its result is POSTed to
        `callback_url`, signed with the answer's `webhook_secret`."""
        op = ops.invoke_hive_agent(
            hive_agent=hive_agent, objective=objective, callback_url=callback_url,
            sources=sources, metadata=metadata, unattended=unattended, budget_policy=budget_policy,
        )  # fmt: skip
        result: HiveAgentRunAccepted = self._resource(op)
        return result

    # Agent delegations --------------------------------------------------------------------

    def get_agent_delegation(self, id: str) -> AgentDelegation:
        """A delegation (background work an agent started): `client.delegations.get`."""
        result: AgentDelegation = self._resource(ops.get_agent_delegation(id))
        return result

    def cancel_agent_delegation(self, id: str) -> AgentDelegation:
        """Cancel a delegation: `client.delegations.cancel`."""
        result: AgentDelegation = self._resource(ops.cancel_agent_delegation(id))
        return result

    def list_thread_delegations(self, thread_id: str) -> AgentDelegationList:
        """`{"delegations": [...]}` of a thread: `client.delegations.list`."""
        result: AgentDelegationList = self._resource(ops.list_thread_delegations(thread_id))
        return result

    # Tool-action approvals ------------------------------------------------------------------

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
        """One page of approvals (`next_cursor` for the next); `client.approvals.list`
        follows every page."""
        op = ops.list_tool_action_approvals(
            self._workspace(workspace_id), status=status, agent_id=agent_id, run_id=run_id,
            request_id=request_id, cursor=cursor, limit=limit,
        )  # fmt: skip
        result: ToolActionApprovalList = self._resource(op)
        return result

    def get_tool_action_approval(
        self, workspace_id: str | None = None, approval_id: str | None = None
    ) -> ToolActionApprovalEnvelope:
        """One approval: `client.approvals.get`."""
        _given("get_tool_action_approval", approval_id=approval_id)
        op = ops.get_tool_action_approval(self._workspace(workspace_id), approval_id)
        result: ToolActionApprovalEnvelope = self._resource(op)
        return result

    def decide_tool_action_approval(
        self,
        workspace_id: str | None = None,
        approval_id: str | None = None,
        decision: str | None = None,
    ) -> ToolActionApprovalEnvelope:
        """Decide an approval (`allow_once` or `deny`): `client.approvals.decide`."""
        _given("decide_tool_action_approval", approval_id=approval_id, decision=decision)
        op = ops.decide_tool_action_approval(self._workspace(workspace_id), approval_id, decision)
        result: ToolActionApprovalEnvelope = self._resource(op)
        return result

    # Knowledge bases ----------------------------------------------------------------------

    def list_knowledge_bases(self, workspace_id: str | None = None) -> KnowledgeBaseList:
        """`{"knowledge_bases": [...]}`: `client.knowledge_bases.list`."""
        op = ops.list_knowledge_bases(self._workspace(workspace_id))
        result: KnowledgeBaseList = self._resource(op)
        return result

    def get_knowledge_base(
        self, workspace_id: str | None = None, id: str | None = None
    ) -> KnowledgeBaseEnvelope:
        """`{"knowledge_base": {...}}`: `client.knowledge_bases.get`."""
        _given("get_knowledge_base", id=id)
        op = ops.get_knowledge_base(self._workspace(workspace_id), id)
        result: KnowledgeBaseEnvelope = self._resource(op)
        return result

    def create_knowledge_base(
        self,
        workspace_id: str | None = None,
        knowledge_base: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseEnvelope:
        """Create a knowledge base from its fields: `client.knowledge_bases.create`."""
        _given("create_knowledge_base", knowledge_base=knowledge_base)
        op = ops.create_knowledge_base(self._workspace(workspace_id), knowledge_base)
        result: KnowledgeBaseEnvelope = self._resource(op)
        return result

    def update_knowledge_base(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
        knowledge_base: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseEnvelope:
        """Change a knowledge base: `client.knowledge_bases.update`."""
        _given("update_knowledge_base", id=id, knowledge_base=knowledge_base)
        op = ops.update_knowledge_base(self._workspace(workspace_id), id, knowledge_base)
        result: KnowledgeBaseEnvelope = self._resource(op)
        return result

    def delete_knowledge_base(
        self, workspace_id: str | None = None, id: str | None = None
    ) -> MessageResponse:
        """Delete a knowledge base: `client.knowledge_bases.delete`."""
        _given("delete_knowledge_base", id=id)
        op = ops.delete_knowledge_base(self._workspace(workspace_id), id)
        result: MessageResponse = self._resource(op)
        return result

    def search_knowledge_base(
        self, workspace_id: str | None = None, id: str | None = None, **params: Any
    ) -> KnowledgeBaseSearchResponse:
        """Search with 0.4.1's keywords (`search_query`, `search_type`, `search_chunk_limit`,
        `search_score_threshold`): `client.knowledge_bases.search`."""
        _given("search_knowledge_base", id=id)
        op = ops.search_knowledge_base(self._workspace(workspace_id), id, params)
        result: KnowledgeBaseSearchResponse = self._resource(op)
        return result

    def list_knowledge_base_items(
        self, workspace_id: str | None = None, knowledge_base_id: str | None = None
    ) -> KnowledgeBaseItemList:
        """`{"knowledge_base_items": [...]}`: `client.knowledge_bases.items.list`."""
        _given("list_knowledge_base_items", knowledge_base_id=knowledge_base_id)
        op = ops.list_knowledge_base_items(self._workspace(workspace_id), knowledge_base_id)
        result: KnowledgeBaseItemList = self._resource(op)
        return result

    def get_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """One item: `client.knowledge_bases.items.get`."""
        _given("get_knowledge_base_item", knowledge_base_id=knowledge_base_id, id=id)
        op = ops.get_knowledge_base_item(self._workspace(workspace_id), knowledge_base_id, id)
        result: KnowledgeBaseItemEnvelope = self._resource(op)
        return result

    def create_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        knowledge_base_item: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """Create an item: `client.knowledge_bases.items.create`."""
        _given(
            "create_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            knowledge_base_item=knowledge_base_item,
        )
        op = ops.create_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, knowledge_base_item
        )
        result: KnowledgeBaseItemEnvelope = self._resource(op)
        return result

    def update_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
        knowledge_base_item: Mapping[str, Any] | None = None,
    ) -> KnowledgeBaseItemEnvelope:
        """Change an item: `client.knowledge_bases.items.update`."""
        _given(
            "update_knowledge_base_item",
            knowledge_base_id=knowledge_base_id,
            id=id,
            knowledge_base_item=knowledge_base_item,
        )
        op = ops.update_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, id, knowledge_base_item
        )
        result: KnowledgeBaseItemEnvelope = self._resource(op)
        return result

    def delete_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> MessageResponse:
        """Delete an item: `client.knowledge_bases.items.delete`."""
        _given("delete_knowledge_base_item", knowledge_base_id=knowledge_base_id, id=id)
        op = ops.delete_knowledge_base_item(self._workspace(workspace_id), knowledge_base_id, id)
        result: MessageResponse = self._resource(op)
        return result

    def regenerate_knowledge_base_item(
        self,
        workspace_id: str | None = None,
        knowledge_base_id: str | None = None,
        id: str | None = None,
    ) -> RegenerateResponse:
        """Chunk and embed an item again: `client.knowledge_bases.items.regenerate`."""
        _given("regenerate_knowledge_base_item", knowledge_base_id=knowledge_base_id, id=id)
        op = ops.regenerate_knowledge_base_item(
            self._workspace(workspace_id), knowledge_base_id, id
        )
        result: RegenerateResponse = self._resource(op)
        return result

    # Workspace agents and chats -----------------------------------------------------------

    def list_agents(self, workspace_id: str | None = None) -> WorkspaceAgentList:
        """`{"agents": [...]}`: `client.agents.list`."""
        result: WorkspaceAgentList = self._resource(ops.list_agents(self._workspace(workspace_id)))
        return result

    def get_agent(
        self, workspace_id: str | None = None, id: str | None = None
    ) -> WorkspaceAgentEnvelope:
        """One agent: `client.agents.get`."""
        _given("get_agent", id=id)
        result: WorkspaceAgentEnvelope = self._resource(
            ops.get_agent(self._workspace(workspace_id), id)
        )
        return result

    def create_agent(
        self, workspace_id: str | None = None, agent: Mapping[str, Any] | None = None
    ) -> WorkspaceAgentEnvelope:
        """Create an agent from its fields: `client.agents.create`."""
        _given("create_agent", agent=agent)
        result: WorkspaceAgentEnvelope = self._resource(
            ops.create_agent(self._workspace(workspace_id), agent)
        )
        return result

    def update_agent(
        self,
        workspace_id: str | None = None,
        id: str | None = None,
        agent: Mapping[str, Any] | None = None,
    ) -> WorkspaceAgentEnvelope:
        """Change an agent: `client.agents.update`."""
        _given("update_agent", id=id, agent=agent)
        result: WorkspaceAgentEnvelope = self._resource(
            ops.update_agent(self._workspace(workspace_id), id, agent)
        )
        return result

    def delete_agent(
        self, workspace_id: str | None = None, id: str | None = None
    ) -> MessageResponse:
        """Delete an agent: `client.agents.delete`."""
        _given("delete_agent", id=id)
        result: MessageResponse = self._resource(
            ops.delete_agent(self._workspace(workspace_id), id)
        )
        return result

    def get_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatEnvelope:
        """One chat: `client.agents.chats.get`."""
        _given("get_agent_chat", agent_id=agent_id, chat_id=chat_id)
        op = ops.get_agent_chat(self._workspace(workspace_id), agent_id, chat_id)
        result: ChatEnvelope = self._resource(op)
        return result

    def create_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat: Mapping[str, Any] | None = None,
    ) -> ChatEnvelope:
        """Create a chat: `client.agents.chats.create`."""
        _given("create_agent_chat", agent_id=agent_id, chat=chat)
        op = ops.create_agent_chat(self._workspace(workspace_id), agent_id, chat)
        result: ChatEnvelope = self._resource(op)
        return result

    def update_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
        chat: Mapping[str, Any] | None = None,
    ) -> ChatEnvelope:
        """Change a chat: `client.agents.chats.update`."""
        _given("update_agent_chat", agent_id=agent_id, chat_id=chat_id, chat=chat)
        op = ops.update_agent_chat(self._workspace(workspace_id), agent_id, chat_id, chat)
        result: ChatEnvelope = self._resource(op)
        return result

    def delete_agent_chat(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> MessageResponse:
        """Delete a chat: `client.agents.chats.delete`."""
        _given("delete_agent_chat", agent_id=agent_id, chat_id=chat_id)
        op = ops.delete_agent_chat(self._workspace(workspace_id), agent_id, chat_id)
        result: MessageResponse = self._resource(op)
        return result

    def clear_agent_chat_messages(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatEnvelope:
        """Remove a chat's messages: `client.agents.chats.clear_messages`."""
        _given("clear_agent_chat_messages", agent_id=agent_id, chat_id=chat_id)
        op = ops.clear_agent_chat_messages(self._workspace(workspace_id), agent_id, chat_id)
        result: ChatEnvelope = self._resource(op)
        return result

    def list_agent_chat_messages(
        self,
        workspace_id: str | None = None,
        agent_id: str | None = None,
        chat_id: str | None = None,
    ) -> ChatMessageList:
        """`{"messages": [...]}` of a chat: `client.agents.chats.messages`."""
        _given("list_agent_chat_messages", agent_id=agent_id, chat_id=chat_id)
        op = ops.list_agent_chat_messages(self._workspace(workspace_id), agent_id, chat_id)
        result: ChatMessageList = self._resource(op)
        return result
