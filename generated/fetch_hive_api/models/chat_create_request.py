from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["ChatCreateRequest"]


class ChatCreateRequest(APIObject):
    """The `ChatCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chat(self) -> ChatCreate:
        """The `chat` field. Required by the schema."""
        return cast("ChatCreate", self._sdk_read("chat"))


from ..models.chat_create import ChatCreate

ChatCreateRequest._sdk_define(
    {
        "chat": Field(ModelOf(ChatCreate), required=True),
    }
)
