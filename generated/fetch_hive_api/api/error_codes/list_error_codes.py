"""`GET /error_codes`: The error-code catalogue

Generated from openapi.yaml (operation `listErrorCodes`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.error_code_catalogue import ErrorCodeCatalogue

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ErrorCodeCatalogue, ErrorCodeCatalogue] = OperationSpec(
    operation_id="listErrorCodes",
    name="list_error_codes",
    method="GET",
    path="/error_codes",
    query_params=(Param("locale", STR, required=False),),
    answer=ErrorCodeCatalogue,
    retry="read",
    auth="none",
    extensions={
        "x-fetch-hive-sdk": {"method": "list_error_codes", "handwritten": True},
        "x-fetch-hive-cli": {"command": "error-codes", "handwritten": True},
    },
)
