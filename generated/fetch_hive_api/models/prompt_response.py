from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    FLOAT,
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["PromptResponse"]


class PromptResponse(APIObject):
    """Answer of a non-streaming prompt invoke. The docs always show `request_id`; the
    published SDK spec leaves it out of some answers. Assumption of this SDK: it may
    be absent (source: Fetch Hive's published SDK spec). Assumption of this SDK: the
    other fields the docs list for every answer (`model`, `duration`, `response`,
    `usage`, `stop_reason`) are always there; `reasoning` only for reasoning models.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def model(self) -> str:
        """The `model` field. Required by the schema."""
        value = field_value(self, "model")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("model")

    @property
    def duration(self) -> float:
        """Seconds. Required by the schema."""
        value = field_value(self, "duration")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("duration")

    @property
    def response(self) -> str:
        """The `response` field. Required by the schema."""
        value = field_value(self, "response")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("response")

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
    def stop_reason(self) -> str:
        """Open string; `completed` is the only documented value. Required by the schema."""
        value = field_value(self, "stop_reason")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("stop_reason")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def reasoning(self) -> str | None:
        """Present for reasoning models."""
        value = field_value(self, "reasoning")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("reasoning")


from ..models.usage import Usage

PromptResponse._sdk_define(
    {
        "model": Field(STR, required=True),
        "duration": Field(FLOAT, required=True),
        "response": Field(STR, required=True),
        "usage": Field(ModelOf(Usage), required=True),
        "stop_reason": Field(STR, required=True),
        "request_id": Field(STR),
        "reasoning": Field(STR),
    },
)
