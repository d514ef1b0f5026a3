from __future__ import annotations

from typing import Required, TypedDict, cast

from fetch_hive_runtime import (
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    Limits,
    OneOf,
    field_value,
)

__all__ = ["KnowledgeBaseItemCreate", "KnowledgeBaseItemCreateDict"]


class KnowledgeBaseItemCreate(APIObject):
    """The `KnowledgeBaseItemCreate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str:
        """The `name` field. Required by the schema."""
        value = field_value(self, "name")
        if isinstance(value, str):
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
    def item_type(self) -> str | None:
        """Known values (assumption of this SDK): `text` (default), `file`, `website`."""
        value = field_value(self, "item_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("item_type")

    @property
    def response_type(self) -> str | None:
        """The `response_type` field."""
        value = field_value(self, "response_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("response_type")

    @property
    def data_content(self) -> str | None:
        """The item's text."""
        value = field_value(self, "data_content")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("data_content")

    @property
    def data_query(self) -> str | None:
        """The `data_query` field."""
        return cast("str | None", self._sdk_read("data_query"))

    @property
    def delete_email_data(self) -> str | None:
        """`"true"` removes e-mail addresses from the text before chunking (assumption of this
        SDK)."""
        value = field_value(self, "delete_email_data")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("delete_email_data")

    @property
    def delete_telephone_data(self) -> str | None:
        """`"true"` removes telephone numbers from the text before chunking (assumption of this
        SDK)."""
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
        """Words shared by neighbouring chunks (assumption of this SDK; default 0)."""
        value = field_value(self, "chunk_overlap")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("chunk_overlap")

    @property
    def maximum_chunk_length(self) -> int | None:
        """Words per chunk (assumption of this SDK; default 200)."""
        value = field_value(self, "maximum_chunk_length")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("maximum_chunk_length")

    @property
    def asset_id(self) -> str | None:
        """An uploaded asset whose text becomes the item's text."""
        value = field_value(self, "asset_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("asset_id")


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseItemCreateDict]`).
class KnowledgeBaseItemCreateDict(TypedDict, total=False):
    name: Required[str]
    description: str
    item_type: str
    response_type: str
    data_content: str
    data_query: str | None
    delete_email_data: str
    delete_telephone_data: str
    chunking_strategy: str
    chunk_overlap: int
    maximum_chunk_length: int
    asset_id: str


KnowledgeBaseItemCreate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1), required=True),
        "description": Field(STR),
        "item_type": Field(STR),
        "response_type": Field(STR),
        "data_content": Field(STR),
        "data_query": Field(OneOf(STR, NULL)),
        "delete_email_data": Field(STR),
        "delete_telephone_data": Field(STR),
        "chunking_strategy": Field(STR),
        "chunk_overlap": Field(Limits(INT, minimum=0.0)),
        "maximum_chunk_length": Field(Limits(INT, minimum=1.0)),
        "asset_id": Field(STR),
    },
    closed=True,
)
