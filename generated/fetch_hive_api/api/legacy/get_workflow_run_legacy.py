"""`GET /workflow_runs/{id}`: Look up a workflow run by its token (legacy)

Generated from openapi.yaml (operation `getWorkflowRunLegacy`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.legacy_workflow_run_envelope import LegacyWorkflowRunEnvelope

__all__ = ["OPERATION"]

OPERATION: OperationSpec[LegacyWorkflowRunEnvelope, LegacyWorkflowRunEnvelope] = (
    OperationSpec(
        operation_id="getWorkflowRunLegacy",
        name="get_workflow_run_legacy",
        method="GET",
        path="/workflow_runs/{id}",
        path_params=(Param("id", Limits(STR, min_length=1)),),
        answer=LegacyWorkflowRunEnvelope,
        retry="read",
        auth="api_key",
        deprecated=True,
        extensions={
            "x-fetch-hive-sdk": {
                "skip": "deprecated and possibly removed; get_request looks runs up"
            }
        },
    )
)
