"""Stored resources: knowledge bases and items (search), agents and chats, assets, catalogues,
legacy paths, state in SQLite across a restart, and the faults on the new operations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fetch_hive_reference import FAULT_HEADER
from fetch_hive_reference.settings import DEV_WORKSPACE_ID
from fetch_hive_reference.testing import RunningServer, running_server

WS = f"/public/workspaces/{DEV_WORKSPACE_ID}"
OTHER_WS = f"/public/workspaces/{uuid.uuid4()}"


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    """A client of the module's server, whose stored state is forgotten after each test."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, trust_env=False) as client:
        yield client
    server.reset()


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _kb(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {"knowledge_base": {"name": "Support", **fields}}
    kb: dict[str, Any] = _ok(api.post(f"{WS}/knowledge_bases", json=body))["knowledge_base"]
    return kb


def _item(api: httpx.Client, kb_id: str, **fields: Any) -> dict[str, Any]:
    body = {"knowledge_base_item": {"name": "Item", **fields}}
    item: dict[str, Any] = _ok(api.post(f"{WS}/knowledge_bases/{kb_id}/items", json=body))[
        "knowledge_base_item"
    ]
    return item


def _search(
    api: httpx.Client, kb_id: str, query: str, limit: int = 5, threshold: float = 0.0
) -> Any:
    body = {
        "search_query": query,
        "search_type": "hybrid",
        "search_chunk_limit": limit,
        "search_score_threshold": threshold,
    }
    return _ok(api.post(f"{WS}/knowledge_bases/{kb_id}/search", json=body))["response"]["chunks"]


# ---- knowledge bases ------------------------------------------------------------------------
def test_knowledge_bases_are_created_read_updated_listed_and_deleted(api: httpx.Client) -> None:
    created = api.post(
        f"{WS}/knowledge_bases",
        json={"knowledge_base": {"name": "Docs", "search_type": "vector", "search_chunk_limit": 7}},
    )
    body = _ok(created)
    kb = body["knowledge_base"]
    assert body["message"] == "Knowledge base created."
    assert uuid.UUID(kb["id"]).version == 4
    assert (kb["search_type"], kb["search_chunk_limit"], kb["search_score_threshold"]) == (
        "vector",
        7,
        "0.3",  # a decimal string, as the published spec types it
    )
    assert kb["is_vector_search"] and not kb["is_hybrid_search"] and kb["data_item_count"] == 0

    assert _ok(api.get(f"{WS}/knowledge_bases/{kb['id']}"))["knowledge_base"] == kb
    updated = _ok(
        api.patch(
            f"{WS}/knowledge_bases/{kb['id']}",
            json={"knowledge_base": {"name": "Docs 2", "search_score_threshold": 0.55}},
        )
    )["knowledge_base"]
    assert (updated["name"], updated["search_score_threshold"], updated["search_chunk_limit"]) == (
        "Docs 2",
        "0.55",
        7,
    )
    second = _kb(api, name="Other")
    listed = _ok(api.get(f"{WS}/knowledge_bases"))["knowledge_bases"]
    assert [entry["id"] for entry in listed] == [kb["id"], second["id"]]  # creation order
    assert listed[0] == _ok(api.get(f"{WS}/knowledge_bases/{kb['id']}"))["knowledge_base"]

    assert _ok(api.delete(f"{WS}/knowledge_bases/{kb['id']}"))["message"]
    assert [e["id"] for e in _ok(api.get(f"{WS}/knowledge_bases"))["knowledge_bases"]] == [
        second["id"]
    ]


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("PATCH", "", {"knowledge_base": {"name": "x"}}),
        ("DELETE", "", None),
        ("GET", "/items", None),
        (
            "POST",
            "/search",
            {
                "search_query": "a",
                "search_type": "hybrid",
                "search_chunk_limit": 1,
                "search_score_threshold": 0,
            },
        ),
    ],
)
def test_unknown_knowledge_bases_are_the_documented_422(
    api: httpx.Client, method: str, suffix: str, body: Any
) -> None:
    response = api.request(method, f"{WS}/knowledge_bases/{uuid.uuid4()}{suffix}", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "Knowledge base not found."


def test_other_workspaces_are_404_and_malformed_ids_400(api: httpx.Client) -> None:
    for path in ("/knowledge_bases", "/agents", "/assets", "/tool_action_approvals"):
        response = api.get(OTHER_WS + path)
        assert response.status_code == 404 and response.json()["error"] == "Workspace not found"
    assert api.get(f"{WS}/knowledge_bases/not-a-uuid").status_code == 400


def test_invalid_search_types_and_limits_are_refused(api: httpx.Client) -> None:
    kb = _kb(api)
    base = {
        "search_query": "x",
        "search_type": "hybrid",
        "search_chunk_limit": 3,
        "search_score_threshold": 0.2,
    }
    for change in (
        {"search_type": "semantic"},
        {"search_chunk_limit": 0},
        {"search_score_threshold": 1.5},
    ):
        response = api.post(f"{WS}/knowledge_bases/{kb['id']}/search", json={**base, **change})
        assert response.status_code == 422, change
    missing = {key: value for key, value in base.items() if key != "search_type"}
    assert api.post(f"{WS}/knowledge_bases/{kb['id']}/search", json=missing).status_code == 422


# ---- items and search -----------------------------------------------------------------------
def test_search_scores_chunks_deterministically_and_honours_limit_and_threshold(
    api: httpx.Client,
) -> None:
    kb = _kb(api)
    refunds = _item(
        api,
        kb["id"],
        name="Refunds",
        data_content="Refund policy: thirty days. Shipping takes a week. Refund requests by mail.",
        maximum_chunk_length=5,
    )
    billing = _item(
        api, kb["id"], name="Billing", data_content="Invoices are monthly. Refund policy differs."
    )
    assert refunds["chunk_count"] == 3 and billing["chunk_count"] == 1

    chunks = _search(api, kb["id"], "refund policy")
    assert chunks == _search(api, kb["id"], "refund policy")  # deterministic
    scores = [chunk["score"] for chunk in chunks]
    assert scores == sorted(scores, reverse=True)
    # Both words: the first Refunds chunk and the Billing item score 1.0; "Refund" alone 0.5.
    assert [(c["item_name"], c["chunk_index"], c["score"]) for c in chunks] == [
        ("Refunds", 0, 1.0),
        ("Billing", 0, 1.0),
        ("Refunds", 1, 0.5),
    ]
    assert chunks[0]["knowledge_base_item_id"] == refunds["id"]
    assert chunks[0]["content"] == "Refund policy: thirty days. Shipping"
    assert len(_search(api, kb["id"], "refund policy", limit=2)) == 2
    assert [c["score"] for c in _search(api, kb["id"], "refund policy", threshold=0.75)] == [
        1.0,
        1.0,
    ]
    assert _search(api, kb["id"], "unrelated words") == []


def test_items_are_chunked_with_overlap_cleaned_updated_and_deleted(api: httpx.Client) -> None:
    kb = _kb(api)
    item = _item(
        api,
        kb["id"],
        data_content="one two three four five six seven",
        maximum_chunk_length=4,
        chunk_overlap=2,
        delete_email_data="true",
    )
    assert item["chunk_count"] == 3  # one-four, three-six, five-seven
    assert [c["content"] for c in _search(api, kb["id"], "four five")] == [
        "three four five six",
        "one two three four",
        "five six seven",
    ]
    path = f"{WS}/knowledge_bases/{kb['id']}/items/{item['id']}"
    updated = _ok(
        api.patch(path, json={"knowledge_base_item": {"data_content": "Mail ann@example.com now"}})
    )["knowledge_base_item"]
    assert updated["data_content"] == "Mail [email removed] now"
    assert _search(api, kb["id"], "example") == []
    assert _ok(api.get(path))["knowledge_base_item"] == updated
    listing = _ok(api.get(f"{WS}/knowledge_bases/{kb['id']}/items"))["knowledge_base_items"]
    assert listing == [updated]
    assert (
        _ok(api.get(f"{WS}/knowledge_bases/{kb['id']}"))["knowledge_base"]["data_item_count"] == 1
    )

    regenerated = _ok(api.post(path + "/regenerate"))
    lookup = _ok(api.get(f"/public/requests/{regenerated['request_id']}"))
    assert lookup["request_type"] == "knowledge_base_item" and lookup["status"] == "completed"

    assert _ok(api.delete(path))["message"]
    assert api.get(path).status_code == 422
    assert _search(api, kb["id"], "mail") == []


def test_deleting_a_knowledge_base_deletes_its_items(api: httpx.Client) -> None:
    kb = _kb(api)
    item = _item(api, kb["id"], data_content="text")
    api.delete(f"{WS}/knowledge_bases/{kb['id']}")
    assert api.get(f"{WS}/knowledge_bases/{kb['id']}/items/{item['id']}").status_code == 422
    assert api.get(f"{WS}/knowledge_bases/{kb['id']}/items").status_code == 422


# ---- agents and chats -----------------------------------------------------------------------
def _agent(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {
        "agent": {
            "name": "Support",
            "llm_model": "fetch-hive-reference-agent-1",
            "model_type": "llm",
            **fields,
        }
    }
    agent: dict[str, Any] = _ok(api.post(f"{WS}/agents", json=body))["agent"]
    return agent


def test_agents_are_stored_validated_and_answer_with_their_model(api: httpx.Client) -> None:
    agent = _agent(api, temperature=0.2, max_token=512)
    assert uuid.UUID(agent["id"]) and agent["temperature"] == 0.2 and agent["max_token"] == 512
    models = _ok(api.get("/public/models"))
    assert {m["slug"] for m in models} >= {agent["llm_model"]}
    bad = api.post(
        f"{WS}/agents",
        json={"agent": {"name": "X", "llm_model": "gpt-unknown", "model_type": "llm"}},
    )
    assert bad.status_code == 422 and bad.json()["error"] == "Invalid LLM model"
    path = f"{WS}/agents/{agent['id']}"
    reasoning = models[1]["slug"]
    updated = _ok(
        api.patch(path, json={"agent": {"llm_model": reasoning, "reasoning_effort": "low"}})
    )
    assert updated["agent"]["llm_model"] == reasoning and updated["agent"]["name"] == "Support"
    assert _ok(api.get(path))["agent"] == updated["agent"]
    assert [a["id"] for a in _ok(api.get(f"{WS}/agents"))["agents"]] == [agent["id"]]
    answer = _ok(api.post("/agent/invoke", json={"agent": agent["id"], "message": "hi"}))
    assert answer["model"] == reasoning
    assert _ok(api.delete(path))["message"]
    assert api.get(path).status_code == 422 and api.get(path).json()["error"] == "Agent not found."


def test_chat_messages_are_the_turns_of_invokes_with_the_chat_as_thread(api: httpx.Client) -> None:
    agent = _agent(api)
    chats = f"{WS}/agents/{agent['id']}/chats"
    chat = _ok(api.post(chats, json={"chat": {"name": "Onboarding"}}))["chat"]
    assert chat["message_count"] == 0 and chat["agent"]["id"] == agent["id"]
    for message in ("How do refunds work?", "And shipping?"):
        _ok(
            api.post(
                "/agent/invoke",
                json={"agent": agent["id"], "message": message, "thread_id": chat["id"]},
            )
        )
    messages = _ok(api.get(f"{chats}/{chat['id']}/messages"))["messages"]
    assert [(m["role"], m["chat_id"]) for m in messages] == [
        ("user", chat["id"]),
        ("assistant", chat["id"]),
    ] * 2
    assert messages[2]["content"] == "And shipping?"
    assert "How do refunds work?" in messages[3]["content"]  # the thread's context
    shown = _ok(api.get(f"{chats}/{chat['id']}"))["chat"]
    assert shown["message_count"] == 4 and shown["last_message_content"] == messages[3]["content"]
    renamed = _ok(api.patch(f"{chats}/{chat['id']}", json={"chat": {"name": "Done"}}))["chat"]
    assert renamed["name"] == "Done" and renamed["message_count"] == 4

    cleared = _ok(api.patch(f"{chats}/{chat['id']}/clear_messages"))
    assert cleared["message"] == "Successfully cleared the messages."
    assert cleared["chat"]["message_count"] == 0
    assert _ok(api.get(f"{chats}/{chat['id']}/messages"))["messages"] == []

    assert _ok(api.delete(f"{chats}/{chat['id']}"))["message"]
    assert api.get(f"{chats}/{chat['id']}").status_code == 404
    assert api.delete(f"{chats}/{chat['id']}").status_code == 404  # documented 404
    unknown_agent = f"{WS}/agents/{uuid.uuid4()}/chats"
    assert api.post(unknown_agent, json={"chat": {"name": "x"}}).status_code == 422


def test_deleting_an_agent_deletes_its_chats_and_messages(
    api: httpx.Client, server: RunningServer
) -> None:
    agent = _agent(api)
    chat = _ok(api.post(f"{WS}/agents/{agent['id']}/chats", json={"chat": {"name": "c"}}))["chat"]
    api.post("/agent/invoke", json={"agent": agent["id"], "message": "hi", "thread_id": chat["id"]})
    api.delete(f"{WS}/agents/{agent['id']}")
    assert server.state.thread_history(agent["id"], chat["id"]) == []
    assert api.get(f"{WS}/agents/{agent['id']}/chats/{chat['id']}").status_code == 422


# ---- assets ---------------------------------------------------------------------------------
def test_uploads_become_assets_and_knowledge_base_items(api: httpx.Client) -> None:
    text = b"Assets can be searched once they are items."
    uploaded = _ok(api.post(f"{WS}/assets", files={"file": ("notes.txt", text, "text/plain")}))
    asset = uploaded["asset"]
    assert (asset["file_name"], asset["file_type"], asset["file_size"]) == (
        "notes.txt",
        "text/plain",
        len(text),
    )
    assert asset["asset_type"] == "document" and asset["workspace_id"] == DEV_WORKSPACE_ID
    image = _ok(
        api.post(
            f"{WS}/assets", files={"file": ("chart.png", b"\x89PNG", "application/octet-stream")}
        )
    )
    assert image["asset"]["file_type"] == "image/png" and image["asset"]["asset_type"] == "image"
    assert [a["id"] for a in _ok(api.get(f"{WS}/assets"))["assets"]] == [
        asset["id"],
        image["asset"]["id"],
    ]

    kb = _kb(api)
    item = _item(api, kb["id"], asset_id=asset["id"])
    assert item["item_type"] == "file" and item["data_content"] == text.decode()
    assert _search(api, kb["id"], "searched items")[0]["score"] == 1.0
    missing = api.post(
        f"{WS}/knowledge_bases/{kb['id']}/items",
        json={"knowledge_base_item": {"name": "x", "asset_id": str(uuid.uuid4())}},
    )
    assert missing.status_code == 422


def test_uploads_over_the_limit_are_413_and_a_missing_file_422() -> None:
    with running_server(stream_pace=0, max_upload_bytes=1000) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            assert (
                api.post(f"{WS}/assets", files={"file": ("a.bin", b"x" * 1000)}).status_code == 200
            )
            over = api.post(f"{WS}/assets", files={"file": ("a.bin", b"x" * 1001)})
            assert over.status_code == 413 and over.json()["error"] == "File too large"
            # A declared length far over the limit is refused before the body is read.
            huge = api.post(f"{WS}/assets", files={"file": ("a.bin", b"x" * 200_000)})
            assert huge.status_code == 413

            def chunked() -> Iterator[bytes]:  # no Content-Length: cut off while streaming
                yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\n'
                for _ in range(100):
                    yield b"x" * 10_000

            streamed = api.post(
                f"{WS}/assets",
                content=chunked(),
                headers={"Content-Type": "multipart/form-data; boundary=b"},
            )
            assert streamed.status_code == 413
            no_file = api.post(f"{WS}/assets", files={"other": ("a.txt", b"x")})
            assert no_file.status_code == 422
            as_field = api.post(f"{WS}/assets", data={"file": "not a file"}, files={"x": ("", b"")})
            assert as_field.status_code == 422
            not_multipart = api.post(f"{WS}/assets", json={"file": "x"})
            assert not_multipart.status_code == 400
            assert _ok(api.get(f"{WS}/assets"))["assets"][0]["file_size"] == 1000


# ---- catalogues and legacy paths --------------------------------------------------------------
def test_models_and_search_service_catalogues(api: httpx.Client, server: RunningServer) -> None:
    models = _ok(api.get("/public/models"))
    assert all(m["provider"] == "fetch-hive-reference" for m in models)
    assert any(m["is_image_generation"] for m in models)
    catalogues = httpx.get(server.base_url + "/public/search_services/countries").json()  # no key
    services = [s["service"] for s in catalogues["services"]]
    assert services == [
        "google_search",
        "google_news",
        "google_ai_mode",
        "google_ai_overview",
        "bing_search",
    ]
    bing = httpx.get(server.base_url + "/public/search_services/bing_search/countries").json()
    assert bing == catalogues["services"][-1]
    assert {"country_name": "Germany", "alpha2": "DE", "value": "DE"} in bing["countries"]
    google = catalogues["services"][0]
    assert {"country_name": "Germany", "alpha2": "DE", "value": "de"} in google["countries"]
    unknown = httpx.get(server.base_url + "/public/search_services/yahoo/countries")
    assert unknown.status_code == 404


def test_the_legacy_paths(api: httpx.Client) -> None:
    legacy = _ok(api.post("/invoke", json={"deployment": "welcome", "inputs": {"name": "Ann"}}))
    modern = _ok(
        api.post("/prompt/invoke", json={"deployment": "welcome", "inputs": {"name": "Ann"}})
    )
    assert legacy["response"] == modern["response"]
    run = _ok(
        api.post("/workflow/invoke", json={"deployment": "report", "inputs": {"topic": "AI"}})
    )
    found = _ok(api.get(f"/workflow_runs/{run['request_id']}"))["workflow_run"]
    assert found["token"] == run["request_id"] and found["run_status"] == "completed"
    assert found["start_inputs"] == {"topic": "AI"} and found["output_content"] == run["output"]
    assert found["run_async"] == "false" and isinstance(found["id"], int)
    missing = api.get(f"/workflow_runs/{legacy['request_id']}")  # a prompt run is no workflow run
    assert missing.status_code == 404 and missing.json()["error"] == "Prompt workflow run not found"


# ---- faults ---------------------------------------------------------------------------------
def test_faults_work_on_the_new_operations(api: httpx.Client, server: RunningServer) -> None:
    limited = api.get(f"{WS}/knowledge_bases", headers={FAULT_HEADER: "rate_limit; retry_after=2"})
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "2"
    capped = api.get("/public/models", headers={FAULT_HEADER: "daily_cap; limit=9"})
    assert capped.status_code == 429 and capped.json()["limit"] == 9
    flaky = {FAULT_HEADER: "flaky; times=1; status=503; key=kb-create"}
    body = {"knowledge_base": {"name": "Flaky"}}
    assert api.post(f"{WS}/knowledge_bases", json=body, headers=flaky).status_code == 503
    assert api.post(f"{WS}/knowledge_bases", json=body, headers=flaky).status_code == 200
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(f"{WS}/knowledge_bases", headers={FAULT_HEADER: "drop"})
    hive = {
        "hive_agent": "h",
        "objective": "o",
        "async": {"enabled": True, "callback_url": "http://127.0.0.1:9/"},
    }
    assert (
        api.post(
            "/hive-agent/invoke", json=hive, headers={FAULT_HEADER: "provider_error"}
        ).status_code
        == 502
    )
    server.set_fault("rate_limit")
    try:
        assert api.get(f"{WS}/agents").status_code == 429
    finally:
        server.clear_fault()


# ---- state across a restart -----------------------------------------------------------------
def test_state_survives_a_restart_with_a_state_file(tmp_path: Path) -> None:
    state = tmp_path / "reference.sqlite3"

    def start() -> Any:
        return running_server(stream_pace=0, state_path=state, delegation_seconds=60)

    with start() as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            kb = _kb(api, name="Kept")
            _item(api, kb["id"], data_content="kept words survive")
            agent = _agent(api)
            chat = _ok(api.post(f"{WS}/agents/{agent['id']}/chats", json={"chat": {"name": "c"}}))[
                "chat"
            ]
            api.post(
                "/agent/invoke",
                json={"agent": agent["id"], "message": "remember me", "thread_id": chat["id"]},
            )
            asset = _ok(api.post(f"{WS}/assets", files={"file": ("a.txt", b"bytes")}))["asset"]
            started = _ok(
                api.post(
                    "/agent/invoke",
                    json={
                        "agent": "a",
                        "message": "run the report workflow",
                        "thread_id": "t-restart",
                    },
                )
            )
            delegation_id = started["pending_delegations"][0]["id"]
    with start() as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as api:
            assert (
                _ok(api.get(f"{WS}/knowledge_bases/{kb['id']}"))["knowledge_base"]["name"] == "Kept"
            )
            assert _search(api, kb["id"], "kept words")[0]["score"] == 1.0
            messages = _ok(api.get(f"{WS}/agents/{agent['id']}/chats/{chat['id']}/messages"))[
                "messages"
            ]
            assert messages[0]["content"] == "remember me"
            assert _ok(api.get(f"{WS}/assets"))["assets"] == [asset]
            # The process that ran it is gone: the delegation can never finish.
            assert _ok(api.get(f"/agent/delegations/{delegation_id}"))["status"] == "expired"
    with running_server(stream_pace=0) as fresh:  # without --state: nothing is kept
        headers = {"Authorization": f"Bearer {fresh.api_key}"}
        assert httpx.get(fresh.base_url + f"{WS}/knowledge_bases", headers=headers).json() == {
            "knowledge_bases": []
        }
