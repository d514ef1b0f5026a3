from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["SearchServiceCatalogues"]


class SearchServiceCatalogues(APIObject):
    """The `SearchServiceCatalogues` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def services(self) -> list[SearchServiceCatalogue]:
        """The `services` field. Required by the schema."""
        return cast("list[SearchServiceCatalogue]", self._sdk_read("services"))


from ..models.search_service_catalogue import SearchServiceCatalogue

SearchServiceCatalogues._sdk_define(
    {
        "services": Field(ListOf(ModelOf(SearchServiceCatalogue)), required=True),
    },
)
