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

__all__ = ["TriggerAsyncOptions", "TriggerAsyncOptionsDict"]


class TriggerAsyncOptions(APIObject):
    """Callback delivery settings of a webhook trigger. Triggers always use callback
    delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
    code snippets of the docs use the invoke's `async` object).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def callback_url(self) -> str:
        """The `callback_url` field. Required by the schema."""
        value = field_value(self, "callback_url")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("callback_url")

    @property
    def enabled(self) -> bool | None:
        """Optional; when sent it must be `true` (a trigger cannot deliver directly)."""
        value = field_value(self, "enabled")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("enabled")


# The fields a caller may send, for type checkers (`**fields: Unpack[TriggerAsyncOptionsDict]`).
class TriggerAsyncOptionsDict(TypedDict, total=False):
    callback_url: Required[str]
    enabled: bool


TriggerAsyncOptions._sdk_define(
    {
        "callback_url": Field(
            Limits(
                Uri("callback"),
                pattern="^([hH][tT][tT][pP][sS]://|[hH][tT][tT][pP]://([lL][oO][cC][aA][lL][hH][oO][sS][tT]|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))",
            ),
            required=True,
        ),
        "enabled": Field(BOOL),
    },
    closed=True,
)
