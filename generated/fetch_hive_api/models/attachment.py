from __future__ import annotations

from typing import Required, TypedDict

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    Limits,
    Uri,
    field_value,
)

__all__ = ["Attachment", "AttachmentDict"]


class Attachment(APIObject):
    """A file for this turn, by HTTPS URL.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def file_url(self) -> str:
        """The `file_url` field. Required by the schema."""
        value = field_value(self, "file_url")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("file_url")

    @property
    def file_name(self) -> str | None:
        """The `file_name` field."""
        value = field_value(self, "file_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_name")

    @property
    def file_type(self) -> str | None:
        """The `file_type` field."""
        value = field_value(self, "file_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_type")

    @property
    def id(self) -> str | None:
        """The `id` field."""
        value = field_value(self, "id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("id")


# The fields a caller may send, for type checkers (`**fields: Unpack[AttachmentDict]`).
class AttachmentDict(TypedDict, total=False):
    file_url: Required[str]
    file_name: str
    file_type: str
    id: str


Attachment._sdk_define(
    {
        "file_url": Field(
            Limits(Uri("https"), pattern="^[hH][tT][tT][pP][sS]://"), required=True
        ),
        "file_name": Field(STR),
        "file_type": Field(STR),
        "id": Field(STR),
    },
    closed=True,
)
