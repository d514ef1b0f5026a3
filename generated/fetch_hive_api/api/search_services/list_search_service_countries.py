"""`GET /public/search_services/countries`: Country catalogues of every search service

Generated from openapi.yaml (operation `listSearchServiceCountries`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import OperationSpec

from ...models.search_service_catalogues import SearchServiceCatalogues

if TYPE_CHECKING:
    from ...models.search_service_catalogue import SearchServiceCatalogue

__all__ = ["OPERATION"]

OPERATION: OperationSpec[SearchServiceCatalogues, list[SearchServiceCatalogue]] = (
    OperationSpec(
        operation_id="listSearchServiceCountries",
        name="list_search_service_countries",
        method="GET",
        path="/public/search_services/countries",
        answer=SearchServiceCatalogues,
        envelope="services",
        retry="read",
        auth="none",
        extensions={
            "x-fetch-hive-sdk": {"method": "search_services.list"},
            "x-fetch-hive-envelope": "services",
        },
    )
)
