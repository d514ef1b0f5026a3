from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["WorkspaceAgentEnvelope"]


class WorkspaceAgentEnvelope(APIObject):
    """The `WorkspaceAgentEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agent(self) -> WorkspaceAgent:
        """An agent of the workspace. The published spec types it only as "object"; the fields
        are those of the create and update bodies plus `id`, `generated_at` and `status`
        (assumption of this SDK). Assumption of this SDK: `id` and the fields creating an
        agent requires (`name`, `llm_model`, `model_type`) are in every one. Required by the schema."""
        return cast("WorkspaceAgent", self._sdk_read("agent"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.workspace_agent import WorkspaceAgent

WorkspaceAgentEnvelope._sdk_define(
    {
        "agent": Field(ModelOf(WorkspaceAgent), required=True),
        "message": Field(STR),
    },
)
