from __future__ import annotations

from typing import Any, cast

from fetch_hive_sdk._api_object import (
    ANY,
    APIObject,
    Field,
)

__all__ = ["AssetUpload"]


class AssetUpload(APIObject):
    """The `AssetUpload` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def file(self) -> Any:
        """The file (form field name `file`, an assumption of this SDK). Required by the schema."""
        return cast("Any", self._sdk_read("file"))


AssetUpload._sdk_define(
    {
        "file": Field(ANY, required=True),
    }
)
