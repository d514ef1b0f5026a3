from __future__ import annotations

from fetch_hive_runtime import (
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["ImageOutputSettings"]


class ImageOutputSettings(APIObject):
    """The `ImageOutputSettings` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def model(self) -> str | None:
        """The `model` field."""
        value = field_value(self, "model")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model")

    @property
    def provider(self) -> str | None:
        """The `provider` field."""
        value = field_value(self, "provider")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("provider")

    @property
    def image_count(self) -> int | None:
        """The `image_count` field."""
        value = field_value(self, "image_count")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("image_count")


ImageOutputSettings._sdk_define(
    {
        "model": Field(STR),
        "provider": Field(STR),
        "image_count": Field(INT),
    },
)
