from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["ChatEnvelope"]


class ChatEnvelope(APIObject):
    """The `ChatEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def chat(self) -> Chat:
        """A chat with an agent (published SDK spec). Assumption of this SDK: `id` is in every
        one. Required by the schema."""
        return cast("Chat", self._sdk_read("chat"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.chat import Chat

ChatEnvelope._sdk_define(
    {
        "chat": Field(ModelOf(Chat), required=True),
        "message": Field(STR),
    },
)
