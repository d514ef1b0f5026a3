"""`GET /public/search_services/{service}/countries`: The country catalogue of one search service

Generated from openapi.yaml (operation `getSearchServiceCountries`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import Choice, Limits, OperationSpec, Param

from ...models.search_service_catalogue import SearchServiceCatalogue

__all__ = ["OPERATION"]

OPERATION: OperationSpec[SearchServiceCatalogue, SearchServiceCatalogue] = (
    OperationSpec(
        operation_id="getSearchServiceCountries",
        name="get_search_service_countries",
        method="GET",
        path="/public/search_services/{service}/countries",
        path_params=(
            Param(
                "service",
                Limits(
                    Choice(
                        "google_search",
                        "google_news",
                        "google_ai_mode",
                        "google_ai_overview",
                        "bing_search",
                    ),
                    min_length=1,
                ),
            ),
        ),
        answer=SearchServiceCatalogue,
        retry="read",
        auth="none",
        extensions={"x-fetch-hive-sdk": {"method": "search_services.countries"}},
    )
)
