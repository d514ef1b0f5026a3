from __future__ import annotations

from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    ANY,
    APIObject,
    Field,
)

__all__ = ["AssetUpload", "AssetUploadDict"]


class AssetUpload(APIObject):
    """The `AssetUpload` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def file(self) -> Any:
        """The file (form field name `file`, an assumption of this SDK). Required by the schema."""
        return cast("Any", self._sdk_read("file"))


# The fields a caller may send, for type checkers (`**fields: Unpack[AssetUploadDict]`).
class AssetUploadDict(TypedDict, total=False):
    file: Required[Any]


AssetUpload._sdk_define(
    {
        "file": Field(ANY, required=True),
    },
    closed=True,
)
