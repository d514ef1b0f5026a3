"""Written by scripts/unasync.py from _async/_resource_access.py: do not edit.

`client.knowledge_bases`, `client.agents`, `client.hive_agents`, `client.delegations`, `client.approvals`, `client.models`, `client.assets`, `client.search_services`, `client.with_raw_response` and `client.with_streaming_response`.

Generated from openapi.yaml by scripts/generate.py (templates/sdk/resource_access.py.jinja):
do not edit. Each property makes its namespace from `_resources` (namespaces.py.jinja),
which is imported when a program first reads one of them: most programs only invoke
deployments, and the namespaces are the largest module of the SDK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ._client import FetchHive
    from ._resources import (
        Agents,
        Approvals,
        Assets,
        ClientWithRawResponse,
        ClientWithStreamingResponse,
        Delegations,
        HiveAgents,
        KnowledgeBases,
        Models,
        SearchServices,
    )

__all__ = ["Resources"]


class Resources:
    """The resource namespaces of a client: `knowledge_bases`, `agents`, `hive_agents`, `delegations`, `approvals`, `models`, `assets`, `search_services`."""

    @property
    def knowledge_bases(self) -> KnowledgeBases:
        """Knowledge bases and their items: list, create, get, update, delete, search."""
        from ._resources import KnowledgeBases

        return KnowledgeBases(cast("FetchHive", self))

    @property
    def agents(self) -> Agents:
        """Workspace agents (their settings) and their chats."""
        from ._resources import Agents

        return Agents(cast("FetchHive", self))

    @property
    def hive_agents(self) -> HiveAgents:
        """Hive Agent runs."""
        from ._resources import HiveAgents

        return HiveAgents(cast("FetchHive", self))

    @property
    def delegations(self) -> Delegations:
        """Background work agents started."""
        from ._resources import Delegations

        return Delegations(cast("FetchHive", self))

    @property
    def approvals(self) -> Approvals:
        """Tool-action approvals."""
        from ._resources import Approvals

        return Approvals(cast("FetchHive", self))

    @property
    def models(self) -> Models:
        """The models deployments can use."""
        from ._resources import Models

        return Models(cast("FetchHive", self))

    @property
    def assets(self) -> Assets:
        """Files of a workspace."""
        from ._resources import Assets

        return Assets(cast("FetchHive", self))

    @property
    def search_services(self) -> SearchServices:
        """The countries of the search tools."""
        from ._resources import SearchServices

        return SearchServices(cast("FetchHive", self))

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The client's operations, each returning its `APIResponse`: the HTTP answer
        (status, headers, request id) and `parse()` for what the method returns."""
        from ._resources import ClientWithRawResponse

        return ClientWithRawResponse(cast("FetchHive", self))

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The client's operations, each returning a context manager of its
        `StreamedResponse`: the body is read only as asked."""
        from ._resources import ClientWithStreamingResponse

        return ClientWithStreamingResponse(cast("FetchHive", self))
