from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["WorkspaceAgentCreateRequest"]


class WorkspaceAgentCreateRequest(APIObject):
    """The `WorkspaceAgentCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agent(self) -> WorkspaceAgentCreate:
        """The `agent` field. Required by the schema."""
        return cast("WorkspaceAgentCreate", self._sdk_read("agent"))


from ..models.workspace_agent_create import WorkspaceAgentCreate

WorkspaceAgentCreateRequest._sdk_define(
    {
        "agent": Field(ModelOf(WorkspaceAgentCreate), required=True),
    }
)
