from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    ListOf,
    field_value,
)

__all__ = ["ErrorCode"]


class ErrorCode(APIObject):
    """One entry of the catalogue. Assumption of this SDK: `code`, `status` and `message`
    are in every entry (the docs' example shows every field in every entry; an entry
    without these three would say nothing).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def code(self) -> str:
        """The `code` field. Required by the schema."""
        value = field_value(self, "code")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("code")

    @property
    def status(self) -> int:
        """The `status` field. Required by the schema."""
        value = field_value(self, "status")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("status")

    @property
    def message(self) -> str:
        """A template with `%{name}` placeholders. Required by the schema."""
        value = field_value(self, "message")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def field(self) -> str | None:
        """The `field` field."""
        value = field_value(self, "field")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("field")

    @property
    def message_key(self) -> str | None:
        """The `message_key` field."""
        value = field_value(self, "message_key")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message_key")

    @property
    def field_aliases(self) -> list[str] | None:
        """The `field_aliases` field."""
        return cast("list[str] | None", self._sdk_read("field_aliases"))

    @property
    def category(self) -> str | None:
        """The `category` field."""
        value = field_value(self, "category")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("category")

    @property
    def client_action_key(self) -> str | None:
        """The `client_action_key` field."""
        value = field_value(self, "client_action_key")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("client_action_key")

    @property
    def client_action(self) -> str | None:
        """The `client_action` field."""
        value = field_value(self, "client_action")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("client_action")


ErrorCode._sdk_define(
    {
        "code": Field(STR, required=True),
        "status": Field(INT, required=True),
        "message": Field(STR, required=True),
        "field": Field(STR),
        "message_key": Field(STR),
        "field_aliases": Field(ListOf(STR)),
        "category": Field(STR),
        "client_action_key": Field(STR),
        "client_action": Field(STR),
    },
)
