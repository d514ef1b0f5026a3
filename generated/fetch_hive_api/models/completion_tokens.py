from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    APIObject,
    Field,
    field_value,
)

__all__ = ["CompletionTokens"]


class CompletionTokens(APIObject):
    """The `CompletionTokens` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def total_tokens(self) -> int | None:
        """The `total_tokens` field."""
        value = field_value(self, "total_tokens")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("total_tokens")

    @property
    def reasoning_tokens(self) -> int | None:
        """The `reasoning_tokens` field."""
        value = field_value(self, "reasoning_tokens")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("reasoning_tokens")


CompletionTokens._sdk_define(
    {
        "total_tokens": Field(INT),
        "reasoning_tokens": Field(INT),
    },
)
