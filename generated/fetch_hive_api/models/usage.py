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
    usage. Assumption of this SDK: `prompt_tokens`, `completion_tokens` and
    `total_tokens` are in every usage object (the docs show all three in every answer
    and `usage` event; the published SDK spec's flat shape has them too).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def prompt_tokens(self) -> PromptTokens | int:
        """Nested token counts (docs), or a flat count (published SDK spec). Required by the schema."""
        return cast("PromptTokens | int", self._sdk_read("prompt_tokens"))

    @property
    def completion_tokens(self) -> CompletionTokens | int:
        """Nested token counts (docs), or a flat count (published SDK spec). Required by the schema."""
        return cast("CompletionTokens | int", self._sdk_read("completion_tokens"))

    @property
    def total_tokens(self) -> int:
        """The `total_tokens` field. Required by the schema."""
        value = field_value(self, "total_tokens")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("total_tokens")

    @property
    def duration(self) -> float | None:
        """The `duration` field."""
        value = field_value(self, "duration")
        if value is None or (
            isinstance(value, int | float) and not isinstance(value, bool)
        ):
            return value
        raise self._sdk_misfit("duration")


from ..models.completion_tokens import CompletionTokens
from ..models.prompt_tokens import PromptTokens

Usage._sdk_define(
    {
        "prompt_tokens": Field(OneOf(ModelOf(PromptTokens), INT), required=True),
        "completion_tokens": Field(
            OneOf(ModelOf(CompletionTokens), INT), required=True
        ),
        "total_tokens": Field(INT, required=True),
        "duration": Field(FLOAT),
    },
)
