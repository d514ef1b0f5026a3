from __future__ import annotations

import datetime as _dt
from typing import Any, cast

from fetch_hive_runtime import (
    ANY,
    DATETIME,
    DICT,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["RequestRecord"]


class RequestRecord(APIObject):
    """The `RequestRecord` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def request_id(self) -> str:
        """The `request_id` field. Required by the schema."""
        value = field_value(self, "request_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def status(self) -> str:
        """Open string (values not documented). Required by the schema."""
        value = field_value(self, "status")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def request_type(self) -> str:
        """Open string (values not documented). Required by the schema."""
        value = field_value(self, "request_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("request_type")

    @property
    def id(self) -> str | int | None:
        """The `id` field."""
        return cast("str | int | None", self._sdk_read("id"))

    @property
    def requestable_type(self) -> str | None:
        """The kind of what ran (the published SDK spec says it may be null)."""
        return cast("str | None", self._sdk_read("requestable_type"))

    @property
    def requestable_id(self) -> str | int | None:
        """The id of what ran (the published SDK spec says it may be null)."""
        return cast("str | int | None", self._sdk_read("requestable_id"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        return cast("str | None", self._sdk_read("message"))

    @property
    def generated_at(self) -> _dt.datetime | None:
        """The `generated_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("generated_at"))

    @property
    def started_at(self) -> _dt.datetime | None:
        """The `started_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("started_at"))

    @property
    def ended_at(self) -> _dt.datetime | None:
        """The `ended_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("ended_at"))

    @property
    def metadata(self) -> dict[str, Any] | None:
        """The `metadata` field."""
        return cast("dict[str, Any] | None", self._sdk_read("metadata"))

    @property
    def user_metadata(self) -> dict[str, Any] | None:
        """The `user_metadata` field."""
        return cast("dict[str, Any] | None", self._sdk_read("user_metadata"))

    @property
    def data(self) -> Any:
        """Any JSON value."""
        return field_value(self, "data")


RequestRecord._sdk_define(
    {
        "request_id": Field(STR, required=True),
        "status": Field(STR, required=True),
        "request_type": Field(STR, required=True),
        "id": Field(OneOf(STR, INT)),
        "requestable_type": Field(OneOf(STR, NULL)),
        "requestable_id": Field(OneOf(STR, INT, NULL)),
        "message": Field(OneOf(STR, NULL)),
        "generated_at": Field(OneOf(DATETIME, NULL)),
        "started_at": Field(OneOf(DATETIME, NULL)),
        "ended_at": Field(OneOf(DATETIME, NULL)),
        "metadata": Field(OneOf(DICT, NULL)),
        "user_metadata": Field(OneOf(DICT, NULL)),
        "data": Field(ANY),
    },
)
