"""Runs fetch-hive-sdk 0.4.1 (the official client) against a server; prints what it got as JSON.

Started by test_official_sdk.py in a subprocess with PYTHONPATH set to the vendored 0.4.1, so
that `fetch_hive_sdk` here is that package and not this repository's wrapper. The scenario
calls every public method of 0.4.1's `FetchHive` (38) and records which ones it called.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

# Drop this repository's source folders (added by the editable install) from the path.
sys.path = [
    entry for entry in sys.path if not entry.rstrip("/").endswith(("/wrapper", "/generated"))
]

import fetch_hive_sdk  # noqa: E402
from fetch_hive_sdk import FetchHive  # noqa: E402

CALLED: set[str] = set()


class Recording:
    """The client, with a note of every public method the scenario calls."""

    def __init__(self, client: FetchHive) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        CALLED.add(name)
        return getattr(self._client, name)


async def collect(stream: Any) -> list[dict[str, Any]]:
    return [event async for event in stream]


def wait_until(probe: Any, timeout: float = 20.0) -> Any:
    """Poll ``probe`` until it returns something truthy (background work on the server)."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


def invoke_methods(client: Any, callback_url: str, out: dict[str, Any]) -> None:
    metadata = {"customer_id": "cus_123", "plan": "enterprise", "trial": False, "n": 12, "r": None}
    out["prompt"] = client.invoke_prompt(
        deployment="reasoning-welcome", variant="v2", inputs={"name": "Alice"}, metadata=metadata
    )
    out["prompt_stream"] = list(
        client.invoke_prompt_stream(
            deployment="reasoning-welcome", variant="v2", inputs={"name": "Alice"}
        )
    )
    out["prompt_astream"] = asyncio.run(
        collect(client.ainvoke_prompt_stream(deployment="welcome-email", inputs={"name": "Bob"}))
    )
    out["workflow"] = client.invoke_workflow(
        deployment="market-report", variant="v1", inputs={"topic": "AI"}, metadata=metadata
    )
    out["workflow_callback"] = client.invoke_workflow(
        deployment="market-report",
        variant="v1",
        inputs={"topic": "AI"},
        async_mode=True,
        callback_url=callback_url,
        tool_approval="policy",
    )
    out["agent"] = client.invoke_agent(
        agent="8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71",
        message="What changed in Q3? search please",
        thread_id="thread-official",
        image_urls=["https://files.example.com/chart.png"],
        known_artifact_refs=["0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"],
        artifact_refs=["0b6d6a3e-9b9d-4c1e-8f4a-3d2c1b0a9f8e"],
        tool_approval="auto_approve",
        metadata=metadata,
    )
    out["agent_stream"] = list(
        client.invoke_agent_stream(
            agent="8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71",
            message="And in Q4?",
            thread_id="thread-official",
            messages=[{"role": "user", "content": "How did Q3 go?"}],
            attachments=["https://files.example.com/q3.pdf"],
        )
    )
    out["agent_astream"] = asyncio.run(
        collect(client.ainvoke_agent_stream(agent="helper", message="Search the news?"))
    )
    out["agent_callback"] = client.invoke_agent(
        agent="helper",
        message="Summarise later",
        async_options={"enabled": True, "callback_url": callback_url},
    )
    out["request"] = client.get_request(out["workflow"]["request_id"])


def resource_scenario(client: Any, ws: str, callback_url: str, out: dict[str, Any]) -> None:
    # Knowledge base: create, add and search items, update, regenerate.
    kb = client.create_knowledge_base(
        ws, {"name": "Support", "search_type": "hybrid", "search_chunk_limit": 3}
    )["knowledge_base"]
    item = client.create_knowledge_base_item(
        ws,
        kb["id"],
        {"name": "Refunds", "data_content": "Refunds are possible within 30 days of purchase."},
    )["knowledge_base_item"]
    other = client.create_knowledge_base_item(
        ws, kb["id"], {"name": "Shipping", "data_content": "Shipping takes five days."}
    )["knowledge_base_item"]
    out["kb_list"] = client.list_knowledge_bases(ws)
    out["kb_get"] = client.get_knowledge_base(ws, kb["id"])
    out["kb_update"] = client.update_knowledge_base(ws, kb["id"], {"name": "Support (EN)"})
    out["items"] = client.list_knowledge_base_items(ws, kb["id"])
    out["item_get"] = client.get_knowledge_base_item(ws, kb["id"], item["id"])
    out["item_update"] = client.update_knowledge_base_item(
        ws, kb["id"], other["id"], {"data_content": "Shipping takes five days; refunds ship back."}
    )
    out["item_regenerate"] = client.regenerate_knowledge_base_item(ws, kb["id"], item["id"])
    out["search"] = client.search_knowledge_base(
        ws,
        kb["id"],
        search_query="refunds within 30 days",
        search_type="hybrid",
        search_chunk_limit=5,
        search_score_threshold=0.2,
    )

    # Agent and chat: messages come from invokes on the chat's thread.
    agent = client.create_agent(
        ws, {"name": "Support", "llm_model": "fetch-hive-reference-agent-1", "model_type": "llm"}
    )["agent"]
    out["agent_create"] = agent
    out["agents"] = client.list_agents(ws)
    out["agent_get"] = client.get_agent(ws, agent["id"])
    out["agent_update"] = client.update_agent(ws, agent["id"], {"temperature": 0.4})
    chat = client.create_agent_chat(ws, agent["id"], {"name": "Onboarding"})["chat"]
    client.invoke_agent(agent=agent["id"], message="How do refunds work?", thread_id=chat["id"])
    out["chat_get"] = client.get_agent_chat(ws, agent["id"], chat["id"])
    out["chat_update"] = client.update_agent_chat(ws, agent["id"], chat["id"], {"name": "Done"})
    out["messages"] = client.list_agent_chat_messages(ws, agent["id"], chat["id"])
    out["cleared"] = client.clear_agent_chat_messages(ws, agent["id"], chat["id"])
    out["messages_after_clear"] = client.list_agent_chat_messages(ws, agent["id"], chat["id"])

    # An approval: an agent invoked with the approval policy pauses at its tool call.
    paused = client.invoke_agent(
        agent=agent["id"], message="Search the refund rules?", tool_approval="policy"
    )
    out["paused"] = paused
    out["approvals"] = client.list_tool_action_approvals(ws, status="pending", agent_id=agent["id"])
    approval_id = out["approvals"]["tool_action_approvals"][0]["id"]
    out["approval_get"] = client.get_tool_action_approval(ws, approval_id)
    out["approval_decided"] = client.decide_tool_action_approval(ws, approval_id, "allow_once")
    out["paused_after"] = client.get_request(paused["request_id"])

    # A delegation: a background workflow on a thread, looked up and cancelled while it runs.
    started = client.invoke_agent(
        agent=agent["id"], message="Run the quarterly workflow", thread_id="thread-deleg"
    )
    delegation_id = started["pending_delegations"][0]["id"]
    out["thread_delegations"] = client.list_thread_delegations("thread-deleg")
    out["delegation_get"] = client.get_agent_delegation(delegation_id)
    out["delegation_cancel"] = client.cancel_agent_delegation(delegation_id)

    # A Hive Agent run over the knowledge base; its signed callback goes to the receiver.
    out["hive"] = client.invoke_hive_agent(
        hive_agent="market-research",
        objective="Explain refunds within 30 days",
        callback_url=callback_url,
        sources={"knowledge_base_ids": [kb["id"]]},
        metadata={"customer_id": "cus_123"},
        unattended=True,
        budget_policy="stop",
    )
    out["hive_request"] = wait_until(
        lambda: (r := client.get_request(out["hive"]["request_id"]))["status"] == "completed" and r
    )

    # Then delete everything.
    out["chat_delete"] = client.delete_agent_chat(ws, agent["id"], chat["id"])
    out["agent_delete"] = client.delete_agent(ws, agent["id"])
    out["item_delete"] = client.delete_knowledge_base_item(ws, kb["id"], item["id"])
    out["kb_delete"] = client.delete_knowledge_base(ws, kb["id"])
    out["kb_list_after"] = client.list_knowledge_bases(ws)
    out["agents_after"] = client.list_agents(ws)


def main() -> None:
    base_url, callback_url, workspace_id = sys.argv[1], sys.argv[2], sys.argv[3]
    official = FetchHive(base_url=base_url)  # the key comes from FETCH_HIVE_API_KEY
    client = Recording(official)
    out: dict[str, Any] = {"sdk_file": fetch_hive_sdk.__file__}
    invoke_methods(client, callback_url, out)
    resource_scenario(client, workspace_id, callback_url, out)
    public = {
        name
        for name in dir(FetchHive)
        if not name.startswith("_") and callable(getattr(FetchHive, name))
    }
    out["public_methods"] = sorted(public)
    out["called"] = sorted(CALLED & public)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
