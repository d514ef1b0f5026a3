"""`GET /public/models`: Active LLM and image-generation models

Generated from openapi.yaml (operation `listModels`) by scripts/generate.py.
"""

from __future__ import annotations

from fetch_hive_runtime import OperationSpec

from ...models.public_model import PublicModel

__all__ = ["OPERATION"]

OPERATION: OperationSpec[list[PublicModel], list[PublicModel]] = OperationSpec(
    operation_id="listModels",
    name="list_models",
    method="GET",
    path="/public/models",
    answer=PublicModel,
    answer_is_list=True,
    retry="read",
    auth="api_key",
    extensions={
        "x-fetch-hive-sdk": {"method": "models.list"},
        "x-fetch-hive-cli": {
            "command": "models",
            "columns": ["slug", "name", "provider", "model_type", "context_limit"],
        },
    },
)
