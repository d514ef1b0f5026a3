from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    APIObject,
    Field,
    field_value,
)

__all__ = ["PromptTokens"]


class PromptTokens(APIObject):
    """Assumption of this SDK: `total_tokens` is in every one (the docs show it in every
    usage object); `cached_tokens` may be left out.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def total_tokens(self) -> int:
        """The `total_tokens` field. Required by the schema."""
        value = field_value(self, "total_tokens")
        if isinstance(value, int) and not isinstance(value, bool):
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
        "total_tokens": Field(INT, required=True),
        "cached_tokens": Field(INT),
    },
)
