from __future__ import annotations

import datetime as _dt
from typing import cast

from fetch_hive_runtime import (
    DATETIME,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["AssetTranscriptionType0"]


class AssetTranscriptionType0(APIObject):
    """The `AssetTranscriptionType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def error_code(self) -> str | None:
        """The `error_code` field."""
        return cast("str | None", self._sdk_read("error_code"))

    @property
    def error_message(self) -> str | None:
        """The `error_message` field."""
        return cast("str | None", self._sdk_read("error_message"))

    @property
    def completed_at(self) -> _dt.datetime | None:
        """The `completed_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("completed_at"))


AssetTranscriptionType0._sdk_define(
    {
        "status": Field(STR),
        "error_code": Field(OneOf(STR, NULL)),
        "error_message": Field(OneOf(STR, NULL)),
        "completed_at": Field(OneOf(DATETIME, NULL)),
    },
)
