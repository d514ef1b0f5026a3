from __future__ import annotations

from typing import Required, TypedDict

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    Limits,
    field_value,
)

__all__ = ["ChatCreate", "ChatCreateDict"]


class ChatCreate(APIObject):
    """The `ChatCreate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str:
        """The `name` field. Required by the schema."""
        value = field_value(self, "name")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("name")


# The fields a caller may send, for type checkers (`**fields: Unpack[ChatCreateDict]`).
class ChatCreateDict(TypedDict, total=False):
    name: Required[str]


ChatCreate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1), required=True),
    },
    closed=True,
)
