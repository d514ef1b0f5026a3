from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["ChatUpdateRequest"]


class ChatUpdateRequest(APIObject):
    """The `ChatUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chat(self) -> ChatUpdate:
        """The `chat` field. Required by the schema."""
        return cast("ChatUpdate", self._sdk_read("chat"))


from ..models.chat_update import ChatUpdate

ChatUpdateRequest._sdk_define(
    {
        "chat": Field(ModelOf(ChatUpdate), required=True),
    }
)
