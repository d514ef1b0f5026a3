from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["ChatMessageList"]


class ChatMessageList(APIObject):
    """The `ChatMessageList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def messages(self) -> list[ChatMessage]:
        """The `messages` field. Required by the schema."""
        return cast("list[ChatMessage]", self._sdk_read("messages"))


from ..models.chat_message import ChatMessage

ChatMessageList._sdk_define(
    {
        "messages": Field(ListOf(ModelOf(ChatMessage)), required=True),
    },
)
