from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["AssetEnvelope"]


class AssetEnvelope(APIObject):
    """The `AssetEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def asset(self) -> Asset:
        """A workspace asset (published SDK spec `AssetObject`). Assumption of this SDK: `id`
        is in every one (a Hive Agent's `sources.asset_ids` and a knowledge-base item's
        `asset_id` name assets by it). Required by the schema."""
        return cast("Asset", self._sdk_read("asset"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.asset import Asset

AssetEnvelope._sdk_define(
    {
        "asset": Field(ModelOf(Asset), required=True),
        "message": Field(STR),
    },
)
