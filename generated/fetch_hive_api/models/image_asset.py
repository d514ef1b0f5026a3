from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["ImageAsset"]


class ImageAsset(APIObject):
    """The `ImageAsset` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The `id` field."""
        value = field_value(self, "id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def file_url(self) -> str | None:
        """The `file_url` field."""
        value = field_value(self, "file_url")
        if value is None or isinstance(value, str):
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
    def file_size(self) -> int | None:
        """The `file_size` field."""
        value = field_value(self, "file_size")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("file_size")

    @property
    def file_type(self) -> str | None:
        """The `file_type` field."""
        value = field_value(self, "file_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("file_type")


ImageAsset._sdk_define(
    {
        "id": Field(STR),
        "file_url": Field(STR),
        "file_name": Field(STR),
        "file_size": Field(INT),
        "file_type": Field(STR),
    },
)
