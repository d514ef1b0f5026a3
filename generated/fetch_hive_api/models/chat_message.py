from __future__ import annotations

import datetime as _dt
from typing import cast

from fetch_hive_runtime import (
    DATETIME,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["ChatMessage"]


class ChatMessage(APIObject):
    """One message of a chat (published SDK spec). Assumption of this SDK: `id` and `role`
    are in every one (`content` may be null).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """The `id` field. Required by the schema."""
        value = field_value(self, "id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def role(self) -> str:
        """The `role` field. Required by the schema."""
        value = field_value(self, "role")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("role")

    @property
    def content(self) -> str | None:
        """The `content` field."""
        return cast("str | None", self._sdk_read("content"))

    @property
    def sent_at(self) -> _dt.datetime | None:
        """The `sent_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("sent_at"))

    @property
    def chat_id(self) -> str | None:
        """The `chat_id` field."""
        value = field_value(self, "chat_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("chat_id")


ChatMessage._sdk_define(
    {
        "id": Field(STR, required=True),
        "role": Field(STR, required=True),
        "content": Field(OneOf(STR, NULL)),
        "sent_at": Field(DATETIME),
        "chat_id": Field(STR),
    },
)
