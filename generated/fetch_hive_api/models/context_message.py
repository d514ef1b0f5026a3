from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict, cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Choice,
    Field,
    Limits,
    ListOf,
    ModelOf,
    OneOf,
    Uri,
    field_value,
)

__all__ = ["ContextMessage", "ContextMessageDict"]


class ContextMessage(APIObject):
    """An earlier turn used as context (not stored).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def role(self) -> str:
        """The `role` field. Required by the schema."""
        value = field_value(self, "role")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("role")

    @property
    def content(self) -> str:
        """The `content` field. Required by the schema."""
        value = field_value(self, "content")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("content")

    @property
    def attachments(self) -> list[str | Attachment] | None:
        """The `attachments` field."""
        return cast("list[str | Attachment] | None", self._sdk_read("attachments"))

    @property
    def image_urls(self) -> list[str] | None:
        """The `image_urls` field."""
        return cast("list[str] | None", self._sdk_read("image_urls"))


# The fields a caller may send, for type checkers (`**fields: Unpack[ContextMessageDict]`).
class ContextMessageDict(TypedDict, total=False):
    role: Required[Literal["assistant", "system", "user"]]
    content: Required[str]
    attachments: Sequence[str | Mapping[str, Any]]
    image_urls: Sequence[str]


from ..models.attachment import Attachment

ContextMessage._sdk_define(
    {
        "role": Field(Choice("user", "assistant", "system"), required=True),
        "content": Field(STR, required=True),
        "attachments": Field(ListOf(OneOf(STR, ModelOf(Attachment)))),
        "image_urls": Field(
            ListOf(Limits(Uri("https"), pattern="^[hH][tT][tT][pP][sS]://"))
        ),
    },
    closed=True,
)
