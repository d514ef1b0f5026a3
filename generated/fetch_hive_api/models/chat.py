from __future__ import annotations

import datetime as _dt
from typing import Any, cast

from fetch_hive_runtime import (
    DATETIME,
    DICT,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["Chat"]


class Chat(APIObject):
    """A chat with an agent (published SDK spec). Assumption of this SDK: `id` is in every
    one.

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
    def name(self) -> str | None:
        """The `name` field."""
        return cast("str | None", self._sdk_read("name"))

    @property
    def last_message_content(self) -> str | None:
        """The `last_message_content` field."""
        return cast("str | None", self._sdk_read("last_message_content"))

    @property
    def last_message_sent_at(self) -> _dt.datetime | None:
        """The `last_message_sent_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("last_message_sent_at"))

    @property
    def message_count(self) -> int | None:
        """The `message_count` field."""
        value = field_value(self, "message_count")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("message_count")

    @property
    def generated_at(self) -> _dt.datetime | None:
        """The `generated_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("generated_at"))

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def agent(self) -> dict[str, Any] | None:
        """The `agent` field."""
        return cast("dict[str, Any] | None", self._sdk_read("agent"))


Chat._sdk_define(
    {
        "id": Field(STR, required=True),
        "name": Field(OneOf(STR, NULL)),
        "last_message_content": Field(OneOf(STR, NULL)),
        "last_message_sent_at": Field(OneOf(DATETIME, NULL)),
        "message_count": Field(INT),
        "generated_at": Field(DATETIME),
        "status": Field(STR),
        "agent": Field(DICT),
    },
)
