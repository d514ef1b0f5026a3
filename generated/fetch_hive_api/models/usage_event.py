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
    """Last event of a complete stream. Assumption of this SDK: `usage` is always there
    (the docs' field list; it is the event's content).

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
    def usage(self) -> Usage:
        """Token usage. The docs show nested token objects (`prompt_tokens.total_tokens`); the
        public SDK's spec shows flat integers (`prompt_tokens: 10`). Both are accepted:
        the nested objects are documented, the flat integers are a documented alternative
        (source: Fetch Hive's published SDK spec). `duration` (seconds) appears in stream
        usage. Assumption of this SDK: `prompt_tokens`, `completion_tokens` and
        `total_tokens` are in every usage object (the docs show all three in every answer
        and `usage` event; the published SDK spec's flat shape has them too). Required by the schema."""
        return cast("Usage", self._sdk_read("usage"))

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

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
        "usage": Field(ModelOf(Usage), required=True),
        "request_id": Field(STR),
        "stop_reason": Field(STR),
    },
)
