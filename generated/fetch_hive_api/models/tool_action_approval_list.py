from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    NULL,
    STR,
    APIObject,
    Field,
    ListOf,
    ModelOf,
    OneOf,
)

__all__ = ["ToolActionApprovalList"]


class ToolActionApprovalList(APIObject):
    """The `ToolActionApprovalList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def tool_action_approvals(self) -> list[ToolActionApproval]:
        """The `tool_action_approvals` field. Required by the schema."""
        return cast("list[ToolActionApproval]", self._sdk_read("tool_action_approvals"))

    @property
    def next_cursor(self) -> str | None:
        """Pass as `cursor` for the next page; null on the last page (assumption of this SDK)."""
        return cast("str | None", self._sdk_read("next_cursor"))


from ..models.tool_action_approval import ToolActionApproval

ToolActionApprovalList._sdk_define(
    {
        "tool_action_approvals": Field(
            ListOf(ModelOf(ToolActionApproval)), required=True
        ),
        "next_cursor": Field(OneOf(STR, NULL)),
    },
)
