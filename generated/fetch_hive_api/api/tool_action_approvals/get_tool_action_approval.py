"""`GET /public/workspaces/{workspace_id}/tool_action_approvals/{id}`: Get one tool-action approval

Generated from openapi.yaml (operation `getToolActionApproval`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.tool_action_approval_envelope import ToolActionApprovalEnvelope

if TYPE_CHECKING:
    from ...models.tool_action_approval import ToolActionApproval

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ToolActionApprovalEnvelope, ToolActionApproval] = (
    OperationSpec(
        operation_id="getToolActionApproval",
        name="get_tool_action_approval",
        method="GET",
        path="/public/workspaces/{workspace_id}/tool_action_approvals/{id}",
        path_params=(
            Param("workspace_id", STR, format="uuid"),
            Param("id", STR, format="uuid"),
        ),
        answer=ToolActionApprovalEnvelope,
        envelope="tool_action_approval",
        retry="read",
        auth="api_key",
        extensions={
            "x-fetch-hive-sdk": {"method": "approvals.get"},
            "x-fetch-hive-envelope": "tool_action_approval",
            "x-fetch-hive-legacy": {
                "name": "get_tool_action_approval",
                "arguments": ["workspace_id", "approval_id"],
                "rename": {"id": "approval_id"},
            },
            "x-fetch-hive-cli": {"command": "approvals get"},
        },
    )
)
