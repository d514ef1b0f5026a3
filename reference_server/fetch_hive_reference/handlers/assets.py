"""Files uploaded to the workspace (``multipart/form-data``, see ``uploads.py``)."""

from __future__ import annotations

from starlette.responses import Response

from .. import catalogues
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..store import ASSET, new_id, public, timestamp
from ..uploads import read_upload


@handles("listAssets")
async def list_assets(call: Call) -> Response:
    docs = call.store.select(ASSET, parent_id=call.workspace())
    return json_answer({"assets": [public(d) for d in docs]})


@handles("uploadAsset")
async def upload_asset(call: Call) -> Response:
    workspace_id = call.workspace()
    upload = await read_upload(call.request, call.operation, call.settings.max_upload_bytes)
    asset_id = new_id()
    doc = {
        "id": asset_id,
        "object_key": f"workspaces/{workspace_id}/assets/{asset_id}/{upload.file_name}",
        "file_name": upload.file_name,
        "file_url": f"{catalogues.ASSET_HOST}/{asset_id}/{upload.file_name}",
        "file_url_expires_at": timestamp(hours=1),
        "file_type": upload.content_type,
        "file_size": len(upload.content),
        "asset_type": upload.asset_type,
        "workspace_id": workspace_id,
        "uploaded_at": timestamp(),
        "error_message": None,
        "transcription": None,
    }
    call.store.put_blob(asset_id, upload.content)
    call.store.insert(ASSET, doc, workspace_id=workspace_id, parent_id=workspace_id)
    return json_answer({"message": "Asset uploaded.", "asset": doc})
