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
    ModelOf,
    OneOf,
    field_value,
)

__all__ = ["Asset"]


class Asset(APIObject):
    """A workspace asset (published SDK spec `AssetObject`). Assumption of this SDK: `id`
    is in every one (a Hive Agent's `sources.asset_ids` and a knowledge-base item's
    `asset_id` name assets by it).

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
    def object_key(self) -> str | None:
        """The `object_key` field."""
        value = field_value(self, "object_key")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("object_key")

    @property
    def file_name(self) -> str | None:
        """The `file_name` field."""
        value = field_value(self, "file_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_name")

    @property
    def file_url(self) -> str | None:
        """The `file_url` field."""
        value = field_value(self, "file_url")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_url")

    @property
    def file_url_expires_at(self) -> _dt.datetime | None:
        """The `file_url_expires_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("file_url_expires_at"))

    @property
    def file_type(self) -> str | None:
        """The `file_type` field."""
        value = field_value(self, "file_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_type")

    @property
    def file_size(self) -> int | None:
        """The `file_size` field."""
        value = field_value(self, "file_size")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("file_size")

    @property
    def asset_type(self) -> str | None:
        """The `asset_type` field."""
        value = field_value(self, "asset_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("asset_type")

    @property
    def workspace_id(self) -> str | None:
        """The `workspace_id` field."""
        return cast("str | None", self._sdk_read("workspace_id"))

    @property
    def uploaded_at(self) -> _dt.datetime | None:
        """The `uploaded_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("uploaded_at"))

    @property
    def error_message(self) -> str | None:
        """The `error_message` field."""
        return cast("str | None", self._sdk_read("error_message"))

    @property
    def transcription(self) -> AssetTranscriptionType0 | None:
        """The `transcription` field."""
        return cast("AssetTranscriptionType0 | None", self._sdk_read("transcription"))


from ..models.asset_transcription_type_0 import AssetTranscriptionType0

Asset._sdk_define(
    {
        "id": Field(STR, required=True),
        "object_key": Field(STR),
        "file_name": Field(STR),
        "file_url": Field(STR),
        "file_url_expires_at": Field(DATETIME),
        "file_type": Field(STR),
        "file_size": Field(INT),
        "asset_type": Field(STR),
        "workspace_id": Field(OneOf(STR, NULL)),
        "uploaded_at": Field(DATETIME),
        "error_message": Field(OneOf(STR, NULL)),
        "transcription": Field(OneOf(ModelOf(AssetTranscriptionType0), NULL)),
    },
)
