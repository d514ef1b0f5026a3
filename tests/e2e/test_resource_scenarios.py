"""The full resource surface against the reference server over real sockets: the stateful
scenario fetch-hive-sdk 0.4.1 runs in tests/server/test_official_sdk.py, through this SDK's
0.4.1-style names and through its namespaces, each on the sync and the async client.

Knowledge base with items and a search, an agent with a chat whose messages are listed and
cleared, an approval decided, a delegation cancelled, a Hive Agent run whose signed
callback is verified, then everything deleted.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fetch_hive_reference.testing import (
    CallbackReceiver,
    RunningServer,
    callback_receiver,
    running_server,
)
from fetch_hive_sdk import APIObject, APIStatusError, AsyncFetchHive, FetchHive
from fetch_hive_sdk.webhooks import construct_event

REFUND = "Refunds are possible within 30 days of purchase."


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    # Delegations run long enough to be cancelled while running.
    with running_server(stream_pace=0, delegation_seconds=30) as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    with callback_receiver() as running:
        yield running


async def run(value: Any) -> Any:
    """A call's result, on either client."""
    return await value if inspect.isawaitable(value) else value


async def wait_for_status(client: Any, request_id: str, status: str) -> Any:
    deadline = time.monotonic() + 20
    while True:
        record = await run(client.get_request(request_id))
        if record["status"] == status or time.monotonic() > deadline:
            return record
        await asyncio.sleep(0.02)


def _client(kind: str, server: RunningServer, **settings: Any) -> Any:
    cls = FetchHive if kind == "sync" else AsyncFetchHive
    return cls(server.api_key, server.base_url, **settings)


async def compat_scenario(client: Any, ws: str, callback_url: str) -> dict[str, Any]:
    """0.4.1's code, as its users wrote it (plain dicts in, envelopes out)."""
    out: dict[str, Any] = {}
    kb = (
        await run(client.create_knowledge_base(ws, {"name": "Support", "search_type": "hybrid"}))
    )["knowledge_base"]
    item = (
        await run(
            client.create_knowledge_base_item(
                ws, kb["id"], {"name": "Refunds", "data_content": REFUND}
            )
        )
    )["knowledge_base_item"]
    other = (
        await run(
            client.create_knowledge_base_item(
                ws, kb["id"], {"name": "Shipping", "data_content": "Shipping takes five days."}
            )
        )
    )["knowledge_base_item"]
    out["kb_list"] = await run(client.list_knowledge_bases(ws))
    out["kb_get"] = await run(client.get_knowledge_base(ws, kb["id"]))
    out["kb_update"] = await run(
        client.update_knowledge_base(ws, kb["id"], {"name": "Support (EN)"})
    )
    out["items"] = await run(client.list_knowledge_base_items(ws, kb["id"]))
    out["item_get"] = await run(client.get_knowledge_base_item(ws, kb["id"], item["id"]))
    out["item_update"] = await run(
        client.update_knowledge_base_item(
            ws, kb["id"], other["id"], {"data_content": "Shipping takes six days."}
        )
    )
    out["item_regenerate"] = await run(
        client.regenerate_knowledge_base_item(ws, kb["id"], item["id"])
    )
    out["search"] = await run(
        client.search_knowledge_base(
            ws,
            kb["id"],
            search_query="refunds within 30 days",
            search_type="hybrid",
            search_chunk_limit=5,
            search_score_threshold=0.2,
        )
    )
    models = await run(client.models.list())
    agent = (
        await run(
            client.create_agent(
                ws, {"name": "Support", "llm_model": models[0]["slug"], "model_type": "llm"}
            )
        )
    )["agent"]
    out["agents"] = await run(client.list_agents(ws))
    out["agent_get"] = await run(client.get_agent(ws, agent["id"]))
    out["agent_update"] = await run(client.update_agent(ws, agent["id"], {"temperature": 0.4}))
    chat = (await run(client.create_agent_chat(ws, agent["id"], {"name": "Onboarding"})))["chat"]
    await run(
        client.invoke_agent(agent=agent["id"], message="How do refunds work?", thread_id=chat["id"])
    )
    out["chat_get"] = await run(client.get_agent_chat(ws, agent["id"], chat["id"]))
    out["chat_update"] = await run(
        client.update_agent_chat(ws, agent["id"], chat["id"], {"name": "Done"})
    )
    out["messages"] = await run(client.list_agent_chat_messages(ws, agent["id"], chat["id"]))
    out["cleared"] = await run(client.clear_agent_chat_messages(ws, agent["id"], chat["id"]))
    out["messages_after_clear"] = await run(
        client.list_agent_chat_messages(ws, agent["id"], chat["id"])
    )
    paused = await run(
        client.invoke_agent(
            agent=agent["id"], message="Search the refund rules?", tool_approval="policy"
        )
    )
    out["paused"] = paused
    out["approvals"] = await run(
        client.list_tool_action_approvals(ws, status="pending", agent_id=agent["id"])
    )
    approval_id = out["approvals"]["tool_action_approvals"][0]["id"]
    out["approval_get"] = await run(client.get_tool_action_approval(ws, approval_id))
    out["approval_decided"] = await run(
        client.decide_tool_action_approval(ws, approval_id, "allow_once")
    )
    out["paused_after"] = await wait_for_status(client, paused["request_id"], "completed")
    started = await run(
        client.invoke_agent(
            agent=agent["id"], message="Run the quarterly workflow", thread_id=f"deleg-{id(client)}"
        )
    )
    delegation_id = started["pending_delegations"][0]["id"]
    out["thread_delegations"] = await run(client.list_thread_delegations(f"deleg-{id(client)}"))
    out["delegation_get"] = await run(client.get_agent_delegation(delegation_id))
    out["delegation_cancel"] = await run(client.cancel_agent_delegation(delegation_id))
    out["hive"] = await run(
        client.invoke_hive_agent(
            hive_agent="market-research",
            objective="Explain refunds",
            callback_url=callback_url,
            sources={"knowledge_base_ids": [kb["id"]]},
            unattended=True,
            budget_policy="stop",
        )
    )
    out["hive_request"] = await wait_for_status(client, out["hive"]["request_id"], "completed")
    out["chat_delete"] = await run(client.delete_agent_chat(ws, agent["id"], chat["id"]))
    out["agent_delete"] = await run(client.delete_agent(ws, agent["id"]))
    out["item_delete"] = await run(client.delete_knowledge_base_item(ws, kb["id"], item["id"]))
    out["kb_delete"] = await run(client.delete_knowledge_base(ws, kb["id"]))
    out["kb_list_after"] = await run(client.list_knowledge_bases(ws))
    out["agents_after"] = await run(client.list_agents(ws))
    out["kb_id"], out["agent_id"] = kb["id"], agent["id"]
    return out  # fmt: skip


async def namespace_scenario(client: Any, callback_url: str) -> dict[str, Any]:
    """The same, through the namespaces (the client carries the workspace id)."""
    out: dict[str, Any] = {}
    kbs, chats = client.knowledge_bases, client.agents.chats
    kb = await run(kbs.create(name="Support", search_type="hybrid"))
    item = await run(kbs.items.create(kb.id, name="Refunds", data_content=REFUND))
    other = await run(
        kbs.items.create(kb.id, name="Shipping", data_content="Shipping takes five days.")
    )
    out["kb_list"] = await run(kbs.list())
    out["kb_get"] = await run(kbs.get(kb.id))
    out["kb_update"] = await run(kbs.update(kb.id, name="Support (EN)"))
    out["items"] = await run(kbs.items.list(kb.id))
    out["item_get"] = await run(kbs.items.get(kb.id, item.id))
    out["item_update"] = await run(
        kbs.items.update(kb.id, other.id, data_content="Shipping takes six days.")
    )
    out["item_regenerate"] = await run(kbs.items.regenerate(kb.id, item.id))
    out["search"] = await run(kbs.search(kb.id, "refunds within 30 days", score_threshold=0.2))
    models = await run(client.models.list())
    agent = await run(
        client.agents.create(name="Support", llm_model=models[0].slug, model_type="llm")
    )
    out["agents"] = await run(client.agents.list())
    out["agent_get"] = await run(client.agents.get(agent.id))
    out["agent_update"] = await run(client.agents.update(agent.id, temperature=0.4))
    chat = await run(chats.create(agent.id, "Onboarding"))
    await run(
        client.invoke_agent(agent=agent.id, message="How do refunds work?", thread_id=chat.id)
    )
    out["chat_get"] = await run(chats.get(agent.id, chat.id))
    out["chat_update"] = await run(chats.update(agent.id, chat.id, name="Done"))
    out["messages"] = await run(chats.messages(agent.id, chat.id))
    out["cleared"] = await run(chats.clear_messages(agent.id, chat.id))
    out["messages_after_clear"] = await run(chats.messages(agent.id, chat.id))
    paused = await run(
        client.invoke_agent(
            agent=agent.id, message="Search the refund rules?", tool_approval="policy"
        )
    )
    out["approvals"] = await run(client.approvals.list(status="pending", agent_id=agent.id))
    out["approval_get"] = await run(client.approvals.get(out["approvals"][0].id))
    out["approval_decided"] = await run(
        client.approvals.decide(out["approvals"][0].id, "allow_once")
    )
    out["paused_after"] = await wait_for_status(client, paused.request_id, "completed")
    thread = f"deleg-ns-{id(client)}"
    started = await run(
        client.invoke_agent(agent=agent.id, message="Run the quarterly workflow", thread_id=thread)
    )
    delegation_id = started.pending_delegations[0].id
    out["thread_delegations"] = await run(client.delegations.list(thread))
    out["delegation_get"] = await run(client.delegations.get(delegation_id))
    out["delegation_cancel"] = await run(client.delegations.cancel(delegation_id))
    out["hive"] = await run(
        client.hive_agents.invoke(
            "market-research",
            "Explain refunds",
            callback_url=callback_url,
            sources={"knowledge_base_ids": [kb.id]},
            unattended=True,
            budget_policy="stop",
        )
    )
    out["hive_request"] = await wait_for_status(client, out["hive"].request_id, "completed")
    await run(chats.delete(agent.id, chat.id))
    await run(client.agents.delete(agent.id))
    await run(kbs.items.delete(kb.id, item.id))
    out["kb_delete"] = await run(kbs.delete(kb.id))
    out["kb_list_after"] = await run(kbs.list())
    out["agents_after"] = await run(client.agents.list())
    out["kb_id"], out["agent_id"] = kb.id, agent.id
    return out  # fmt: skip


def _verified_callback(receiver: CallbackReceiver, request_id: str, secret: str) -> Any:
    """The Hive Agent run's callback, its signature checked with the run's secret."""
    deliveries = [d for d in receiver.wait_for(1) if request_id.encode() in d.body]
    assert len(deliveries) == 1
    return construct_event(deliveries[0].body, deliveries[0].headers, secret=secret)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_0_4_1_scenario_through_the_0_4_1_names(
    kind: str, server: RunningServer, receiver: CallbackReceiver
) -> None:
    ws = server.settings.workspace_id

    async def main() -> dict[str, Any]:
        client = _client(kind, server)
        try:
            return await compat_scenario(client, ws, receiver.url)
        finally:
            await run(client.close())

    out = asyncio.run(main())
    assert [kb["name"] for kb in out["kb_list"]["knowledge_bases"]] == ["Support"]
    assert out["kb_update"]["knowledge_base"]["name"] == "Support (EN)"
    assert len(out["items"]["knowledge_base_items"]) == 2
    chunks = out["search"]["response"]["chunks"]
    assert chunks and REFUND in chunks[0]["content"]
    assert out["agent_update"]["agent"]["temperature"] == 0.4
    assert out["messages"]["messages"] and out["messages_after_clear"]["messages"] == []
    assert out["paused"]["run_status"] == "awaiting_approval"
    assert out["approval_decided"]["tool_action_approval"]["status"] != "pending"
    assert out["paused_after"]["status"] == "completed"
    assert out["delegation_cancel"]["status"] == "cancelled"
    assert out["hive"]["status"] == "pending" and out["hive_request"]["status"] == "completed"
    event = _verified_callback(receiver, out["hive"]["request_id"], out["hive"]["webhook_secret"])
    assert event["request_id"] == out["hive"]["request_id"]
    assert out["kb_list_after"]["knowledge_bases"] == [] and out["agents_after"]["agents"] == []
    # Envelopes as 0.4.1 returns them, and the typed models too.
    assert isinstance(out["kb_get"], dict) and isinstance(out["kb_get"], APIObject)
    assert out["kb_get"].knowledge_base.id == out["kb_id"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_scenario_through_the_namespaces(
    kind: str, server: RunningServer, receiver: CallbackReceiver
) -> None:
    async def main() -> dict[str, Any]:
        client = _client(kind, server, workspace_id=server.settings.workspace_id)
        try:
            return await namespace_scenario(client, receiver.url)
        finally:
            await run(client.close())

    out = asyncio.run(main())
    assert [kb.name for kb in out["kb_list"]] == ["Support"]
    assert out["kb_get"].id == out["kb_id"] and out["kb_get"].http_response.status_code == 200
    assert out["kb_update"].name == "Support (EN)" and len(out["items"]) == 2
    assert out["search"].chunks and REFUND in out["search"].chunks[0].content
    assert out["agent_update"].temperature == 0.4
    assert out["messages"] and out["messages_after_clear"] == []
    assert out["approval_decided"].status != "pending"
    assert out["paused_after"]["status"] == "completed"
    assert out["delegation_cancel"].status == "cancelled" and out["thread_delegations"]
    event = _verified_callback(receiver, out["hive"].request_id, out["hive"].webhook_secret)
    assert event["request_id"] == out["hive"].request_id
    assert out["kb_list_after"] == [] and out["agents_after"] == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_deleted_resource_is_not_found(kind: str, server: RunningServer) -> None:
    async def main() -> None:
        client = _client(kind, server, workspace_id=server.settings.workspace_id)
        kb = await run(client.knowledge_bases.create(name="Short-lived"))
        await run(client.knowledge_bases.delete(kb.id))
        with pytest.raises(APIStatusError) as caught:
            await run(client.knowledge_bases.get(kb.id))
        assert caught.value.status_code in (404, 422)  # the documented "not found" answers
        await run(client.close())

    asyncio.run(main())
