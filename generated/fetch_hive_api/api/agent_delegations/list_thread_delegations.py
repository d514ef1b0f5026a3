"""`GET /agent/threads/{thread_id}/delegations`: Pending and running background workflows of a conversation thread

Generated from openapi.yaml (operation `listThreadDelegations`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, Limits, OperationSpec, Param

from ...models.agent_delegation_list import AgentDelegationList

if TYPE_CHECKING:
    from ...models.agent_delegation import AgentDelegation

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AgentDelegationList, list[AgentDelegation]] = OperationSpec(
    operation_id="listThreadDelegations",
    name="list_thread_delegations",
    method="GET",
    path="/agent/threads/{thread_id}/delegations",
    path_params=(Param("thread_id", Limits(STR, min_length=1)),),
    answer=AgentDelegationList,
    envelope="delegations",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "delegations.list"},
        "x-fetch-hive-envelope": "delegations",
        "x-fetch-hive-legacy": {
            "name": "list_thread_delegations",
            "arguments": ["thread_id"],
        },
        "x-fetch-hive-cli": {
            "command": "delegations list",
            "columns": ["id", "status", "kind", "expected_by"],
        },
    },
)
