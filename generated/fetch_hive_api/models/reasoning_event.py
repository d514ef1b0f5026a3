from __future__ import annotations

from typing import Literal

from fetch_hive_runtime import (
    BOOL,
    STR,
    APIObject,
    Const,
    Field,
    field_value,
)

__all__ = ["ReasoningEvent"]


class ReasoningEvent(APIObject):
    """A chunk of the model's reasoning. `response` holds the chunk's text: every event of
    this type carries one (the docs' field list; assumption of this SDK that it is never
    left out).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def type(self) -> Literal["reasoning"]:
        """The `type` field. Required by the schema."""
        value = field_value(self, "type")
        if value == "reasoning":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("type")

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
    def done(self) -> bool | None:
        """Agents only; per chunk, not the end of the stream."""
        value = field_value(self, "done")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("done")


ReasoningEvent._sdk_define(
    {
        "type": Field(Const("reasoning"), required=True),
        "response": Field(STR, required=True),
        "request_id": Field(STR),
        "model": Field(STR),
        "done": Field(BOOL),
    },
)
