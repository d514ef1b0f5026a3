"""`POST /public/workspaces/{workspace_id}/assets`: Upload a file as a workspace asset

Generated from openapi.yaml (operation `uploadAsset`) by scripts/generate.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fetch_hive_runtime import STR, OperationSpec, Param

from ...models.asset_envelope import AssetEnvelope
from ...models.asset_upload import AssetUpload

if TYPE_CHECKING:
    from ...models.asset import Asset

__all__ = ["OPERATION"]

OPERATION: OperationSpec[AssetEnvelope, Asset] = OperationSpec(
    operation_id="uploadAsset",
    name="upload_asset",
    method="POST",
    path="/public/workspaces/{workspace_id}/assets",
    path_params=(Param("workspace_id", STR, format="uuid"),),
    body=AssetUpload,
    body_format="multipart",
    body_required=True,
    answer=AssetEnvelope,
    envelope="asset",
    retry="invoke",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "assets.upload", "handwritten": True},
        "x-fetch-hive-envelope": "asset",
        "x-fetch-hive-retry": "invoke",
        "x-fetch-hive-cli": {"command": "assets upload", "file": "file"},
    },
)
