from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    FLOAT,
    INT,
    APIObject,
    Field,
    ModelOf,
    OneOf,
    field_value,
)

__all__ = ["Usage"]


class Usage(APIObject):
    """Token usage. The docs show nested token objects (`prompt_tokens.total_tokens`); the
    public SDK's spec shows flat integers (`prompt_tokens: 10`). Both are accepted:
    the nested objects are documented, the flat integers are a documented alternative
    (source: Fetch Hive's published SDK spec). `duration` (seconds) appears in stream
    usage.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def duration(self) -> float | None:
        """The `duration` field."""
        value = field_value(self, "duration")
        if value is None or (
            isinstance(value, int | float) and not isinstance(value, bool)
        ):
            return value
        raise self._sdk_misfit("duration")

    @property
    def prompt_tokens(self) -> PromptTokens | int | None:
        """Nested token counts (docs), or a flat count (published SDK spec)."""
        return cast("PromptTokens | int | None", self._sdk_read("prompt_tokens"))

    @property
    def completion_tokens(self) -> CompletionTokens | int | None:
        """Nested token counts (docs), or a flat count (published SDK spec)."""
        return cast(
            "CompletionTokens | int | None", self._sdk_read("completion_tokens")
        )

    @property
    def total_tokens(self) -> int | None:
        """The `total_tokens` field."""
        value = field_value(self, "total_tokens")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("total_tokens")


from ..models.completion_tokens import CompletionTokens
from ..models.prompt_tokens import PromptTokens

Usage._sdk_define(
    {
        "duration": Field(FLOAT),
        "prompt_tokens": Field(OneOf(ModelOf(PromptTokens), INT)),
        "completion_tokens": Field(OneOf(ModelOf(CompletionTokens), INT)),
        "total_tokens": Field(INT),
    },
)
