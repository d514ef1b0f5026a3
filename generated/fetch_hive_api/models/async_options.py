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

__all__ = ["AsyncOptions", "AsyncOptionsDict"]


class AsyncOptions(APIObject):
    """Callback delivery settings.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def enabled(self) -> bool:
        """`true`: return at once and deliver the result by signed callback. Required by the schema."""
        value = field_value(self, "enabled")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("enabled")

    @property
    def callback_url(self) -> str | None:
        """Required when `enabled` is true. Where Fetch Hive POSTs the completion event."""
        value = field_value(self, "callback_url")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("callback_url")


# The fields a caller may send, for type checkers (`**fields: Unpack[AsyncOptionsDict]`).
class AsyncOptionsDict(TypedDict, total=False):
    enabled: Required[bool]
    callback_url: str


AsyncOptions._sdk_define(
    {
        "enabled": Field(BOOL, required=True),
        "callback_url": Field(
            Limits(
                Uri("callback"),
                pattern="^([hH][tT][tT][pP][sS]://|[hH][tT][tT][pP]://([lL][oO][cC][aA][lL][hH][oO][sS][tT]|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))",
            )
        ),
    },
    closed=True,
)
