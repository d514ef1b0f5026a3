from __future__ import annotations

from typing import TypedDict

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    Limits,
    field_value,
)

__all__ = ["ChatUpdate", "ChatUpdateDict"]


class ChatUpdate(APIObject):
    """The `ChatUpdate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")


# The fields a caller may send, for type checkers (`**fields: Unpack[ChatUpdateDict]`).
class ChatUpdateDict(TypedDict, total=False):
    name: str


ChatUpdate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1)),
    },
    closed=True,
)
