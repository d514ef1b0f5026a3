from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["ImageOutput"]


class ImageOutput(APIObject):
    """Output of a workflow whose final step generates images.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def settings(self) -> ImageOutputSettings | None:
        """The `settings` field."""
        return cast("ImageOutputSettings | None", self._sdk_read("settings"))

    @property
    def assets(self) -> list[ImageAsset] | None:
        """The `assets` field."""
        return cast("list[ImageAsset] | None", self._sdk_read("assets"))


from ..models.image_asset import ImageAsset
from ..models.image_output_settings import ImageOutputSettings

ImageOutput._sdk_define(
    {
        "settings": Field(ModelOf(ImageOutputSettings)),
        "assets": Field(ListOf(ModelOf(ImageAsset))),
    },
)
