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
    be absent (source: Fetch Hive's published SDK spec).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def response(self) -> str:
        """The `response` field. Required by the schema."""
        value = field_value(self, "response")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("response")

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def model(self) -> str | None:
        """The `model` field."""
        value = field_value(self, "model")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model")

    @property
    def duration(self) -> float | None:
        """Seconds."""
        value = field_value(self, "duration")
        if value is None or (
            isinstance(value, int | float) and not isinstance(value, bool)
        ):
            return value
        raise self._sdk_misfit("duration")

    @property
    def reasoning(self) -> str | None:
        """Present for reasoning models."""
        value = field_value(self, "reasoning")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("reasoning")

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
        """Open string; `completed` is the only documented value."""
        value = field_value(self, "stop_reason")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("stop_reason")


from ..models.usage import Usage

PromptResponse._sdk_define(
    {
        "response": Field(STR, required=True),
        "request_id": Field(STR),
        "model": Field(STR),
        "duration": Field(FLOAT),
        "reasoning": Field(STR),
        "usage": Field(ModelOf(Usage)),
        "stop_reason": Field(STR),
    },
)
