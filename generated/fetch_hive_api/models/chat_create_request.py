from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["ChatCreateRequest", "ChatCreateRequestDict"]


class ChatCreateRequest(APIObject):
    """The `ChatCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chat(self) -> ChatCreate:
        """The `chat` field. Required by the schema."""
        return cast("ChatCreate", self._sdk_read("chat"))


# The fields a caller may send, for type checkers (`**fields: Unpack[ChatCreateRequestDict]`).
class ChatCreateRequestDict(TypedDict, total=False):
    chat: Required[Mapping[str, Any]]


from ..models.chat_create import ChatCreate

ChatCreateRequest._sdk_define(
    {
        "chat": Field(ModelOf(ChatCreate), required=True),
    },
    closed=True,
)
