from __future__ import annotations

import datetime as _dt
from typing import cast

from fetch_hive_runtime import (
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["KnowledgeBase"]


class KnowledgeBase(APIObject):
    """A knowledge base (published SDK spec `KnowledgeBaseObject`). Assumption of this SDK:
    `id`, `name` and the search settings (`search_type`, `search_chunk_limit`,
    `search_score_threshold`) are in every one (a knowledge base is created with a name,
    and the settings not given get defaults); the other fields may be left out.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """The `id` field. Required by the schema."""
        value = field_value(self, "id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def name(self) -> str:
        """The `name` field. Required by the schema."""
        value = field_value(self, "name")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def search_score_threshold(self) -> str | float:
        """A decimal; the published spec types it as a string. Required by the schema."""
        return cast("str | float", self._sdk_read("search_score_threshold"))

    @property
    def search_chunk_limit(self) -> int:
        """The `search_chunk_limit` field. Required by the schema."""
        value = field_value(self, "search_chunk_limit")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("search_chunk_limit")

    @property
    def search_type(self) -> str:
        """The `search_type` field. Required by the schema."""
        value = field_value(self, "search_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("search_type")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        return cast("str | None", self._sdk_read("description"))

    @property
    def data_item_count(self) -> int | None:
        """The `data_item_count` field."""
        value = field_value(self, "data_item_count")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("data_item_count")

    @property
    def generated_at(self) -> _dt.datetime | None:
        """The `generated_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("generated_at"))

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def is_active(self) -> bool | None:
        """The `is_active` field."""
        value = field_value(self, "is_active")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_active")

    @property
    def is_archived(self) -> bool | None:
        """The `is_archived` field."""
        value = field_value(self, "is_archived")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_archived")

    @property
    def is_hybrid_search(self) -> bool | None:
        """The `is_hybrid_search` field."""
        value = field_value(self, "is_hybrid_search")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_hybrid_search")

    @property
    def is_vector_search(self) -> bool | None:
        """The `is_vector_search` field."""
        value = field_value(self, "is_vector_search")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_vector_search")

    @property
    def is_full_text_search(self) -> bool | None:
        """The `is_full_text_search` field."""
        value = field_value(self, "is_full_text_search")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_full_text_search")


KnowledgeBase._sdk_define(
    {
        "id": Field(STR, required=True),
        "name": Field(STR, required=True),
        "search_score_threshold": Field(OneOf(STR, FLOAT), required=True),
        "search_chunk_limit": Field(INT, required=True),
        "search_type": Field(STR, required=True),
        "description": Field(OneOf(STR, NULL)),
        "data_item_count": Field(INT),
        "generated_at": Field(OneOf(DATETIME, NULL)),
        "status": Field(STR),
        "is_active": Field(BOOL),
        "is_archived": Field(BOOL),
        "is_hybrid_search": Field(BOOL),
        "is_vector_search": Field(BOOL),
        "is_full_text_search": Field(BOOL),
    },
)
