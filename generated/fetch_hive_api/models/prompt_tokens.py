from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    APIObject,
    Field,
    field_value,
)

__all__ = ["PromptTokens"]


class PromptTokens(APIObject):
    """The `PromptTokens` object of the API.

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
    def cached_tokens(self) -> int | None:
        """The `cached_tokens` field."""
        value = field_value(self, "cached_tokens")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("cached_tokens")


PromptTokens._sdk_define(
    {
        "total_tokens": Field(INT),
        "cached_tokens": Field(INT),
    },
)
