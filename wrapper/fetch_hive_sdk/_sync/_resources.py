"""Written by scripts/unasync.py from _async/_resources.py: do not edit.

The resource namespaces of `FetchHive`: `client.knowledge_bases`, `client.agents`, `client.hive_agents`, `client.delegations`, `client.approvals`, `client.models`, `client.assets`, `client.search_services`.

Generated from openapi.yaml by scripts/generate.py (templates/sdk/namespaces.py.jinja): do
not edit. Each method is one operation of the spec (its `x-fetch-hive-sdk` extension names
the method and its arguments); it checks its arguments and sends through the client's
HTTP policy (`_build.prepare`, then the send loop), and returns the resource itself: an
envelope such as `{"knowledge_base": {...}}` is unwrapped (the object keeps
`http_response` and `retries_taken`), and a list operation returns a list. A workspace id
set on the client (`workspace_id=` or `FETCH_HIVE_WORKSPACE_ID`) is used when a call gives
none.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack

from .._base_client import RequestOptions
from .._build import put, split_options
from ._namespace import Namespace
from ._uploads import AssetUploads

if TYPE_CHECKING:
    from fetch_hive_api.models.agent_delegation import AgentDelegation
    from fetch_hive_api.models.asset import Asset
    from fetch_hive_api.models.chat import Chat
    from fetch_hive_api.models.chat_message import ChatMessage
    from fetch_hive_api.models.chat_update import ChatUpdateDict
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

    from .._pagination import Pager
    from ._client import FetchHive

    class KnowledgeBaseCreateArgs(KnowledgeBaseCreateDict, RequestOptions, total=False):
        """The fields of a `KnowledgeBaseCreate`, and the per-call options."""

    class KnowledgeBaseUpdateArgs(KnowledgeBaseUpdateDict, RequestOptions, total=False):
        """The fields of a `KnowledgeBaseUpdate`, and the per-call options."""

    class KnowledgeBaseItemCreateArgs(KnowledgeBaseItemCreateDict, RequestOptions, total=False):
        """The fields of a `KnowledgeBaseItemCreate`, and the per-call options."""

    class KnowledgeBaseItemUpdateArgs(KnowledgeBaseItemUpdateDict, RequestOptions, total=False):
        """The fields of a `KnowledgeBaseItemUpdate`, and the per-call options."""

    class WorkspaceAgentCreateArgs(WorkspaceAgentCreateDict, RequestOptions, total=False):
        """The fields of a `WorkspaceAgentCreate`, and the per-call options."""

    class WorkspaceAgentUpdateArgs(WorkspaceAgentUpdateDict, RequestOptions, total=False):
        """The fields of a `WorkspaceAgentUpdate`, and the per-call options."""

    class ChatUpdateArgs(ChatUpdateDict, RequestOptions, total=False):
        """The fields of a `ChatUpdate`, and the per-call options."""


__all__ = [
    "Agents",
    "Approvals",
    "Assets",
    "Chats",
    "ClientWithRawResponse",
    "ClientWithStreamingResponse",
    "Delegations",
    "HiveAgents",
    "KnowledgeBaseItems",
    "KnowledgeBases",
    "Models",
    "SearchServices",
]


class ClientWithRawResponse:
    """`client.with_raw_response`: the operations of the client and of its namespaces."""

    def __init__(self, client: FetchHive) -> None:
        from ._responses import to_raw_response  # loaded when a program first asks for it

        self._client = client
        self.get_request = to_raw_response(client.get_request)
        self.invoke_agent = to_raw_response(client.invoke_agent)
        self.invoke_prompt = to_raw_response(client.invoke_prompt)
        self.invoke_workflow = to_raw_response(client.invoke_workflow)
        self.list_error_codes = to_raw_response(client.list_error_codes)
        self.trigger_agent_webhook = to_raw_response(client.trigger_agent_webhook)
        self.trigger_prompt_webhook = to_raw_response(client.trigger_prompt_webhook)
        self.trigger_workflow_webhook = to_raw_response(client.trigger_workflow_webhook)

    @property
    def knowledge_bases(self) -> KnowledgeBasesWithRawResponse:
        """Knowledge bases and their items: list, create, get, update, delete, search."""
        return KnowledgeBasesWithRawResponse(self._client.knowledge_bases)

    @property
    def agents(self) -> AgentsWithRawResponse:
        """Workspace agents (their settings) and their chats."""
        return AgentsWithRawResponse(self._client.agents)

    @property
    def hive_agents(self) -> HiveAgentsWithRawResponse:
        """Hive Agent runs."""
        return HiveAgentsWithRawResponse(self._client.hive_agents)

    @property
    def delegations(self) -> DelegationsWithRawResponse:
        """Background work agents started."""
        return DelegationsWithRawResponse(self._client.delegations)

    @property
    def approvals(self) -> ApprovalsWithRawResponse:
        """Tool-action approvals."""
        return ApprovalsWithRawResponse(self._client.approvals)

    @property
    def models(self) -> ModelsWithRawResponse:
        """The models deployments can use."""
        return ModelsWithRawResponse(self._client.models)

    @property
    def assets(self) -> AssetsWithRawResponse:
        """Files of a workspace."""
        return AssetsWithRawResponse(self._client.assets)

    @property
    def search_services(self) -> SearchServicesWithRawResponse:
        """The countries of the search tools."""
        return SearchServicesWithRawResponse(self._client.search_services)


class KnowledgeBasesWithRawResponse:
    """`knowledge_bases` with each method returning its APIResponse."""

    def __init__(self, namespace: KnowledgeBases) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.create = to_raw_response(namespace.create)
        self.delete = to_raw_response(namespace.delete)
        self.get = to_raw_response(namespace.get)
        self.list = to_raw_response(namespace.list)
        self.search = to_raw_response(namespace.search)
        self.update = to_raw_response(namespace.update)

    @property
    def items(self) -> KnowledgeBaseItemsWithRawResponse:
        """The items (documents) of knowledge bases."""
        return KnowledgeBaseItemsWithRawResponse(self._namespace.items)


class KnowledgeBaseItemsWithRawResponse:
    """`knowledge_bases.items` with each method returning its APIResponse."""

    def __init__(self, namespace: KnowledgeBaseItems) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.create = to_raw_response(namespace.create)
        self.delete = to_raw_response(namespace.delete)
        self.get = to_raw_response(namespace.get)
        self.list = to_raw_response(namespace.list)
        self.regenerate = to_raw_response(namespace.regenerate)
        self.update = to_raw_response(namespace.update)


class AgentsWithRawResponse:
    """`agents` with each method returning its APIResponse."""

    def __init__(self, namespace: Agents) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.create = to_raw_response(namespace.create)
        self.delete = to_raw_response(namespace.delete)
        self.get = to_raw_response(namespace.get)
        self.list = to_raw_response(namespace.list)
        self.update = to_raw_response(namespace.update)

    @property
    def chats(self) -> ChatsWithRawResponse:
        """The chats of agents."""
        return ChatsWithRawResponse(self._namespace.chats)


class ChatsWithRawResponse:
    """`agents.chats` with each method returning its APIResponse."""

    def __init__(self, namespace: Chats) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.clear_messages = to_raw_response(namespace.clear_messages)
        self.create = to_raw_response(namespace.create)
        self.delete = to_raw_response(namespace.delete)
        self.get = to_raw_response(namespace.get)
        self.messages = to_raw_response(namespace.messages)
        self.update = to_raw_response(namespace.update)


class HiveAgentsWithRawResponse:
    """`hive_agents` with each method returning its APIResponse."""

    def __init__(self, namespace: HiveAgents) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.invoke = to_raw_response(namespace.invoke)


class DelegationsWithRawResponse:
    """`delegations` with each method returning its APIResponse."""

    def __init__(self, namespace: Delegations) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.cancel = to_raw_response(namespace.cancel)
        self.get = to_raw_response(namespace.get)
        self.list = to_raw_response(namespace.list)


class ApprovalsWithRawResponse:
    """`approvals` with each method returning its APIResponse."""

    def __init__(self, namespace: Approvals) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.decide = to_raw_response(namespace.decide)
        self.get = to_raw_response(namespace.get)
        self.list = to_raw_response(namespace.list)


class ModelsWithRawResponse:
    """`models` with each method returning its APIResponse."""

    def __init__(self, namespace: Models) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.list = to_raw_response(namespace.list)


class AssetsWithRawResponse:
    """`assets` with each method returning its APIResponse."""

    def __init__(self, namespace: Assets) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.list = to_raw_response(namespace.list)
        self.upload = to_raw_response(namespace.upload)


class SearchServicesWithRawResponse:
    """`search_services` with each method returning its APIResponse."""

    def __init__(self, namespace: SearchServices) -> None:
        from ._responses import to_raw_response

        self._namespace = namespace
        self.countries = to_raw_response(namespace.countries)
        self.list = to_raw_response(namespace.list)


class ClientWithStreamingResponse:
    """`client.with_streaming_response`: the operations of the client and of its namespaces."""

    def __init__(self, client: FetchHive) -> None:
        from ._responses import to_streamed_response  # loaded when a program first asks for it

        self._client = client
        self.get_request = to_streamed_response(client.get_request)
        self.invoke_agent = to_streamed_response(client.invoke_agent)
        self.invoke_prompt = to_streamed_response(client.invoke_prompt)
        self.invoke_workflow = to_streamed_response(client.invoke_workflow)
        self.list_error_codes = to_streamed_response(client.list_error_codes)
        self.trigger_agent_webhook = to_streamed_response(client.trigger_agent_webhook)
        self.trigger_prompt_webhook = to_streamed_response(client.trigger_prompt_webhook)
        self.trigger_workflow_webhook = to_streamed_response(client.trigger_workflow_webhook)

    @property
    def knowledge_bases(self) -> KnowledgeBasesWithStreamingResponse:
        """Knowledge bases and their items: list, create, get, update, delete, search."""
        return KnowledgeBasesWithStreamingResponse(self._client.knowledge_bases)

    @property
    def agents(self) -> AgentsWithStreamingResponse:
        """Workspace agents (their settings) and their chats."""
        return AgentsWithStreamingResponse(self._client.agents)

    @property
    def hive_agents(self) -> HiveAgentsWithStreamingResponse:
        """Hive Agent runs."""
        return HiveAgentsWithStreamingResponse(self._client.hive_agents)

    @property
    def delegations(self) -> DelegationsWithStreamingResponse:
        """Background work agents started."""
        return DelegationsWithStreamingResponse(self._client.delegations)

    @property
    def approvals(self) -> ApprovalsWithStreamingResponse:
        """Tool-action approvals."""
        return ApprovalsWithStreamingResponse(self._client.approvals)

    @property
    def models(self) -> ModelsWithStreamingResponse:
        """The models deployments can use."""
        return ModelsWithStreamingResponse(self._client.models)

    @property
    def assets(self) -> AssetsWithStreamingResponse:
        """Files of a workspace."""
        return AssetsWithStreamingResponse(self._client.assets)

    @property
    def search_services(self) -> SearchServicesWithStreamingResponse:
        """The countries of the search tools."""
        return SearchServicesWithStreamingResponse(self._client.search_services)


class KnowledgeBasesWithStreamingResponse:
    """`knowledge_bases` with each method returning its StreamedResponse."""

    def __init__(self, namespace: KnowledgeBases) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.create = to_streamed_response(namespace.create)
        self.delete = to_streamed_response(namespace.delete)
        self.get = to_streamed_response(namespace.get)
        self.list = to_streamed_response(namespace.list)
        self.search = to_streamed_response(namespace.search)
        self.update = to_streamed_response(namespace.update)

    @property
    def items(self) -> KnowledgeBaseItemsWithStreamingResponse:
        """The items (documents) of knowledge bases."""
        return KnowledgeBaseItemsWithStreamingResponse(self._namespace.items)


class KnowledgeBaseItemsWithStreamingResponse:
    """`knowledge_bases.items` with each method returning its StreamedResponse."""

    def __init__(self, namespace: KnowledgeBaseItems) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.create = to_streamed_response(namespace.create)
        self.delete = to_streamed_response(namespace.delete)
        self.get = to_streamed_response(namespace.get)
        self.list = to_streamed_response(namespace.list)
        self.regenerate = to_streamed_response(namespace.regenerate)
        self.update = to_streamed_response(namespace.update)


class AgentsWithStreamingResponse:
    """`agents` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Agents) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.create = to_streamed_response(namespace.create)
        self.delete = to_streamed_response(namespace.delete)
        self.get = to_streamed_response(namespace.get)
        self.list = to_streamed_response(namespace.list)
        self.update = to_streamed_response(namespace.update)

    @property
    def chats(self) -> ChatsWithStreamingResponse:
        """The chats of agents."""
        return ChatsWithStreamingResponse(self._namespace.chats)


class ChatsWithStreamingResponse:
    """`agents.chats` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Chats) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.clear_messages = to_streamed_response(namespace.clear_messages)
        self.create = to_streamed_response(namespace.create)
        self.delete = to_streamed_response(namespace.delete)
        self.get = to_streamed_response(namespace.get)
        self.messages = to_streamed_response(namespace.messages)
        self.update = to_streamed_response(namespace.update)


class HiveAgentsWithStreamingResponse:
    """`hive_agents` with each method returning its StreamedResponse."""

    def __init__(self, namespace: HiveAgents) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.invoke = to_streamed_response(namespace.invoke)


class DelegationsWithStreamingResponse:
    """`delegations` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Delegations) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.cancel = to_streamed_response(namespace.cancel)
        self.get = to_streamed_response(namespace.get)
        self.list = to_streamed_response(namespace.list)


class ApprovalsWithStreamingResponse:
    """`approvals` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Approvals) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.decide = to_streamed_response(namespace.decide)
        self.get = to_streamed_response(namespace.get)
        self.list = to_streamed_response(namespace.list)


class ModelsWithStreamingResponse:
    """`models` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Models) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.list = to_streamed_response(namespace.list)


class AssetsWithStreamingResponse:
    """`assets` with each method returning its StreamedResponse."""

    def __init__(self, namespace: Assets) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.list = to_streamed_response(namespace.list)
        self.upload = to_streamed_response(namespace.upload)


class SearchServicesWithStreamingResponse:
    """`search_services` with each method returning its StreamedResponse."""

    def __init__(self, namespace: SearchServices) -> None:
        from ._responses import to_streamed_response

        self._namespace = namespace
        self.countries = to_streamed_response(namespace.countries)
        self.list = to_streamed_response(namespace.list)


class KnowledgeBases(Namespace):
    """Knowledge bases of a workspace: `client.knowledge_bases.search(id, "refund policy")`."""

    __slots__ = ()

    @property
    def items(self) -> KnowledgeBaseItems:
        """The items (documents) of knowledge bases."""
        return KnowledgeBaseItems(self._client)

    def create(
        self,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[KnowledgeBaseCreateArgs],
    ) -> KnowledgeBase:
        """Create a knowledge base.

        Source: the published SDK spec 0.2.8/0.2.9 (body `{knowledge_base: {...}}`).
        Assumptions of this SDK: the wire values of `search_type`, the defaults and ranges
        of the search settings (see `KnowledgeBaseCreate`), 404 for an unknown workspace and
        422 for an invalid body.
        """
        from fetch_hive_api.api.knowledge_bases.create_knowledge_base import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "knowledge_base", fields)
        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.create",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )

    def delete(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a knowledge base.

        Marks a knowledge base for deletion; cleanup continues asynchronously in the
        background (published SDK spec). Assumptions of this SDK: from this answer on the
        knowledge base and its items are gone for every read, and an unknown id is a 422
        like the other knowledge-base operations (the published spec lists only 200 and
        401).
        """
        from fetch_hive_api.api.knowledge_bases.delete_knowledge_base import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.delete",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def get(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeBase:
        """Get a knowledge base.

        Returns a single active knowledge base belonging to the requested workspace. An
        unknown id is a 422 (documented in the published SDK spec, "knowledge base not
        found").
        """
        from fetch_hive_api.api.knowledge_bases.get_knowledge_base import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.get",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def list(
        self,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[KnowledgeBase]:
        """List the workspace's knowledge bases.

        Returns knowledge bases scoped to the requested public API workspace. Source: the
        published SDK spec 0.2.8/0.2.9 (no docs page). Not paged (none documented).
        """
        from fetch_hive_api.api.knowledge_bases.list_knowledge_bases import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.list",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def search(
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
        """Search a knowledge base.

        Performs a vector, full-text, or hybrid search against the knowledge base and
        returns matching chunks above the score threshold (published SDK spec; all four body
        fields are required there). Assumptions of this SDK: the wire values of
        `search_type`, the ranges of the limits, and the answer's `response` object
        (`KnowledgeBaseSearchResult`: chunks ordered by descending score, each with the item
        it comes from). 422 for an invalid search type is documented.
        """
        from fetch_hive_api.api.knowledge_bases.search_knowledge_base import OPERATION

        body: dict[str, Any] = {}
        put(body, "search_query", query)
        put(body, "search_type", search_type)
        put(body, "search_chunk_limit", chunk_limit)
        put(body, "search_score_threshold", score_threshold)
        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.search",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
            names={
                "search_query": "query",
                "search_chunk_limit": "chunk_limit",
                "search_score_threshold": "score_threshold",
            },
        )

    def update(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[KnowledgeBaseUpdateArgs],
    ) -> KnowledgeBase:
        """Update a knowledge base.

        Updates name, description, or search settings of an existing knowledge base; fields
        left out keep their value. Unknown id: 422 (published SDK spec).
        """
        from fetch_hive_api.api.knowledge_bases.update_knowledge_base import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "knowledge_base", fields)
        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.update",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )


class KnowledgeBaseItems(Namespace):
    """Items of a knowledge base: `client.knowledge_bases.items.create(kb_id, name=..., data_content=...)`."""

    __slots__ = ()

    def create(
        self,
        knowledge_base_id: str,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[KnowledgeBaseItemCreateArgs],
    ) -> KnowledgeBaseItem:
        """Add an item to a knowledge base.

        Body `{knowledge_base_item: {...}}` (published SDK spec field list). The item's text
        (`data_content`, or the text of the uploaded asset `asset_id`) is split into chunks
        that `searchKnowledgeBase` scores. Assumptions of this SDK: the values of
        `item_type` and `chunking_strategy`, the chunk sizes counted in words, and the
        `delete_email_data` / `delete_telephone_data` flags as the strings `"true"` /
        `"false"`.
        """
        from fetch_hive_api.api.knowledge_bases.create_knowledge_base_item import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "knowledge_base_item", fields)
        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.create",
            path={
                "knowledge_base_id": knowledge_base_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )

    def delete(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a knowledge-base item."""
        from fetch_hive_api.api.knowledge_bases.delete_knowledge_base_item import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.delete",
            path={
                "knowledge_base_id": knowledge_base_id,
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def get(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeBaseItem:
        """Get a knowledge-base item.

        Unknown knowledge base or item is a 422 (published SDK spec).
        """
        from fetch_hive_api.api.knowledge_bases.get_knowledge_base_item import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.get",
            path={
                "knowledge_base_id": knowledge_base_id,
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def list(
        self,
        knowledge_base_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[KnowledgeBaseItem]:
        """List a knowledge base's items.

        Source: fetch-hive-sdk 0.4.1 (`list_knowledge_base_items`) and the published SDK
        spec (answer `{knowledge_base_items: [...]}`). Unknown knowledge base: 422. Not
        paged.
        """
        from fetch_hive_api.api.knowledge_bases.list_knowledge_base_items import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.list",
            path={
                "knowledge_base_id": knowledge_base_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def regenerate(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RegenerateResponse:
        """Regenerate a knowledge-base item (chunk its text again).

        Answers `{message, request_id}` (published SDK spec). No request body (fetch-hive-
        sdk 0.4.1 sends `{}`, which is ignored). Assumption of this SDK: the `request_id`
        can be looked up with `getRequest` (`request_type` `knowledge_base_item`).
        """
        from fetch_hive_api.api.knowledge_bases.regenerate_knowledge_base_item import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.regenerate",
            path={
                "knowledge_base_id": knowledge_base_id,
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def update(
        self,
        knowledge_base_id: str,
        id: str,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[KnowledgeBaseItemUpdateArgs],
    ) -> KnowledgeBaseItem:
        """Update a knowledge-base item.

        Fields left out keep their value; a new text is chunked again.
        """
        from fetch_hive_api.api.knowledge_bases.update_knowledge_base_item import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "knowledge_base_item", fields)
        return self._client._call(
            OPERATION,
            options,
            "knowledge_bases.items.update",
            path={
                "knowledge_base_id": knowledge_base_id,
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )


class Agents(Namespace):
    """Agents of a workspace (their settings): `client.agents.create(name=..., llm_model=..., model_type=...)`.
    To talk to an agent, `client.invoke_agent(...)`."""

    __slots__ = ()

    @property
    def chats(self) -> Chats:
        """The chats of agents."""
        return Chats(self._client)

    def create(
        self,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[WorkspaceAgentCreateArgs],
    ) -> WorkspaceAgent:
        """Create an agent.

        Body `{agent: {name, llm_model, model_type, ...}}` (published SDK spec; `max_token`
        is typed as a UUID there, an evident slip: this SDK uses an integer). An unknown
        `llm_model` is the documented 422 "invalid LLM model"; the known models are those of
        `GET /public/models` (by `slug` or `id`). The created agent can be invoked with
        `POST /agent/invoke` by its `id`.
        """
        from fetch_hive_api.api.workspace_agents.create_agent import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "agent", fields)
        return self._client._call(
            OPERATION,
            options,
            "agents.create",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )

    def delete(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete an agent.

        Destroys the agent record, with its chats and their messages (the latter an
        assumption of this SDK).
        """
        from fetch_hive_api.api.workspace_agents.delete_agent import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.delete",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def get(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceAgent:
        """Get an agent.

        Unknown agent is the documented 422 "agent not found".
        """
        from fetch_hive_api.api.workspace_agents.get_agent import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.get",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def list(
        self,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WorkspaceAgent]:
        """List the workspace's agents.

        Returns standalone agents scoped to the requested public API workspace (published
        SDK spec: `{agents: [...]}`). Not paged.
        """
        from fetch_hive_api.api.workspace_agents.list_agents import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.list",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def update(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[WorkspaceAgentUpdateArgs],
    ) -> WorkspaceAgent:
        """Update an agent.

        Fields left out keep their value. Unknown agent or model: 422.
        """
        from fetch_hive_api.api.workspace_agents.update_agent import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "agent", fields)
        return self._client._call(
            OPERATION,
            options,
            "agents.update",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )


class Chats(Namespace):
    """Chats of an agent: `client.agents.chats.messages(agent_id, chat_id)`."""

    __slots__ = ()

    def clear_messages(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """Delete every message of a chat (the chat stays).

        Answers `{message, chat}` (published SDK spec; legacy docs: "Successfully cleared
        the messages."). No request body (fetch-hive-sdk 0.4.1 sends `{}`, which is
        ignored).
        """
        from fetch_hive_api.api.agent_chats.clear_agent_chat_messages import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.chats.clear_messages",
            path={
                "agent_id": agent_id,
                "chat_id": chat_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def create(
        self,
        agent_id: str,
        name: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """Create a chat with an agent.

        Body `{chat: {name}}` (published SDK spec). Assumption of this SDK: a chat is a
        persistent conversation whose id is the `thread_id` of `POST /agent/invoke`; the
        turns of such invokes are the chat's messages. Unknown agent: 422 (published spec).
        """
        from fetch_hive_api.api.agent_chats.create_agent_chat import OPERATION

        body: dict[str, Any] = {}
        put(body, "chat.name", name)
        return self._client._call(
            OPERATION,
            options,
            "agents.chats.create",
            path={
                "agent_id": agent_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )

    def delete(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a chat and its messages.

        Unknown chat is the documented 404.
        """
        from fetch_hive_api.api.agent_chats.delete_agent_chat import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.chats.delete",
            path={
                "agent_id": agent_id,
                "chat_id": chat_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def get(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Chat:
        """Get a chat.

        Unknown agent 422; unknown chat 404 (assumption of this SDK, after the documented
        404 of the delete).
        """
        from fetch_hive_api.api.agent_chats.get_agent_chat import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.chats.get",
            path={
                "agent_id": agent_id,
                "chat_id": chat_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def messages(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ChatMessage]:
        """List a chat's messages, oldest first.

        Published SDK spec `{messages: [...]}`. Not paged (none documented).
        """
        from fetch_hive_api.api.agent_chats.list_agent_chat_messages import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "agents.chats.messages",
            path={
                "agent_id": agent_id,
                "chat_id": chat_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def update(
        self,
        agent_id: str,
        chat_id: str,
        *,
        workspace_id: str | None = None,
        **kwargs: Unpack[ChatUpdateArgs],
    ) -> Chat:
        """Rename a chat."""
        from fetch_hive_api.api.agent_chats.update_agent_chat import OPERATION

        options, fields = split_options(kwargs)
        body: dict[str, Any] = {}
        put(body, "chat", fields)
        return self._client._call(
            OPERATION,
            options,
            "agents.chats.update",
            path={
                "agent_id": agent_id,
                "chat_id": chat_id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )


class HiveAgents(Namespace):
    """Hive Agent runs: `client.hive_agents.invoke(hive_agent, objective, callback_url=...)`."""

    __slots__ = ()

    def invoke(
        self,
        hive_agent: str,
        objective: str,
        *,
        unattended: bool | None = None,
        budget_policy: Literal["stop", "proceed_to_cap"] | None = None,
        sources: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        callback_url: str,
        **options: Unpack[RequestOptions],
    ) -> HiveAgentRunAccepted:
        """Start a Hive Agent run (signed callback when it ends).

        Starts a Hive Agent run asynchronously and returns identifiers immediately; the run
        does not stream and the HTTP answer never holds the result. A signed callback is
        sent to `async.callback_url` when the run completes, fails or is cancelled (see the
        `terminal` callback). `async.enabled` must be `true` and `async.callback_url` is
        required. Source: Fetch Hive's published SDK spec (0.2.8/0.2.9); there is no docs
        page for this operation.

        Assumptions of this SDK: the callback's event names (`hive_agent.completed`,
        `hive_agent.failed`, `hive_agent.cancelled`) and payload; its signature scheme is
        the one of every other callback (`X-Fetch-Hive-Signature`), keyed with the answer's
        `webhook_secret`; 422 for a body that breaks a rule (the published spec lists 400).
        """
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
        return self._client._call(
            OPERATION,
            options,
            "hive_agents.invoke",
            body=body,
            names={
                "async.callback_url": "callback_url",
            },
            because={
                "callback_url": "a Hive Agent run always reports its result by a signed callback to this URL (the invoke answers at once)"
            },
        )


class Delegations(Namespace):
    """Background work an agent started (delegations): `client.delegations.cancel(id)`."""

    __slots__ = ()

    def cancel(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AgentDelegation:
        """Cancel a pending or running background workflow.

        Cancels a pending or running background workflow that an agent started. Already
        finished delegations are returned unchanged. No request body (fetch-hive-sdk 0.4.1
        sends `{}`, which is ignored). Source: the published SDK spec 0.2.9.
        """
        from fetch_hive_api.api.agent_delegations.cancel_agent_delegation import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "delegations.cancel",
            path={
                "id": id,
            },
        )

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AgentDelegation:
        """Status and result of a background workflow an agent started.

        Returns the status and result of a background workflow started by an agent. Use this
        when you invoked an agent without a `thread_id` and without `async.callback_url`.
        Source: the published SDK spec 0.2.9 (no docs page).
        """
        from fetch_hive_api.api.agent_delegations.get_agent_delegation import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "delegations.get",
            path={
                "id": id,
            },
        )

    def list(
        self,
        thread_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AgentDelegation]:
        """Pending and running background workflows of a conversation thread.

        Lists pending and running background workflows for a conversation thread. Pass the
        same `thread_id` you send to `POST /agent/invoke`. Source: the published SDK spec
        0.2.9. Not paged.
        """
        from fetch_hive_api.api.agent_delegations.list_thread_delegations import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "delegations.list",
            path={
                "thread_id": thread_id,
            },
        )


class Approvals(Namespace):
    """Tool-action approvals: `client.approvals.decide(id, "allow_once")`."""

    __slots__ = ()

    def decide(
        self,
        id: str,
        decision: Literal["allow_once", "deny"],
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolActionApproval:
        """Decide a tool-action approval (the paused run goes on).

        Source: fetch-hive-sdk 0.4.1 (`decide_tool_action_approval(workspace_id,
        approval_id, decision)` sends `{"decision": ...}`; its docstring: "`decision` is
        `allow_once` or `deny`. An API-key run resumes on the server after this call").
        Assumptions of this SDK: the answer `{tool_action_approval}` (now `approved` or
        `denied`), 404 for an unknown id and 409 for an approval already decided.
        """
        from fetch_hive_api.api.tool_action_approvals.decide_tool_action_approval import OPERATION

        body: dict[str, Any] = {}
        put(body, "decision", decision)
        return self._client._call(
            OPERATION,
            options,
            "approvals.decide",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
            body=body,
        )

    def get(
        self,
        id: str,
        *,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolActionApproval:
        """Get one tool-action approval.

        Source: fetch-hive-sdk 0.4.1 (`get_tool_action_approval(workspace_id,
        approval_id)`). Assumptions of this SDK: the answer `{tool_action_approval}` and 404
        for an unknown id.
        """
        from fetch_hive_api.api.tool_action_approvals.get_tool_action_approval import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "approvals.get",
            path={
                "id": id,
                "workspace_id": self._client._workspace(workspace_id),
            },
        )

    def list(
        self,
        workspace_id: str | None = None,
        *,
        status: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        request_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ToolActionApproval]:
        """List tool-action approvals.

        Tool calls waiting for (or given) a human decision, for agents invoked with
        `tool_approval: "policy"`. Source: fetch-hive-sdk 0.4.1
        (`list_tool_action_approvals` and its query parameters); no docs page and no
        published-spec entry exist. Assumptions of this SDK: the answer
        `{tool_action_approvals, next_cursor}`, the approval object (`ToolActionApproval`),
        `status` defaulting to `pending` (0.4.1's docstring says "the server defaults status
        to pending"), and the paging: answers are ordered by creation, hold at most `limit`
        approvals (default 50, at most 100) and give a `next_cursor` to pass as `cursor`
        while more remain (`null` on the last page).

        Returns a pager over the items of every page, each page asked for when iteration
        reaches it: `to_list()` reads them all, `iter_pages()` and `first_page()` give the
        pages (see fetch_hive_sdk._pagination; awaiting the async one gives the list).
        """
        from fetch_hive_api.api.tool_action_approvals.list_tool_action_approvals import OPERATION

        return self._client._pages(
            OPERATION,
            options,
            "approvals.list",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
            query={
                "status": status,
                "agent_id": agent_id,
                "run_id": run_id,
                "request_id": request_id,
                "limit": page_size,
            },
            names={
                "limit": "page_size",
            },
        )


class Models(Namespace):
    """The models deployments can use: `client.models.list()`."""

    __slots__ = ()

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PublicModel]:
        """Active LLM and image-generation models.

        Returns all active (non-deprecated) LLM and image-generation models as a flat array;
        embedding-only models are left out (published SDK spec). Not paged.
        """
        from fetch_hive_api.api.models.list_models import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "models.list",
        )


class Assets(AssetUploads):
    """Files of a workspace: `client.assets.upload("report.pdf")`."""

    __slots__ = ()

    def list(
        self,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Asset]:
        """List the workspace's assets.

        Published SDK spec `{assets: [...]}`; 404 "workspace not found for API key". Not
        paged.
        """
        from fetch_hive_api.api.assets.list_assets import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "assets.list",
            path={
                "workspace_id": self._client._workspace(workspace_id),
            },
        )


class SearchServices(Namespace):
    """The countries each search tool supports: `client.search_services.countries("google_search")`."""

    __slots__ = ()

    def countries(
        self,
        service: str,
        **options: Unpack[RequestOptions],
    ) -> SearchServiceCatalogue:
        """The country catalogue of one search service.

        Public; needs no API key. Known services: `google_search`, `google_news`,
        `google_ai_mode`, `google_ai_overview`, `bing_search` (published SDK spec); any
        other is the documented 404 "unsupported service". Assumption of this SDK: the
        answer is the service's catalogue object (as one entry of
        `listSearchServiceCountries`).
        """
        from fetch_hive_api.api.search_services.get_search_service_countries import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "search_services.countries",
            path={
                "service": service,
            },
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SearchServiceCatalogue]:
        """Country catalogues of every search service.

        Public; needs no API key (published SDK spec). Use each country object's `value` as
        the country setting of that service. Assumption of this SDK: the catalogues'
        contents beyond their shape.
        """
        from fetch_hive_api.api.search_services.list_search_service_countries import OPERATION

        return self._client._call(
            OPERATION,
            options,
            "search_services.list",
        )
