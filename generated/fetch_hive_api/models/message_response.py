from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["MessageResponse"]


class MessageResponse(APIObject):
    """A confirmation with a human-readable `message`.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


MessageResponse._sdk_define(
    {
        "message": Field(STR),
    },
)
