from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["WorkspaceAgentList"]


class WorkspaceAgentList(APIObject):
    """The `WorkspaceAgentList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agents(self) -> list[WorkspaceAgent]:
        """The `agents` field. Required by the schema."""
        return cast("list[WorkspaceAgent]", self._sdk_read("agents"))


from ..models.workspace_agent import WorkspaceAgent

WorkspaceAgentList._sdk_define(
    {
        "agents": Field(ListOf(ModelOf(WorkspaceAgent)), required=True),
    },
)
