from __future__ import annotations

from typing import Literal, Required, TypedDict

from fetch_hive_runtime import (
    APIObject,
    Choice,
    Field,
    field_value,
)

__all__ = ["ToolActionDecision", "ToolActionDecisionDict"]


class ToolActionDecision(APIObject):
    """The `ToolActionDecision` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def decision(self) -> str:
        """fetch-hive-sdk 0.4.1: `allow_once` or `deny`. Required by the schema."""
        value = field_value(self, "decision")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("decision")


# The fields a caller may send, for type checkers (`**fields: Unpack[ToolActionDecisionDict]`).
class ToolActionDecisionDict(TypedDict, total=False):
    decision: Required[Literal["allow_once", "deny"]]


ToolActionDecision._sdk_define(
    {
        "decision": Field(Choice("allow_once", "deny"), required=True),
    },
    closed=True,
)
