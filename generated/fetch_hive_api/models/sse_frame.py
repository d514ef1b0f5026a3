from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["SseFrame"]


class SseFrame(APIObject):
    """One Server-Sent-Events frame as a client sees it: `data` holds the JSON of one
    `*Event` schema (or `[DONE]`); `event` is `message` for data-only frames.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def data(self) -> str:
        """The `data` field. Required by the schema."""
        value = field_value(self, "data")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("data")

    @property
    def event(self) -> str | None:
        """The `event` field."""
        value = field_value(self, "event")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("event")

    @property
    def id(self) -> str | None:
        """The `id` field."""
        value = field_value(self, "id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def retry(self) -> int | None:
        """The `retry` field."""
        value = field_value(self, "retry")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("retry")


SseFrame._sdk_define(
    {
        "data": Field(STR, required=True),
        "event": Field(STR),
        "id": Field(STR),
        "retry": Field(INT),
    },
)
