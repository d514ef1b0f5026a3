from __future__ import annotations

import datetime as _dt
from typing import cast

from fetch_hive_runtime import (
    DATETIME,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["KnowledgeBaseItem"]


class KnowledgeBaseItem(APIObject):
    """An item of a knowledge base. Published SDK spec: `id`, `name`, `knowledge_base_id`,
    `item_type`, `run_status`, `status`; the other fields are assumptions of this SDK.
    Assumption of this SDK: `id`, `name` and `knowledge_base_id` are in every one (an
    item is created with a name, inside one knowledge base).

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
    def knowledge_base_id(self) -> str:
        """The `knowledge_base_id` field. Required by the schema."""
        value = field_value(self, "knowledge_base_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("knowledge_base_id")

    @property
    def item_type(self) -> str | None:
        """The `item_type` field."""
        value = field_value(self, "item_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("item_type")

    @property
    def run_status(self) -> str | None:
        """The `run_status` field."""
        value = field_value(self, "run_status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_status")

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        return cast("str | None", self._sdk_read("description"))

    @property
    def data_content(self) -> str | None:
        """The `data_content` field."""
        return cast("str | None", self._sdk_read("data_content"))

    @property
    def asset_id(self) -> str | None:
        """The `asset_id` field."""
        return cast("str | None", self._sdk_read("asset_id"))

    @property
    def chunk_count(self) -> int | None:
        """The `chunk_count` field."""
        value = field_value(self, "chunk_count")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("chunk_count")

    @property
    def chunking_strategy(self) -> str | None:
        """The `chunking_strategy` field."""
        return cast("str | None", self._sdk_read("chunking_strategy"))

    @property
    def chunk_overlap(self) -> int | None:
        """The `chunk_overlap` field."""
        value = field_value(self, "chunk_overlap")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("chunk_overlap")

    @property
    def maximum_chunk_length(self) -> int | None:
        """The `maximum_chunk_length` field."""
        value = field_value(self, "maximum_chunk_length")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("maximum_chunk_length")

    @property
    def generated_at(self) -> _dt.datetime | None:
        """The `generated_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("generated_at"))


KnowledgeBaseItem._sdk_define(
    {
        "id": Field(STR, required=True),
        "name": Field(STR, required=True),
        "knowledge_base_id": Field(STR, required=True),
        "item_type": Field(STR),
        "run_status": Field(STR),
        "status": Field(STR),
        "description": Field(OneOf(STR, NULL)),
        "data_content": Field(OneOf(STR, NULL)),
        "asset_id": Field(OneOf(STR, NULL)),
        "chunk_count": Field(INT),
        "chunking_strategy": Field(OneOf(STR, NULL)),
        "chunk_overlap": Field(INT),
        "maximum_chunk_length": Field(INT),
        "generated_at": Field(OneOf(DATETIME, NULL)),
    },
)
