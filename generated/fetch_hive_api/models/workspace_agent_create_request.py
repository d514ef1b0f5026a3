from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["WorkspaceAgentCreateRequest", "WorkspaceAgentCreateRequestDict"]


class WorkspaceAgentCreateRequest(APIObject):
    """The `WorkspaceAgentCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agent(self) -> WorkspaceAgentCreate:
        """The `agent` field. Required by the schema."""
        return cast("WorkspaceAgentCreate", self._sdk_read("agent"))


# The fields a caller may send, for type checkers (`**fields: Unpack[WorkspaceAgentCreateRequestDict]`).
class WorkspaceAgentCreateRequestDict(TypedDict, total=False):
    agent: Required[Mapping[str, Any]]


from ..models.workspace_agent_create import WorkspaceAgentCreate

WorkspaceAgentCreateRequest._sdk_define(
    {
        "agent": Field(ModelOf(WorkspaceAgentCreate), required=True),
    },
    closed=True,
)
