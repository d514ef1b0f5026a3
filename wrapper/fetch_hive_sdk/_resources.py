"""Arguments -> `Operation` for the resource APIs: knowledge bases and their items, workspace
agents and their chats, Hive Agents, agent delegations, tool-action approvals, models,
assets and the search-service catalogues.

One builder per operation. Each checks its arguments before anything is sent (UUID path
ids, the request body against its generated model: unknown fields, required fields, types,
enumerations, and every constraint the spec puts on a field: lengths, patterns, ranges, item
counts, generated from openapi.yaml into the models' shapes), then lets the generated
operation module build the request. The namespaces (`_async/_resources.py`) and fetch-hive-sdk
0.4.1's method names (`_async/_compat_methods.py`) both call these.
"""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Mapping
from typing import Any, Final

from . import _validation as check
from ._base_client import Operation
from ._errors import InputValidationError
from ._retry import INVOKE, READ, RetryRule

SEARCH_SERVICES: Final = (
    "google_search",
    "google_news",
    "google_ai_mode",
    "google_ai_overview",
    "bing_search",
)


def _model(name: str) -> Any:
    return getattr(importlib.import_module("fetch_hive_api.models"), name)


def _operation(
    name: str,
    module: str,
    result: str,
    *path: str,
    body: Any = None,
    query: Mapping[str, Any] | None = None,
    retry: RetryRule = READ,
    needs_api_key: bool = True,
) -> Operation[Any]:
    """The request of the generated `fetch_hive_api.api.<module>.<name>`."""
    generated = importlib.import_module(f"fetch_hive_api.api.{module}.{name}")
    keywords: dict[str, Any] = dict(query or {})
    if body is not None:
        keywords["body"] = body
    return Operation(
        name=name,
        kwargs=generated._get_kwargs(*path, **keywords),
        result_model=_model(result),
        retry=retry,
        needs_api_key=needs_api_key,
    )


def _body(model: str, value: object, argument: str) -> Any:
    """`value` checked against the generated request model, as that model."""
    cls = _model(model)
    return cls.from_dict(check.request_body(cls, value, argument))


def _wrapped(envelope: str, key: str, model: str, value: object, argument: str) -> Any:
    """`{key: value}` as the generated `envelope` model (`{"knowledge_base": {...}}`)."""
    inner = check.request_body(_model(model), value, argument)
    return _model(envelope).from_dict({key: inner})


# Knowledge bases --------------------------------------------------------------------------


def list_knowledge_bases(workspace_id: str) -> Operation[Any]:
    return _operation("list_knowledge_bases", "knowledge_bases", "KnowledgeBaseList", workspace_id)


def create_knowledge_base(workspace_id: str, knowledge_base: object) -> Operation[Any]:
    body = _wrapped(
        "KnowledgeBaseCreateRequest",
        "knowledge_base",
        "KnowledgeBaseCreate",
        knowledge_base,
        "knowledge_base",
    )
    return _operation(
        "create_knowledge_base", "knowledge_bases", "KnowledgeBaseEnvelope", workspace_id,
        body=body, retry=INVOKE,
    )  # fmt: skip


def get_knowledge_base(workspace_id: str, id: object) -> Operation[Any]:
    kb = check.uuid_id(id, "id")
    return _operation(
        "get_knowledge_base", "knowledge_bases", "KnowledgeBaseEnvelope", workspace_id, kb
    )


def update_knowledge_base(workspace_id: str, id: object, knowledge_base: object) -> Operation[Any]:
    kb = check.uuid_id(id, "id")
    body = _wrapped(
        "KnowledgeBaseUpdateRequest",
        "knowledge_base",
        "KnowledgeBaseUpdate",
        knowledge_base,
        "knowledge_base",
    )
    return _operation(
        "update_knowledge_base",
        "knowledge_bases",
        "KnowledgeBaseEnvelope",
        workspace_id,
        kb,
        body=body,
    )


def delete_knowledge_base(workspace_id: str, id: object) -> Operation[Any]:
    kb = check.uuid_id(id, "id")
    return _operation(
        "delete_knowledge_base", "knowledge_bases", "MessageResponse", workspace_id, kb
    )


def search_knowledge_base(
    workspace_id: str, id: object, params: Mapping[str, Any]
) -> Operation[Any]:
    kb = check.uuid_id(id, "id")
    body = _body("KnowledgeBaseSearchRequest", params, "search")
    check.required_text(body["search_query"], 'search["search_query"]')
    return _operation(
        "search_knowledge_base", "knowledge_bases", "KnowledgeBaseSearchResponse", workspace_id, kb,
        body=body,
    )  # fmt: skip


def list_knowledge_base_items(workspace_id: str, knowledge_base_id: object) -> Operation[Any]:
    kb = check.uuid_id(knowledge_base_id, "knowledge_base_id")
    return _operation(
        "list_knowledge_base_items", "knowledge_bases", "KnowledgeBaseItemList", workspace_id, kb
    )


def create_knowledge_base_item(
    workspace_id: str, knowledge_base_id: object, knowledge_base_item: object
) -> Operation[Any]:
    kb = check.uuid_id(knowledge_base_id, "knowledge_base_id")
    body = _wrapped(
        "KnowledgeBaseItemCreateRequest", "knowledge_base_item", "KnowledgeBaseItemCreate",
        knowledge_base_item, "knowledge_base_item",
    )  # fmt: skip
    return _operation(
        "create_knowledge_base_item", "knowledge_bases", "KnowledgeBaseItemEnvelope", workspace_id, kb,
        body=body, retry=INVOKE,
    )  # fmt: skip


def _item(
    name: str, result: str, workspace_id: str, knowledge_base_id: object, id: object, **extra: Any
) -> Operation[Any]:
    kb = check.uuid_id(knowledge_base_id, "knowledge_base_id")
    item = check.uuid_id(id, "id")
    return _operation(name, "knowledge_bases", result, workspace_id, kb, item, **extra)


def get_knowledge_base_item(
    workspace_id: str, knowledge_base_id: object, id: object
) -> Operation[Any]:
    return _item(
        "get_knowledge_base_item", "KnowledgeBaseItemEnvelope", workspace_id, knowledge_base_id, id
    )


def update_knowledge_base_item(
    workspace_id: str, knowledge_base_id: object, id: object, knowledge_base_item: object
) -> Operation[Any]:
    body = _wrapped(
        "KnowledgeBaseItemUpdateRequest", "knowledge_base_item", "KnowledgeBaseItemUpdate",
        knowledge_base_item, "knowledge_base_item",
    )  # fmt: skip
    return _item(
        "update_knowledge_base_item", "KnowledgeBaseItemEnvelope", workspace_id, knowledge_base_id, id,
        body=body,
    )  # fmt: skip


def delete_knowledge_base_item(
    workspace_id: str, knowledge_base_id: object, id: object
) -> Operation[Any]:
    return _item(
        "delete_knowledge_base_item", "MessageResponse", workspace_id, knowledge_base_id, id
    )


def regenerate_knowledge_base_item(
    workspace_id: str, knowledge_base_id: object, id: object
) -> Operation[Any]:
    # Regenerating costs work (embeddings): not repeated on an uncertain failure.
    return _item(
        "regenerate_knowledge_base_item", "RegenerateResponse", workspace_id, knowledge_base_id, id,
        retry=INVOKE,
    )  # fmt: skip


# Workspace agents and their chats ------------------------------------------------------------


def list_agents(workspace_id: str) -> Operation[Any]:
    return _operation("list_agents", "workspace_agents", "WorkspaceAgentList", workspace_id)


def create_agent(workspace_id: str, agent: object) -> Operation[Any]:
    body = _wrapped("WorkspaceAgentCreateRequest", "agent", "WorkspaceAgentCreate", agent, "agent")
    _agent_settings(body["agent"])
    return _operation(
        "create_agent",
        "workspace_agents",
        "WorkspaceAgentEnvelope",
        workspace_id,
        body=body,
        retry=INVOKE,
    )


def _agent_settings(agent: Mapping[str, Any]) -> None:
    # The spec's lower bounds are checked with the model; the upper bound of the token
    # counts is this SDK's assumption (a 32-bit integer).
    for name in ("max_token", "max_thinking_token", "max_tool_calls"):
        if agent.get(name) is not None:
            low = 1 if name == "max_token" else 0
            check.number_in(agent[name], f'agent["{name}"]', low, 2**31 - 1, integer=True)


def get_agent(workspace_id: str, id: object) -> Operation[Any]:
    agent = check.uuid_id(id, "id")
    return _operation(
        "get_agent", "workspace_agents", "WorkspaceAgentEnvelope", workspace_id, agent
    )


def update_agent(workspace_id: str, id: object, agent: object) -> Operation[Any]:
    agent_id = check.uuid_id(id, "id")
    body = _wrapped("WorkspaceAgentUpdateRequest", "agent", "WorkspaceAgentUpdate", agent, "agent")
    _agent_settings(body["agent"])
    return _operation(
        "update_agent",
        "workspace_agents",
        "WorkspaceAgentEnvelope",
        workspace_id,
        agent_id,
        body=body,
    )


def delete_agent(workspace_id: str, id: object) -> Operation[Any]:
    agent = check.uuid_id(id, "id")
    return _operation("delete_agent", "workspace_agents", "MessageResponse", workspace_id, agent)


def create_agent_chat(workspace_id: str, agent_id: object, chat: object) -> Operation[Any]:
    agent = check.uuid_id(agent_id, "agent_id")
    body = _wrapped("ChatCreateRequest", "chat", "ChatCreate", chat, "chat")
    return _operation(
        "create_agent_chat",
        "agent_chats",
        "ChatEnvelope",
        workspace_id,
        agent,
        body=body,
        retry=INVOKE,
    )


def _chat(
    name: str, result: str, workspace_id: str, agent_id: object, chat_id: object, **extra: Any
) -> Operation[Any]:
    agent = check.uuid_id(agent_id, "agent_id")
    chat = check.uuid_id(chat_id, "chat_id")
    return _operation(name, "agent_chats", result, workspace_id, agent, chat, **extra)


def get_agent_chat(workspace_id: str, agent_id: object, chat_id: object) -> Operation[Any]:
    return _chat("get_agent_chat", "ChatEnvelope", workspace_id, agent_id, chat_id)


def update_agent_chat(
    workspace_id: str, agent_id: object, chat_id: object, chat: object
) -> Operation[Any]:
    body = _wrapped("ChatUpdateRequest", "chat", "ChatUpdate", chat, "chat")
    return _chat("update_agent_chat", "ChatEnvelope", workspace_id, agent_id, chat_id, body=body)


def delete_agent_chat(workspace_id: str, agent_id: object, chat_id: object) -> Operation[Any]:
    return _chat("delete_agent_chat", "MessageResponse", workspace_id, agent_id, chat_id)


def clear_agent_chat_messages(
    workspace_id: str, agent_id: object, chat_id: object
) -> Operation[Any]:
    return _chat("clear_agent_chat_messages", "ChatEnvelope", workspace_id, agent_id, chat_id)


def list_agent_chat_messages(
    workspace_id: str, agent_id: object, chat_id: object
) -> Operation[Any]:
    return _chat("list_agent_chat_messages", "ChatMessageList", workspace_id, agent_id, chat_id)


# Hive Agents, delegations, approvals ----------------------------------------------------------


def invoke_hive_agent(
    *,
    hive_agent: object,
    objective: object,
    callback_url: object,
    sources: object,
    metadata: object,
    unattended: object,
    budget_policy: object,
) -> Operation[Any]:
    hive = check.required_text(hive_agent, "hive_agent")
    goal = check.required_text(objective, "objective")
    if callback_url is None or callback_url == "":
        raise InputValidationError(
            "callback_url: is required: a Hive Agent run always reports its result by a "
            "signed callback to this URL (the invoke answers at once)",
            argument="callback_url",
        )
    body: dict[str, Any] = {
        "hive_agent": hive,
        "objective": goal,
        "async": {"enabled": True, "callback_url": check.https_url(callback_url, "callback_url")},
    }
    for key, value in (
        ("sources", sources),
        ("metadata", check.metadata(metadata)),
        ("unattended", unattended),
        ("budget_policy", budget_policy),
    ):
        if value is not None:
            body[key] = value
    if isinstance(body.get("sources"), Mapping):
        for key in ("website_urls",):
            for index, url in enumerate(body["sources"].get(key) or ()):
                check.https_url(url, f'sources["{key}"][{index}]')
    return _operation(
        "invoke_hive_agent", "hive_agents", "HiveAgentRunAccepted",
        body=_body("HiveAgentInvokeRequest", body, "hive_agent_run"), retry=INVOKE,
    )  # fmt: skip


def get_agent_delegation(id: object) -> Operation[Any]:
    return _operation(
        "get_agent_delegation", "agent_delegations", "AgentDelegation", check.uuid_id(id, "id")
    )


def cancel_agent_delegation(id: object) -> Operation[Any]:
    # Cancelling twice returns the same delegation: safe to repeat.
    return _operation(
        "cancel_agent_delegation", "agent_delegations", "AgentDelegation", check.uuid_id(id, "id")
    )


def list_thread_delegations(thread_id: object) -> Operation[Any]:
    thread = check.path_segment(thread_id, "thread_id")
    return _operation("list_thread_delegations", "agent_delegations", "AgentDelegationList", thread)


def list_tool_action_approvals(
    workspace_id: str,
    *,
    status: object = None,
    agent_id: object = None,
    run_id: object = None,
    request_id: object = None,
    cursor: object = None,
    limit: object = None,
    limit_argument: str = "limit",
) -> Operation[Any]:
    """One page; `limit_argument` is the caller's name for `limit` (`page_size` in
    `client.approvals.list`), for the error."""
    from fetch_hive_api.types import UNSET

    query: dict[str, Any] = {}
    for name, value in (("status", status), ("agent_id", agent_id), ("run_id", run_id),
                        ("request_id", request_id), ("cursor", cursor)):  # fmt: skip
        query[name] = UNSET if value is None else check.required_text(value, name)
    if limit is not None:
        check.number_in(limit, limit_argument, 1, 1000, integer=True)
    query["limit"] = UNSET if limit is None else limit
    return _operation(
        "list_tool_action_approvals", "tool_action_approvals", "ToolActionApprovalList", workspace_id,
        query=query,
    )  # fmt: skip


def get_tool_action_approval(workspace_id: str, approval_id: object) -> Operation[Any]:
    approval = check.uuid_id(approval_id, "approval_id")
    return _operation(
        "get_tool_action_approval", "tool_action_approvals", "ToolActionApprovalEnvelope",
        workspace_id, approval,
    )  # fmt: skip


def decide_tool_action_approval(
    workspace_id: str, approval_id: object, decision: object
) -> Operation[Any]:
    approval = check.uuid_id(approval_id, "approval_id")
    body = _body("ToolActionDecision", {"decision": decision}, "decision")
    return _operation(
        "decide_tool_action_approval", "tool_action_approvals", "ToolActionApprovalEnvelope",
        workspace_id, approval, body=body, retry=INVOKE,
    )  # fmt: skip


# Models, assets, search services --------------------------------------------------------------


def list_models() -> Operation[Any]:
    operation = _operation("list_models", "models", "PublicModel")
    # The answer is a JSON array of models, not an object.
    return Operation(
        name=operation.name, kwargs=operation.kwargs, result_model=operation.result_model,
        retry=READ, result_is_list=True,
    )  # fmt: skip


def list_assets(workspace_id: str) -> Operation[Any]:
    return _operation("list_assets", "assets", "AssetList", workspace_id)


def upload_asset(
    workspace_id: str, file: object, file_name: str | None, content_type: str | None
) -> tuple[Operation[Any], Any]:
    """The upload (`multipart/form-data`, field `file`) and the file object to close after
    it (a file this SDK opened from a path; None otherwise). httpx sends a file object in
    chunks: the file is never read whole into memory."""
    from fetch_hive_api.types import File

    opened: Any = None
    payload: Any
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not os.path.isfile(path):
            raise InputValidationError(f"file: no such file: {path!r}", argument="file")
        opened = payload = open(path, "rb")  # noqa: SIM115 - closed after the upload
        name = file_name or os.path.basename(path)
    elif isinstance(file, bytes | bytearray | memoryview):
        payload = io.BytesIO(bytes(file))
        name = file_name or "upload"
    elif hasattr(file, "read"):
        payload = file
        if isinstance(file, io.TextIOBase):
            raise InputValidationError("file: open the file in binary mode ('rb')", argument="file")
        name = file_name or os.path.basename(str(getattr(file, "name", "") or "upload"))
    else:
        raise InputValidationError(
            f"file: a path, bytes or a binary file object, got {type(file).__name__}",
            argument="file",
        )
    upload = _model("AssetUpload").from_dict(
        {"file": File(payload=payload, file_name=name, mime_type=content_type)}
    )
    operation = _operation(
        "upload_asset", "assets", "AssetEnvelope", workspace_id, body=upload, retry=INVOKE
    )
    # The generated module sets a fixed multipart boundary; httpx makes a safe one itself.
    operation.kwargs["headers"].pop("Content-Type", None)
    return operation, opened


def search_service_countries(service: object) -> Operation[Any]:
    if service is None:
        return _operation(
            "list_search_service_countries", "search_services", "SearchServiceCatalogues",
            needs_api_key=False,
        )  # fmt: skip
    if service not in SEARCH_SERVICES:
        raise InputValidationError(
            f"service: one of {', '.join(SEARCH_SERVICES)}, got {service!r}", argument="service"
        )
    return _operation(
        "get_search_service_countries", "search_services", "SearchServiceCatalogue", str(service),
        needs_api_key=False,
    )  # fmt: skip
