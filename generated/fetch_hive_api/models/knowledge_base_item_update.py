from __future__ import annotations

from typing import TypedDict

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    Limits,
    field_value,
)

__all__ = ["KnowledgeBaseItemUpdate", "KnowledgeBaseItemUpdateDict"]


class KnowledgeBaseItemUpdate(APIObject):
    """The `KnowledgeBaseItemUpdate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        value = field_value(self, "description")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("description")

    @property
    def data_content(self) -> str | None:
        """The `data_content` field."""
        value = field_value(self, "data_content")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("data_content")

    @property
    def data_query(self) -> str | None:
        """The `data_query` field."""
        value = field_value(self, "data_query")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("data_query")

    @property
    def delete_email_data(self) -> str | None:
        """The `delete_email_data` field."""
        value = field_value(self, "delete_email_data")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("delete_email_data")

    @property
    def delete_telephone_data(self) -> str | None:
        """The `delete_telephone_data` field."""
        value = field_value(self, "delete_telephone_data")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("delete_telephone_data")

    @property
    def chunking_strategy(self) -> str | None:
        """The `chunking_strategy` field."""
        value = field_value(self, "chunking_strategy")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("chunking_strategy")

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


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseItemUpdateDict]`).
class KnowledgeBaseItemUpdateDict(TypedDict, total=False):
    name: str
    description: str
    data_content: str
    data_query: str
    delete_email_data: str
    delete_telephone_data: str
    chunking_strategy: str
    chunk_overlap: int
    maximum_chunk_length: int


KnowledgeBaseItemUpdate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1)),
        "description": Field(STR),
        "data_content": Field(STR),
        "data_query": Field(STR),
        "delete_email_data": Field(STR),
        "delete_telephone_data": Field(STR),
        "chunking_strategy": Field(STR),
        "chunk_overlap": Field(Limits(INT, minimum=0.0)),
        "maximum_chunk_length": Field(Limits(INT, minimum=1.0)),
    },
    closed=True,
)
