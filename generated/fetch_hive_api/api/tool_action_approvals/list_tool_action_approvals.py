"""`GET /public/workspaces/{workspace_id}/tool_action_approvals`: List tool-action approvals

Generated from openapi.yaml (operation `listToolActionApprovals`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import INT, STR, Limits, OperationSpec, Pagination, Param

from ...models.tool_action_approval_list import ToolActionApprovalList

if TYPE_CHECKING:
    from ...models.tool_action_approval import ToolActionApproval

__all__ = ["OPERATION"]

OPERATION: OperationSpec[ToolActionApprovalList, list[ToolActionApproval]] = (
    OperationSpec(
        operation_id="listToolActionApprovals",
        name="list_tool_action_approvals",
        method="GET",
        path="/public/workspaces/{workspace_id}/tool_action_approvals",
        path_params=(Param("workspace_id", STR, format="uuid"),),
        query_params=(
            Param("status", Limits(STR, min_length=1), required=False),
            Param("agent_id", Limits(STR, min_length=1), required=False),
            Param("run_id", Limits(STR, min_length=1), required=False),
            Param("request_id", Limits(STR, min_length=1), required=False),
            Param("cursor", Limits(STR, min_length=1), required=False),
            Param(
                "limit",
                Limits(INT, minimum=1, maximum=100),
                format="integer",
                required=False,
            ),
        ),
        answer=ToolActionApprovalList,
        envelope="tool_action_approvals",
        retry="read",
        auth="api_key",
        pagination=Pagination("cursor", "next_cursor", "limit"),
        extensions={
            "x-fetch-hive-sdk": {
                "method": "approvals.list",
                "workspace_positional": True,
                "rename": {"limit": "page_size"},
            },
            "x-fetch-hive-envelope": "tool_action_approvals",
            "x-fetch-hive-pagination": {
                "cursor": "cursor",
                "next_cursor": "next_cursor",
                "page_size": "limit",
            },
            "x-fetch-hive-legacy": {
                "name": "list_tool_action_approvals",
                "arguments": ["workspace_id"],
            },
            "x-fetch-hive-cli": {
                "command": "approvals list",
                "columns": ["id", "status", "tool_name", "agent_id"],
            },
        },
    )
)
