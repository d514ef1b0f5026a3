"""Every operation of openapi.yaml, by its operationId: `operation("getKnowledgeBase")` is the
descriptor of `fetch_hive_api.api.knowledge_bases.get_knowledge_base`. Each module is
imported on first use.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

from fetch_hive_runtime import OperationSpec

__all__ = ["OPERATIONS", "all_operations", "operation"]

# operationId -> the module that holds its descriptor.
OPERATIONS: Final[dict[str, str]] = {
    "cancelAgentDelegation": "fetch_hive_api.api.agent_delegations.cancel_agent_delegation",
    "clearAgentChatMessages": "fetch_hive_api.api.agent_chats.clear_agent_chat_messages",
    "createAgent": "fetch_hive_api.api.workspace_agents.create_agent",
    "createAgentChat": "fetch_hive_api.api.agent_chats.create_agent_chat",
    "createKnowledgeBase": "fetch_hive_api.api.knowledge_bases.create_knowledge_base",
    "createKnowledgeBaseItem": "fetch_hive_api.api.knowledge_bases.create_knowledge_base_item",
    "decideToolActionApproval": "fetch_hive_api.api.tool_action_approvals.decide_tool_action_approval",
    "deleteAgent": "fetch_hive_api.api.workspace_agents.delete_agent",
    "deleteAgentChat": "fetch_hive_api.api.agent_chats.delete_agent_chat",
    "deleteKnowledgeBase": "fetch_hive_api.api.knowledge_bases.delete_knowledge_base",
    "deleteKnowledgeBaseItem": "fetch_hive_api.api.knowledge_bases.delete_knowledge_base_item",
    "getAgent": "fetch_hive_api.api.workspace_agents.get_agent",
    "getAgentChat": "fetch_hive_api.api.agent_chats.get_agent_chat",
    "getAgentDelegation": "fetch_hive_api.api.agent_delegations.get_agent_delegation",
    "getKnowledgeBase": "fetch_hive_api.api.knowledge_bases.get_knowledge_base",
    "getKnowledgeBaseItem": "fetch_hive_api.api.knowledge_bases.get_knowledge_base_item",
    "getRequest": "fetch_hive_api.api.requests.get_request",
    "getSearchServiceCountries": "fetch_hive_api.api.search_services.get_search_service_countries",
    "getToolActionApproval": "fetch_hive_api.api.tool_action_approvals.get_tool_action_approval",
    "getWorkflowRunLegacy": "fetch_hive_api.api.legacy.get_workflow_run_legacy",
    "invokeAgent": "fetch_hive_api.api.agents.invoke_agent",
    "invokeHiveAgent": "fetch_hive_api.api.hive_agents.invoke_hive_agent",
    "invokePrompt": "fetch_hive_api.api.prompts.invoke_prompt",
    "invokePromptLegacy": "fetch_hive_api.api.legacy.invoke_prompt_legacy",
    "invokeWorkflow": "fetch_hive_api.api.workflows.invoke_workflow",
    "listAgentChatMessages": "fetch_hive_api.api.agent_chats.list_agent_chat_messages",
    "listAgents": "fetch_hive_api.api.workspace_agents.list_agents",
    "listAssets": "fetch_hive_api.api.assets.list_assets",
    "listErrorCodes": "fetch_hive_api.api.error_codes.list_error_codes",
    "listKnowledgeBaseItems": "fetch_hive_api.api.knowledge_bases.list_knowledge_base_items",
    "listKnowledgeBases": "fetch_hive_api.api.knowledge_bases.list_knowledge_bases",
    "listModels": "fetch_hive_api.api.models.list_models",
    "listSearchServiceCountries": "fetch_hive_api.api.search_services.list_search_service_countries",
    "listThreadDelegations": "fetch_hive_api.api.agent_delegations.list_thread_delegations",
    "listToolActionApprovals": "fetch_hive_api.api.tool_action_approvals.list_tool_action_approvals",
    "regenerateKnowledgeBaseItem": "fetch_hive_api.api.knowledge_bases.regenerate_knowledge_base_item",
    "searchKnowledgeBase": "fetch_hive_api.api.knowledge_bases.search_knowledge_base",
    "triggerAgentWebhook": "fetch_hive_api.api.webhook_triggers.trigger_agent_webhook",
    "triggerPromptWebhook": "fetch_hive_api.api.webhook_triggers.trigger_prompt_webhook",
    "triggerWorkflowWebhook": "fetch_hive_api.api.webhook_triggers.trigger_workflow_webhook",
    "updateAgent": "fetch_hive_api.api.workspace_agents.update_agent",
    "updateAgentChat": "fetch_hive_api.api.agent_chats.update_agent_chat",
    "updateKnowledgeBase": "fetch_hive_api.api.knowledge_bases.update_knowledge_base",
    "updateKnowledgeBaseItem": "fetch_hive_api.api.knowledge_bases.update_knowledge_base_item",
    "uploadAsset": "fetch_hive_api.api.assets.upload_asset",
}


def operation(operation_id: str) -> OperationSpec[Any, Any]:
    """The descriptor of one operation (KeyError for an unknown operationId)."""
    descriptor: OperationSpec[Any, Any] = importlib.import_module(
        OPERATIONS[operation_id]
    ).OPERATION
    return descriptor


def all_operations() -> list[OperationSpec[Any, Any]]:
    """Every descriptor, in the order of openapi.yaml's operation ids."""
    return [operation(operation_id) for operation_id in OPERATIONS]
