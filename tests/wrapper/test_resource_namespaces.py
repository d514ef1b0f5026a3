"""The resource namespaces and 0.4.1's resource methods on httpx.MockTransport, sync and
async: requests as documented, bad input refused before sending, envelopes unwrapped,
every page of a paged list, uploads streamed, the client's workspace."""

from __future__ import annotations

import inspect
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from _mypy_snippets import Checked, snippet
from _wrapper_support import (
    AGENT,
    API_KEY,
    BASE_URL,
    CHAT,
    ITEM,
    KB,
    WS,
    Recorder,
    invoke,
    make_client,
    reply,
)
from fetch_hive_sdk import AsyncFetchHive, FetchHive, InputValidationError, ResponseFieldError

pytestmark = pytest.mark.anyio

KB_JSON = {"id": KB, "name": "Support", "search_type": "hybrid", "data_item_count": 2}


def _client(kind: str, recorder: Recorder, **settings: Any) -> Any:
    settings.setdefault("workspace_id", WS)
    return make_client(kind, recorder, **settings)


async def _call(client: Any, path: str, *args: Any, **kwargs: Any) -> Any:
    """`client.<path>(...)` (`knowledge_bases.items.create`), awaited on the async client."""
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    result = target(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


# Requests as documented, answers unwrapped. ----------------------------------------------

CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, Any, Any]] = [
    # (method, args, kwargs, HTTP method, path after /v1, request body, answer)
    ("knowledge_bases.list", (), {}, "GET", f"/public/workspaces/{WS}/knowledge_bases", None, {"knowledge_bases": [KB_JSON]}),
    ("knowledge_bases.create", (), {"name": "Support", "search_chunk_limit": 3}, "POST", f"/public/workspaces/{WS}/knowledge_bases", {"knowledge_base": {"name": "Support", "search_chunk_limit": 3}}, {"knowledge_base": KB_JSON}),
    ("knowledge_bases.get", (KB,), {}, "GET", f"/public/workspaces/{WS}/knowledge_bases/{KB}", None, {"knowledge_base": KB_JSON}),
    ("knowledge_bases.update", (KB,), {"description": "FAQ"}, "PATCH", f"/public/workspaces/{WS}/knowledge_bases/{KB}", {"knowledge_base": {"description": "FAQ"}}, {"knowledge_base": KB_JSON}),
    ("knowledge_bases.delete", (KB,), {}, "DELETE", f"/public/workspaces/{WS}/knowledge_bases/{KB}", None, {"message": "ok"}),
    ("knowledge_bases.search", (KB, "refunds"), {"chunk_limit": 3}, "POST", f"/public/workspaces/{WS}/knowledge_bases/{KB}/search", {"search_query": "refunds", "search_type": "hybrid", "search_chunk_limit": 3, "search_score_threshold": 0.0}, {"response": {"chunks": [{"content": "x"}]}}),
    ("knowledge_bases.items.create", (KB,), {"name": "FAQ", "data_content": "text"}, "POST", f"/public/workspaces/{WS}/knowledge_bases/{KB}/items", {"knowledge_base_item": {"name": "FAQ", "data_content": "text"}}, {"knowledge_base_item": {"id": ITEM}}),
    ("knowledge_bases.items.regenerate", (KB, ITEM), {}, "POST", f"/public/workspaces/{WS}/knowledge_bases/{KB}/items/{ITEM}/regenerate", None, {"message": "queued"}),
    ("agents.create", (), {"name": "A", "llm_model": "m", "model_type": "llm", "temperature": 0.5}, "POST", f"/public/workspaces/{WS}/agents", {"agent": {"name": "A", "llm_model": "m", "model_type": "llm", "temperature": 0.5}}, {"agent": {"id": AGENT}}),
    ("agents.chats.create", (AGENT, "Chat"), {}, "POST", f"/public/workspaces/{WS}/agents/{AGENT}/chats", {"chat": {"name": "Chat"}}, {"chat": {"id": CHAT}}),
    ("agents.chats.clear_messages", (AGENT, CHAT), {}, "PATCH", f"/public/workspaces/{WS}/agents/{AGENT}/chats/{CHAT}/clear_messages", None, {"chat": {"id": CHAT}}),
    ("agents.chats.messages", (AGENT, CHAT), {}, "GET", f"/public/workspaces/{WS}/agents/{AGENT}/chats/{CHAT}/messages", None, {"messages": [{"role": "user"}]}),
    ("delegations.cancel", (ITEM,), {}, "POST", f"/agent/delegations/{ITEM}/cancel", None, {"id": ITEM, "status": "cancelled"}),
    ("delegations.list", ("thread 1",), {}, "GET", "/agent/threads/thread%201/delegations", None, {"delegations": []}),
    ("approvals.decide", (ITEM, "deny"), {}, "POST", f"/public/workspaces/{WS}/tool_action_approvals/{ITEM}/decide", {"decision": "deny"}, {"tool_action_approval": {"id": ITEM}}),
    ("hive_agents.invoke", ("hive-1", "Research"), {"callback_url": "https://example.com/cb"}, "POST", "/hive-agent/invoke", {"hive_agent": "hive-1", "objective": "Research", "async": {"enabled": True, "callback_url": "https://example.com/cb"}}, {"run_id": "r", "status": "pending"}),
    ("models.list", (), {}, "GET", "/public/models", None, [{"slug": "m1"}, {"slug": "m2"}]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "http", "path", "body", "answer"),
    CALLS,
    ids=[c[0] for c in CALLS],
)
async def test_each_namespace_call(
    kind: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    http: str,
    path: str,
    body: Any,
    answer: Any,
) -> None:
    recorder = Recorder([reply(200, answer)])
    result = await _call(_client(kind, recorder), method, *args, **kwargs)
    request = recorder.last
    assert request.method == http
    assert request.url.raw_path.decode() == "/v1" + path
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert (json.loads(request.content) if request.content else None) == body
    if isinstance(answer, list):
        assert result == answer and isinstance(result, list)
    elif len(answer) == 1 and isinstance(next(iter(answer.values())), dict):
        (inner,) = answer.values()  # an envelope: the object itself comes back
        assert result == inner and result.http_response.status_code == 200
    elif len(answer) == 1 and isinstance(next(iter(answer.values())), list):
        (inner,) = answer.values()
        assert result == inner
    else:
        assert result == answer


async def test_0_4_1_names_return_the_envelopes(kind: str) -> None:
    recorder = Recorder([reply(200, {"knowledge_base": KB_JSON, "message": "Created."})])
    client = _client(kind, recorder, workspace_id=None)
    envelope = await invoke(client, "create_knowledge_base", WS, {"name": "Support"})
    assert envelope == {"knowledge_base": KB_JSON, "message": "Created."}
    assert envelope.knowledge_base.data_item_count == 2
    assert recorder.body() == {"knowledge_base": {"name": "Support"}}


# Bad input: refused, named, nothing sent. ------------------------------------------------

BAD: list[tuple[str, str, tuple[Any, ...], dict[str, Any], str]] = [
    ("not a uuid", "knowledge_bases.get", ("kb-1",), {}, "must be a UUID"),
    ("dot id", "delegations.list", ("..",), {}, "not an id"),
    ("missing name", "knowledge_bases.create", (), {"description": "x"}, 'knowledge_base["name"]: is required'),
    ("unknown field", "knowledge_bases.create", (), {"name": "x", "colour": "red"}, "unknown field 'colour'"),
    ("wrong type", "knowledge_bases.create", (), {"name": 3}, 'knowledge_base["name"]: must be str'),
    ("search type", "knowledge_bases.search", (KB, "q"), {"search_type": "fuzzy"}, "search_type"),
    ("chunk limit", "knowledge_bases.search", (KB, "q"), {"chunk_limit": 101}, "between 1 and 100"),
    ("threshold", "knowledge_bases.search", (KB, "q"), {"score_threshold": 1.5}, "between 0 and 1"),
    ("threshold nan", "knowledge_bases.search", (KB, "q"), {"score_threshold": float("nan")}, "search"),
    ("empty query", "knowledge_bases.search", (KB, "  "), {}, "search_query"),
    ("temperature", "agents.create", (), {"name": "a", "llm_model": "m", "model_type": "llm", "temperature": 3}, "between 0 and 2"),
    ("decision", "approvals.decide", (ITEM, "maybe"), {}, "allow_once"),
    ("hive callback", "hive_agents.invoke", ("h", "o"), {"callback_url": "http://example.com/cb"}, "https"),
    ("hive budget", "hive_agents.invoke", ("h", "o"), {"callback_url": "https://e.com/cb", "budget_policy": "spend"}, "budget_policy"),
    ("hive sources", "hive_agents.invoke", ("h", "o"), {"callback_url": "https://e.com/cb", "sources": {"urls": []}}, "unknown field 'urls'"),
    ("search service", "search_services.countries", ("altavista",), {}, "google_search"),
    ("upload type", "assets.upload", (12,), {}, "a path, bytes or a binary file"),
    ("upload missing", "assets.upload", ("/no/such/file.pdf",), {}, "no such file"),
    ("page size", "approvals.list", (), {"page_size": 0}, "page_size: must be between 1 and 100"),
    ("page size type", "approvals.list", (), {"page_size": "10"}, "page_size: must be an integer"),
    # The spec's length constraints (minLength), refused here instead of a 422 "is too short".
    ("empty chat name", "agents.chats.create", (AGENT, ""), {}, 'chat["name"]: must not be empty'),
    ("empty chat rename", "agents.chats.update", (AGENT, CHAT), {"name": ""}, 'chat["name"]: must not be empty'),
    ("empty kb name", "knowledge_bases.create", (), {"name": ""}, 'knowledge_base["name"]: must not be empty'),
    ("empty kb rename", "knowledge_bases.update", (KB,), {"name": ""}, 'knowledge_base["name"]: must not be empty'),
    ("empty agent name", "agents.create", (), {"name": "", "llm_model": "m", "model_type": "llm"}, 'agent["name"]: must not be empty'),
    ("empty llm model", "agents.create", (), {"name": "a", "llm_model": "", "model_type": "llm"}, 'agent["llm_model"]: must not be empty'),
    ("empty item name", "knowledge_bases.items.create", (KB,), {"name": ""}, 'knowledge_base_item["name"]: must not be empty'),
    ("item overlap", "knowledge_bases.items.update", (KB, ITEM), {"chunk_overlap": -1}, 'knowledge_base_item["chunk_overlap"]: must be at least 0, got -1'),
    ("empty hive source", "hive_agents.invoke", ("h", "o"), {"callback_url": "https://e.com/cb", "sources": {"asset_ids": [""]}}, '["asset_ids"][0]: must not be empty'),
    # A Hive Agent run always reports by callback: the message says so, not "async_mode".
    ("hive no callback", "hive_agents.invoke", ("h", "o"), {"callback_url": ""}, "callback_url: is required: a Hive Agent run always reports"),
    # The workspace by position is checked like the keyword.
    ("positional workspace", "knowledge_bases.list", ("my-workspace",), {}, "workspace_id: must be a UUID"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "fragment"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
async def test_bad_input_is_refused_before_sending(
    kind: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], fragment: str
) -> None:
    recorder = Recorder([reply(200, {})])
    with pytest.raises(
        InputValidationError, match=fragment.replace("[", r"\[").replace("(", r"\(")
    ):
        await _call(_client(kind, recorder), method, *args, **kwargs)
    assert recorder.requests == []


async def test_a_text_file_object_is_refused(kind: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    recorder = Recorder([reply(200, {})])
    with (tmp_path / "a.txt").open() as text, pytest.raises(InputValidationError, match="binary"):
        await _call(_client(kind, recorder), "assets.upload", text)


# The workspace: given per call, or set once. -------------------------------------------------


async def test_without_a_workspace_the_call_says_how_to_give_one(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FETCH_HIVE_WORKSPACE_ID", raising=False)
    recorder = Recorder([reply(200, {"knowledge_bases": []})])
    client = _client(kind, recorder, workspace_id=None)
    with pytest.raises(InputValidationError, match="FETCH_HIVE_WORKSPACE_ID"):
        await _call(client, "knowledge_bases.list")
    assert await _call(client, "knowledge_bases.list", workspace_id=WS) == []
    assert f"/workspaces/{WS}/" in recorder.last.url.path


async def test_the_workspace_from_the_environment(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FETCH_HIVE_WORKSPACE_ID", WS.upper())
    recorder = Recorder([reply(200, {"agents": []})])
    client = _client(kind, recorder, workspace_id=None)
    assert client.workspace_id == WS  # checked and normalised
    await _call(client, "agents.list")
    other = "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
    await _call(client.with_options(workspace_id=other), "agents.list")
    assert [f"/workspaces/{WS}/", f"/workspaces/{other}/"] == [
        "/" + "/".join(r.url.path.split("/")[3:5]) + "/" for r in recorder.requests
    ]


@pytest.mark.parametrize("client_class", [FetchHive, AsyncFetchHive])
def test_a_bad_workspace_is_refused_at_construction(client_class: type) -> None:
    with pytest.raises(InputValidationError, match="workspace_id: must be a UUID"):
        client_class(API_KEY, workspace_id="my-workspace")


# Paging and tolerance. ---------------------------------------------------------------------


async def test_every_page_of_the_approvals(kind: str) -> None:
    pages = iter(
        [
            {"tool_action_approvals": [{"id": "a1"}, {"id": "a2"}], "next_cursor": "c2"},
            {"tool_action_approvals": [{"id": "a3"}], "next_cursor": "c3"},
            {"tool_action_approvals": [], "next_cursor": None},
        ]
    )
    recorder = Recorder([lambda request: httpx.Response(200, json=next(pages))])
    approvals = await _call(
        _client(kind, recorder), "approvals.list", status="pending", page_size=2
    )
    assert [a.id for a in approvals] == ["a1", "a2", "a3"]
    assert [r.url.params.get("cursor") for r in recorder.requests] == [None, "c2", "c3"]
    assert all(
        r.url.params["limit"] == "2" and r.url.params["status"] == "pending"
        for r in recorder.requests
    )


async def test_an_envelope_without_its_object_is_a_field_error_that_keeps_the_answer(
    kind: str,
) -> None:
    recorder = Recorder([reply(200, {"message": "Created."})])
    with pytest.raises(
        ResponseFieldError, match=r"^KnowledgeBaseEnvelope\.knowledge_base: expected"
    ) as caught:
        await _call(_client(kind, recorder), "knowledge_bases.create", name="x")
    # Nothing is lost: the whole answer and the response ride on the error.
    assert caught.value.body == {"message": "Created."}
    assert caught.value.http_response is not None
    assert caught.value.http_response.status_code == 200


@pytest.mark.parametrize(
    "wrapped", [None, "kb", ["kb"]], ids=["null", "a string", "a list"]
)  # fmt: skip
async def test_a_wrapped_value_that_is_not_an_object_is_a_field_error(
    kind: str, wrapped: Any
) -> None:
    answer = {"knowledge_base": wrapped, "extra": 1}
    recorder = Recorder([reply(200, answer)])
    with pytest.raises(ResponseFieldError, match="knowledge_base") as caught:
        await _call(_client(kind, recorder), "knowledge_bases.get", ITEM)
    assert caught.value.body == answer


async def test_an_answer_that_is_the_object_itself_is_read_as_the_object(kind: str) -> None:
    # Tolerant reader: a service that answers the bare object (no wrapper) loses nothing.
    recorder = Recorder([reply(200, {"id": ITEM, "name": "Docs", "surprise": True})])
    kb = await _call(_client(kind, recorder), "knowledge_bases.create", name="Docs")
    assert type(kb).__name__ == "KnowledgeBase"
    assert kb == {"id": ITEM, "name": "Docs", "surprise": True}
    assert kb.id == ITEM and kb.name == "Docs"
    assert kb.http_response is not None


async def test_a_list_answer_without_its_list_keeps_the_answer_on_the_error(kind: str) -> None:
    recorder = Recorder([reply(200, {"items": []})])
    with pytest.raises(ResponseFieldError, match="knowledge_bases") as caught:
        await _call(_client(kind, recorder), "knowledge_bases.list")
    assert caught.value.body == {"items": []}


# Uploads: streamed from a file, never read whole. -------------------------------------------


def _multipart_recorder(seen: dict[str, Any]) -> Recorder:
    def handle(request: httpx.Request) -> httpx.Response:
        body = request.read()
        seen["content_type"] = request.headers["content-type"]
        seen["size"] = len(body)
        seen["head"] = body[:400]
        return httpx.Response(200, json={"asset": {"id": ITEM, "file_name": "report.bin"}})

    return Recorder([handle])


async def test_an_upload_from_a_path_is_multipart_and_closes_the_file(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(b"\x00\x01" * 5000)
    seen: dict[str, Any] = {}
    asset = await _call(_client(kind, _multipart_recorder(seen)), "assets.upload", path)
    assert asset.id == ITEM
    assert seen["content_type"].startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in seen["content_type"]  # the generated fixed boundary is dropped
    assert b'name="file"; filename="report.bin"' in seen["head"] and seen["size"] > 10_000


async def test_bytes_and_file_objects_upload_too(kind: str) -> None:
    for file in (b"hello", io.BytesIO(b"hello")):
        seen: dict[str, Any] = {}
        await _call(
            _client(kind, _multipart_recorder(seen)),
            "assets.upload",
            file,
            file_name="hi.txt",
            content_type="text/plain",
        )
        assert b'filename="hi.txt"' in seen["head"] and b"Content-Type: text/plain" in seen["head"]


def test_a_large_upload_is_never_in_memory_whole(tmp_path: Path) -> None:
    # 40 MB through a transport that reads the body in chunks and keeps none of them.
    path = tmp_path / "big.bin"
    with path.open("wb") as file:
        for _ in range(40):
            file.write(b"x" * (1 << 20))
    received = [0]

    class Sink(httpx.BaseTransport):
        # Reads the body as a network transport does, chunk by chunk (MockTransport would
        # read it whole first).
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            for chunk in request.stream:  # type: ignore[union-attr]
                received[0] += len(chunk)
            return httpx.Response(200, json={"asset": {"id": ITEM}})

    client = FetchHive(
        API_KEY, BASE_URL, workspace_id=WS, http_client=httpx.Client(transport=Sink())
    )
    tracemalloc.start()
    try:
        client.assets.upload(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received[0] > 40 * (1 << 20)
    assert peak < 8 * (1 << 20), f"peak {peak / (1 << 20):.1f} MB"


# The workspace by position: the issue's own examples. ----------------------------------------

OTHER_WS = "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"


@pytest.mark.parametrize(
    ("method", "answer"),
    [
        ("knowledge_bases.list", {"knowledge_bases": []}),
        ("agents.list", {"agents": []}),
        ("assets.list", {"assets": []}),
        ("approvals.list", {"tool_action_approvals": [], "next_cursor": None}),
    ],
)
async def test_list_methods_take_the_workspace_by_position_or_keyword(
    kind: str, method: str, answer: dict[str, Any]
) -> None:
    recorder = Recorder([reply(200, answer)])
    client = _client(kind, recorder, workspace_id=None)
    # (A paged list is a pager on the sync client: list() reads it.)
    assert list(await _call(client, method, OTHER_WS)) == []
    assert list(await _call(client, method, workspace_id=OTHER_WS)) == []
    assert list(await _call(_client(kind, recorder), method)) == []  # the client's
    assert list(await _call(_client(kind, recorder), method, None)) == []  # the client's too
    workspaces = [r.url.path.split("/")[4] for r in recorder.requests]
    assert workspaces == [OTHER_WS, OTHER_WS, WS, WS]


async def test_approvals_list_takes_the_workspace_first_and_filters_by_keyword(kind: str) -> None:
    recorder = Recorder([reply(200, {"tool_action_approvals": [], "next_cursor": None})])
    await _call(_client(kind, recorder), "approvals.list", OTHER_WS, status="pending")
    assert f"/workspaces/{OTHER_WS}/" in recorder.last.url.path
    assert recorder.last.url.params["status"] == "pending"


async def test_upload_with_the_workspace_first_or_from_the_client(kind: str) -> None:
    seen: dict[str, Any] = {}
    recorder = _multipart_recorder(seen)
    client = _client(kind, recorder, workspace_id=None)
    with_workspace = _client(kind, recorder)
    await _call(client, "assets.upload", OTHER_WS, b"hello", file_name="a.txt")  # the issue's
    await _call(with_workspace, "assets.upload", b"hello")  # the client's
    await _call(with_workspace, "assets.upload", None, b"hello")  # None: the client's too
    await _call(client, "assets.upload", b"hello", workspace_id=OTHER_WS)
    await _call(client, "assets.upload", file=b"hello", workspace_id=OTHER_WS)
    paths = [r.url.path.split("/")[4] for r in recorder.requests]
    assert paths == [OTHER_WS, WS, WS, OTHER_WS, OTHER_WS]
    assert b'filename="a.txt"' in recorder.requests[0].read()


async def test_upload_without_a_client_workspace_and_none_given_says_how(kind: str) -> None:
    recorder = Recorder([reply(200, {})])
    client = _client(kind, recorder, workspace_id=None)
    with pytest.raises(InputValidationError, match="workspace_id: none given"):
        await _call(client, "assets.upload", None, b"hello")
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing 1 required argument: 'file'"),
        ((WS, b"x", b"y"), {}, "takes 1 or 2 positional arguments but 3 were given"),
        ((WS, b"x"), {"workspace_id": WS}, "multiple values for argument 'workspace_id'"),
        ((b"x",), {"file": b"y"}, "multiple values for argument 'file'"),
    ],
)
async def test_upload_calls_that_fit_neither_form_are_type_errors(
    kind: str, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    recorder = Recorder([reply(200, {})])
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        await _call(_client(kind, recorder), "assets.upload", *args, **kwargs)
    assert recorder.requests == []


UPLOAD_FORMS = snippet(
    "upload_forms",
    "from pathlib import Path\n"
    "from fetch_hive_sdk import AsyncFetchHive, FetchHive\n"
    "def check(client: FetchHive) -> None:\n"
    "    reveal_type(client.assets.upload('a.pdf'))\n"
    "    reveal_type(client.assets.upload('ws', Path('a.pdf')))\n"
    "    reveal_type(client.assets.upload(file=b'x', workspace_id='ws'))\n"
    "    reveal_type(client.knowledge_bases.list('ws'))\n"
    "    reveal_type(client.approvals.list('ws', status='pending'))\n"
    "    client.assets.upload()  # E1\n"
    "    client.assets.upload('ws', b'x', workspace_id='ws')  # E2\n"
    "    client.assets.upload(12)  # E3\n"
    "    client.assets.upload('ws', b'x', 'a.txt')  # E4\n"
    "async def check_async(client: AsyncFetchHive) -> None:\n"
    "    reveal_type(await client.assets.upload('ws', b'x'))\n"
    "    reveal_type(await client.agents.list('ws'))\n",
)


@pytest.mark.mypy
def test_mypy_sees_the_upload_forms(mypy_snippets: dict[str, Checked]) -> None:
    checked = mypy_snippets[UPLOAD_FORMS]
    revealed, out = checked.revealed, checked.output
    asset = '"fetch_hive_api.models.asset.Asset"'
    assert revealed == [
        asset,
        asset,
        asset,
        '"builtins.list[fetch_hive_api.models.knowledge_base.KnowledgeBase]"',
        '"fetch_hive_sdk._pagination.Pager[fetch_hive_api.models.tool_action_approval.ToolActionApproval]"',
        asset,
        '"builtins.list[fetch_hive_api.models.workspace_agent.WorkspaceAgent]"',
    ]
    assert checked.error_lines == [9, 10, 11, 12], out


# 0.4.1's names with the client's workspace: a missing id is named, with the ways to call. -----

COMPAT_MISSING: list[tuple[str, tuple[Any, ...], str, str]] = [
    # (method, args given as a user who forgot the workspace comes first, missing, a hint)
    ("get_knowledge_base", (KB,), "id", "get_knowledge_base(None, id) or get_knowledge_base(id=...)"),
    ("delete_knowledge_base", (KB,), "id", "delete_knowledge_base(None, id)"),
    ("update_knowledge_base", (KB, {"name": "x"}), "knowledge_base", "update_knowledge_base(None, id, knowledge_base)"),
    ("create_knowledge_base", ({"name": "x"},), "knowledge_base", "create_knowledge_base(knowledge_base=...)"),
    ("search_knowledge_base", (KB,), "id", "search_knowledge_base(None, id)"),
    ("list_knowledge_base_items", (KB,), "knowledge_base_id", "list_knowledge_base_items(None, knowledge_base_id)"),
    ("get_knowledge_base_item", (KB, ITEM), "id", "get_knowledge_base_item(None, knowledge_base_id, id)"),
    ("create_knowledge_base_item", (KB, {"name": "x"}), "knowledge_base_item", "(knowledge_base_id=..., knowledge_base_item=...)"),
    ("regenerate_knowledge_base_item", (KB, ITEM), "id", "regenerate_knowledge_base_item(None, knowledge_base_id, id)"),
    ("get_agent", (AGENT,), "id", "get_agent(None, id)"),
    ("create_agent", ({"name": "a"},), "agent", "create_agent(None, agent)"),
    ("get_agent_chat", (AGENT, CHAT), "chat_id", "get_agent_chat(None, agent_id, chat_id)"),
    ("list_agent_chat_messages", (AGENT, CHAT), "chat_id", "list_agent_chat_messages(agent_id=..., chat_id=...)"),
    ("get_tool_action_approval", (ITEM,), "approval_id", "get_tool_action_approval(None, approval_id)"),
    ("decide_tool_action_approval", (ITEM, "deny"), "decision", "decide_tool_action_approval(None, approval_id, decision)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "args", "missing", "hint"), COMPAT_MISSING, ids=[c[0] for c in COMPAT_MISSING]
)
async def test_0_4_1_names_without_the_workspace_first_say_what_is_missing(
    kind: str, method: str, args: tuple[Any, ...], missing: str, hint: str
) -> None:
    recorder = Recorder([reply(200, {})])
    with pytest.raises(InputValidationError) as caught:
        await invoke(_client(kind, recorder), method, *args)
    message = str(caught.value)
    assert message.startswith(f"{method}: {missing} is missing. fetch-hive-sdk 0.4.1 takes")
    assert hint in message and caught.value.argument == missing
    assert recorder.requests == []


async def test_0_4_1_names_with_none_or_keywords_use_the_client_workspace(kind: str) -> None:
    recorder = Recorder([reply(200, {"knowledge_base": KB_JSON})])
    client = _client(kind, recorder)
    await invoke(client, "get_knowledge_base", None, KB)
    await invoke(client, "get_knowledge_base", id=KB)
    await invoke(client, "get_knowledge_base", OTHER_WS, KB)  # 0.4.1's own call: unchanged
    assert [r.url.path.split("/")[4:] for r in recorder.requests] == [
        [WS, "knowledge_bases", KB],
        [WS, "knowledge_bases", KB],
        [OTHER_WS, "knowledge_bases", KB],
    ]


def test_the_sync_compat_module_docstring_names_no_client_twice() -> None:
    from fetch_hive_sdk._legacy import _async_methods as async_compat
    from fetch_hive_sdk._legacy import _sync_methods as sync_compat

    for module in (async_compat, sync_compat):
        doc = module.__doc__ or ""
        # The sync text once read "on `FetchHive` (and ... on `FetchHive`)".
        assert "FetchHive" not in doc, doc
