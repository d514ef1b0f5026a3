"""`POST /public/workspaces/{workspace_id}/tool_action_approvals/{id}/decide`: Decide a tool-action approval (the paused run goes on)

Generated from openapi.yaml (operation `decideToolActionApproval`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.tool_action_approval_envelope import ToolActionApprovalEnvelope
from ...models.tool_action_decision import ToolActionDecision

if TYPE_CHECKING:
    from ...models.tool_action_approval import ToolActionApproval

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ToolActionApprovalEnvelope, ToolActionApproval] = (
    OperationSpec(
        operation_id="decideToolActionApproval",
        name="decide_tool_action_approval",
        method="POST",
        path="/public/workspaces/{workspace_id}/tool_action_approvals/{id}/decide",
        path_params=(
            Param("workspace_id", STR, format="uuid"),
            Param("id", STR, format="uuid"),
        ),
        body=ToolActionDecision,
        body_format="json",
        body_required=True,
        answer=ToolActionApprovalEnvelope,
        envelope="tool_action_approval",
        retry="invoke",
        auth="api_key",
        extensions={
            "x-fetch-hive-sdk": {
                "method": "approvals.decide",
                "positional": ["id", "decision"],
            },
            "x-fetch-hive-envelope": "tool_action_approval",
            "x-fetch-hive-retry": "invoke",
            "x-fetch-hive-legacy": {
                "name": "decide_tool_action_approval",
                "arguments": ["workspace_id", "approval_id", "decision"],
                "rename": {"id": "approval_id"},
            },
            "x-fetch-hive-cli": {"command": "approvals decide"},
        },
    )
)
