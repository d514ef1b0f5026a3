"""`GET /public/requests/{id}`: Look up a run by its request id

Generated from openapi.yaml (operation `getRequest`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.request_record import RequestRecord

__all__ = ["OPERATION"]

OPERATION: OperationSpec[RequestRecord, RequestRecord] = OperationSpec(
    operation_id="getRequest",
    name="get_request",
    method="GET",
    path="/public/requests/{id}",
    path_params=(Param("id", Limits(STR, min_length=1)),),
    answer=RequestRecord,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "get_request", "handwritten": True},
        "x-fetch-hive-cli": {"command": "request", "handwritten": True},
    },
)
