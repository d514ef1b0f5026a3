from __future__ import annotations

from typing import Literal, cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Const,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["UsageEvent"]


class UsageEvent(APIObject):
    """Last event of a complete stream.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def type(self) -> Literal["usage"]:
        """The `type` field. Required by the schema."""
        value = field_value(self, "type")
        if value == "usage":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("type")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def usage(self) -> Usage | None:
        """Token usage. The docs show nested token objects (`prompt_tokens.total_tokens`); the
        public SDK's spec shows flat integers (`prompt_tokens: 10`). Both are accepted:
        the nested objects are documented, the flat integers are a documented alternative
        (source: Fetch Hive's published SDK spec). `duration` (seconds) appears in stream
        usage."""
        return cast("Usage | None", self._sdk_read("usage"))

    @property
    def stop_reason(self) -> str | None:
        """The `stop_reason` field."""
        value = field_value(self, "stop_reason")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("stop_reason")


from ..models.usage import Usage

UsageEvent._sdk_define(
    {
        "type": Field(Const("usage"), required=True),
        "request_id": Field(STR),
        "usage": Field(ModelOf(Usage)),
        "stop_reason": Field(STR),
    },
)
