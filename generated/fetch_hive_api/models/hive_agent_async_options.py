from __future__ import annotations

from typing import Required, TypedDict

from fetch_hive_runtime import (
    BOOL,
    APIObject,
    Field,
    Limits,
    Uri,
    field_value,
)

__all__ = ["HiveAgentAsyncOptions", "HiveAgentAsyncOptionsDict"]


class HiveAgentAsyncOptions(APIObject):
    """Required callback delivery of a Hive Agent run (published SDK spec
    `HiveAgentAsyncConfig`).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def enabled(self) -> bool:
        """Must be `true`. Required by the schema."""
        value = field_value(self, "enabled")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("enabled")

    @property
    def callback_url(self) -> str:
        """HTTPS URL that receives the signed terminal callback. Required by the schema."""
        value = field_value(self, "callback_url")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("callback_url")


# The fields a caller may send, for type checkers (`**fields: Unpack[HiveAgentAsyncOptionsDict]`).
class HiveAgentAsyncOptionsDict(TypedDict, total=False):
    enabled: Required[bool]
    callback_url: Required[str]


HiveAgentAsyncOptions._sdk_define(
    {
        "enabled": Field(BOOL, required=True),
        "callback_url": Field(
            Limits(
                Uri("callback"),
                pattern="^([hH][tT][tT][pP][sS]://|[hH][tT][tT][pP]://([lL][oO][cC][aA][lL][hH][oO][sS][tT]|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))",
            ),
            required=True,
        ),
    },
    closed=True,
)
