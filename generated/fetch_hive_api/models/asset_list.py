from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["AssetList"]


class AssetList(APIObject):
    """The `AssetList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def assets(self) -> list[Asset]:
        """The `assets` field. Required by the schema."""
        return cast("list[Asset]", self._sdk_read("assets"))


from ..models.asset import Asset

AssetList._sdk_define(
    {
        "assets": Field(ListOf(ModelOf(Asset)), required=True),
    },
)
