from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["ChatUpdateRequest", "ChatUpdateRequestDict"]


class ChatUpdateRequest(APIObject):
    """The `ChatUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chat(self) -> ChatUpdate:
        """The `chat` field. Required by the schema."""
        return cast("ChatUpdate", self._sdk_read("chat"))


# The fields a caller may send, for type checkers (`**fields: Unpack[ChatUpdateRequestDict]`).
class ChatUpdateRequestDict(TypedDict, total=False):
    chat: Required[Mapping[str, Any]]


from ..models.chat_update import ChatUpdate

ChatUpdateRequest._sdk_define(
    {
        "chat": Field(ModelOf(ChatUpdate), required=True),
    },
    closed=True,
)
