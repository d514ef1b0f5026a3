"""Hive Agents: a run reads its sources (knowledge bases are searched with the objective),
writes a deterministic report after ``hive_agent_seconds`` and delivers
``hive_agent.completed`` (``hive_agent.failed`` for a ``fail-`` Hive Agent), signed with the
secret the answer returns. Its run record is stored (it outlives a restart with ``--state``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from .. import content, search
from ..answers import json_answer
from ..calls import Call
from ..registry import handles
from ..runs import deliver, provider_error, start_record
from ..state import RunRecord, ServerState
from ..store import ASSET, KNOWLEDGE_BASE, KNOWLEDGE_BASE_ITEM, new_id


@handles("invokeHiveAgent")
async def invoke_hive_agent(call: Call) -> Response:
    body = call.body
    name = body["hive_agent"]
    record = start_record(call.state, "hive_agent", name, body)
    if call.provider_fails:
        error = provider_error(record)
        call.state.save_run(record)
        raise error
    call.state.save_run(record)
    run_id = new_id()
    secret = call.state.secret_for("hive_agent", name)
    call.state.spawn(_run(call.state, record, run_id, body, secret))
    answer = {
        "run_id": run_id,
        "request_id": record.request_id,
        "status": "pending",
        "webhook_secret": secret,
    }
    return json_answer(answer, 202)


async def _run(
    state: ServerState, record: RunRecord, run_id: str, body: Mapping[str, Any], secret: str
) -> None:
    await asyncio.sleep(state.settings.hive_agent_seconds)
    name = body["hive_agent"]
    data: dict[str, Any] = {"run_id": run_id, "hive_agent": name}
    if content.has_trait(name, "fail"):
        error = f"The Hive Agent {name} failed (the reference server fails 'fail-' names)."
        data.update(status="failed", error=error)
        record.finish("failed", data, message=error)
        event = "hive_agent.failed"
    else:
        report, sources_used = _report(state, body)
        data.update(status="completed", output=report, sources_used=sources_used)
        record.finish("completed", data)
        event = "hive_agent.completed"
    state.save_run(record)
    await deliver(state, record.request_id, body["async"]["callback_url"], secret, event, data)


def _report(state: ServerState, body: Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """A deterministic report: the objective, then what each source contributed."""
    store = state.store
    workspace_id = state.settings.workspace_id
    objective = body["objective"]
    sources = body.get("sources") or {}
    lines = [f"Report for: {objective}"]
    used: list[dict[str, Any]] = []
    for kb_id in sources.get("knowledge_base_ids", []):
        kb = store.get(KNOWLEDGE_BASE, kb_id, parent_id=workspace_id)
        if kb is None:
            lines.append(f"- Knowledge base {kb_id}: not found.")
            continue
        hits = search.search(
            store.select(KNOWLEDGE_BASE_ITEM, parent_id=kb_id),
            objective,
            limit=kb["search_chunk_limit"],
            threshold=float(kb["search_score_threshold"]),
        )
        used.append(
            {"type": "knowledge_base", "id": kb_id, "name": kb["name"], "chunks": len(hits)}
        )
        lines.append(f"- {kb['name']}: {len(hits)} matching chunk(s).")
        lines += [f"  - [{hit.item_name}] {hit.content}" for hit in hits]
    for item_id in sources.get("knowledge_base_item_ids", []):
        item = store.get(KNOWLEDGE_BASE_ITEM, item_id)
        if item is None:
            lines.append(f"- Knowledge base item {item_id}: not found.")
            continue
        used.append({"type": "knowledge_base_item", "id": item_id, "name": item["name"]})
        first = (item.get("_chunks") or [""])[0]
        lines.append(f"- {item['name']}: {first}")
    for asset_id in sources.get("asset_ids", []):
        asset = store.get(ASSET, asset_id, parent_id=workspace_id)
        if asset is None:
            lines.append(f"- Asset {asset_id}: not found.")
            continue
        used.append({"type": "asset", "id": asset_id, "file_name": asset["file_name"]})
        lines.append(f"- {asset['file_name']}: {asset['file_size']} bytes read.")
    for url in sources.get("website_urls", []):
        used.append({"type": "website", "url": url})
        lines.append(f"- {url}: visited.")
    return "\n".join(lines), used
