"""`POST /workflow/invoke`: Run a workflow deployment

Generated from openapi.yaml (operation `invokeWorkflow`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.workflow_invoke_request import WorkflowInvokeRequest
from ...models.workflow_run import WorkflowRun

__all__ = ["OPERATION"]

OPERATION: OperationSpec[WorkflowRun, WorkflowRun] = OperationSpec(
    operation_id="invokeWorkflow",
    name="invoke_workflow",
    method="POST",
    path="/workflow/invoke",
    body=WorkflowInvokeRequest,
    body_format="json",
    body_required=True,
    answer=WorkflowRun,
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "invoke_workflow", "handwritten": True},
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-cli": {"command": "workflow", "handwritten": True},
    },
)
