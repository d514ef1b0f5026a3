"""`GET /public/workspaces/{workspace_id}/assets`: List the workspace's assets

Generated from openapi.yaml (operation `listAssets`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.asset_list import AssetList

if TYPE_CHECKING:
    from ...models.asset import Asset

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AssetList, list[Asset]] = OperationSpec(
    operation_id="listAssets",
    name="list_assets",
    method="GET",
    path="/public/workspaces/{workspace_id}/assets",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    answer=AssetList,
    envelope="assets",
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "assets.list", "workspace_positional": True},
        "x-fetch-hive-envelope": "assets",
        "x-fetch-hive-cli": {
            "command": "assets list",
            "columns": ["id", "file_name", "file_type", "file_size"],
        },
    },
)
