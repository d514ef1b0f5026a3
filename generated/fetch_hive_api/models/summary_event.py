from __future__ import annotations

from typing import Literal

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Const,
    Field,
    field_value,
)

__all__ = ["SummaryEvent"]


class SummaryEvent(APIObject):
    """Agent with a persistent thread; first, before any text.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def type(self) -> Literal["summary"]:
        """The `type` field. Required by the schema."""
        value = field_value(self, "type")
        if value == "summary":
            return value  # type: ignore[no-any-return]
        raise self._sdk_misfit("type")

    @property
    def summary_text(self) -> str | None:
        """The `summary_text` field."""
        value = field_value(self, "summary_text")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("summary_text")

    @property
    def original_token_count(self) -> int | None:
        """The `original_token_count` field."""
        value = field_value(self, "original_token_count")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("original_token_count")

    @property
    def context_limit(self) -> int | None:
        """The `context_limit` field."""
        value = field_value(self, "context_limit")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("context_limit")

    @property
    def model(self) -> str | None:
        """The `model` field."""
        value = field_value(self, "model")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model")

    @property
    def provider(self) -> str | None:
        """The `provider` field."""
        value = field_value(self, "provider")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("provider")


SummaryEvent._sdk_define(
    {
        "type": Field(Const("summary"), required=True),
        "summary_text": Field(STR),
        "original_token_count": Field(INT),
        "context_limit": Field(INT),
        "model": Field(STR),
        "provider": Field(STR),
    },
)
