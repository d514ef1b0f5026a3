from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["ToolActionApprovalEnvelope"]


class ToolActionApprovalEnvelope(APIObject):
    """The `ToolActionApprovalEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def tool_action_approval(self) -> ToolActionApproval:
        """A tool call of an agent run that waits for (or got) a human decision. Assumption of
        this SDK (no published shape): the fields below, `id` and `status` in every one;
        `status` `pending`, `approved` or `denied` (open string). Required by the schema."""
        return cast("ToolActionApproval", self._sdk_read("tool_action_approval"))


from ..models.tool_action_approval import ToolActionApproval

ToolActionApprovalEnvelope._sdk_define(
    {
        "tool_action_approval": Field(ModelOf(ToolActionApproval), required=True),
    },
)
