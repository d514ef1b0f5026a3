from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["WorkspaceAgentUpdateRequest", "WorkspaceAgentUpdateRequestDict"]


class WorkspaceAgentUpdateRequest(APIObject):
    """The `WorkspaceAgentUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agent(self) -> WorkspaceAgentUpdate:
        """The `agent` field. Required by the schema."""
        return cast("WorkspaceAgentUpdate", self._sdk_read("agent"))


# The fields a caller may send, for type checkers (`**fields: Unpack[WorkspaceAgentUpdateRequestDict]`).
class WorkspaceAgentUpdateRequestDict(TypedDict, total=False):
    agent: Required[Mapping[str, Any]]


from ..models.workspace_agent_update import WorkspaceAgentUpdate

WorkspaceAgentUpdateRequest._sdk_define(
    {
        "agent": Field(ModelOf(WorkspaceAgentUpdate), required=True),
    },
    closed=True,
)
