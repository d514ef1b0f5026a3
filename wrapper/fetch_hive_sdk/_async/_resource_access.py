"""`client.knowledge_bases`, `client.agents`, `client.hive_agents`, `client.delegations`, `client.approvals`, `client.models`, `client.assets`, `client.search_services`, `client.with_raw_response` and `client.with_streaming_response`.

Generated from openapi.yaml by scripts/generate.py (templates/sdk/resource_access.py.jinja):
do not edit. Each property makes its namespace from `_resources` (namespaces.py.jinja),
which is imported when a program first reads one of them: most programs only invoke
deployments, and the namespaces are the largest module of the SDK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ._client import AsyncFetchHive
    from ._resources import (
        AsyncAgents,
        AsyncApprovals,
        AsyncAssets,
        AsyncClientWithRawResponse,
        AsyncClientWithStreamingResponse,
        AsyncDelegations,
        AsyncHiveAgents,
        AsyncKnowledgeBases,
        AsyncModels,
        AsyncSearchServices,
    )

__all__ = ["AsyncResources"]


class AsyncResources:
    """The resource namespaces of a client: `knowledge_bases`, `agents`, `hive_agents`, `delegations`, `approvals`, `models`, `assets`, `search_services`."""

    @property
    def knowledge_bases(self) -> AsyncKnowledgeBases:
        """Knowledge bases and their items: list, create, get, update, delete, search."""
        from ._resources import AsyncKnowledgeBases

        return AsyncKnowledgeBases(cast("AsyncFetchHive", self))

    @property
    def agents(self) -> AsyncAgents:
        """Workspace agents (their settings) and their chats."""
        from ._resources import AsyncAgents

        return AsyncAgents(cast("AsyncFetchHive", self))

    @property
    def hive_agents(self) -> AsyncHiveAgents:
        """Hive Agent runs."""
        from ._resources import AsyncHiveAgents

        return AsyncHiveAgents(cast("AsyncFetchHive", self))

    @property
    def delegations(self) -> AsyncDelegations:
        """Background work agents started."""
        from ._resources import AsyncDelegations

        return AsyncDelegations(cast("AsyncFetchHive", self))

    @property
    def approvals(self) -> AsyncApprovals:
        """Tool-action approvals."""
        from ._resources import AsyncApprovals

        return AsyncApprovals(cast("AsyncFetchHive", self))

    @property
    def models(self) -> AsyncModels:
        """The models deployments can use."""
        from ._resources import AsyncModels

        return AsyncModels(cast("AsyncFetchHive", self))

    @property
    def assets(self) -> AsyncAssets:
        """Files of a workspace."""
        from ._resources import AsyncAssets

        return AsyncAssets(cast("AsyncFetchHive", self))

    @property
    def search_services(self) -> AsyncSearchServices:
        """The countries of the search tools."""
        from ._resources import AsyncSearchServices

        return AsyncSearchServices(cast("AsyncFetchHive", self))

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The client's operations, each returning its `AsyncAPIResponse`: the HTTP answer
        (status, headers, request id) and `parse()` for what the method returns."""
        from ._resources import AsyncClientWithRawResponse

        return AsyncClientWithRawResponse(cast("AsyncFetchHive", self))

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The client's operations, each returning a context manager of its
        `AsyncStreamedResponse`: the body is read only as asked."""
        from ._resources import AsyncClientWithStreamingResponse

        return AsyncClientWithStreamingResponse(cast("AsyncFetchHive", self))
