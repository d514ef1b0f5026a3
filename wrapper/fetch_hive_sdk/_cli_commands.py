"""The resource commands of `fetch-hive`, as data: one per operation of openapi.yaml with an
`x-fetch-hive-cli` extension, its arguments those of the SDK method it calls.

Generated from openapi.yaml by scripts/generate.py (templates/sdk/cli_commands.py.jinja): do
not edit. `_resources_cli.py` turns each into an argparse command that calls the method.
"""

from __future__ import annotations

from typing import Final

from ._cli_spec import Argument, Command

__all__ = ["COMMANDS", "GROUPS"]

# Help texts of the command groups (`x-fetch-hive-cli-groups`).
GROUPS: Final[dict[tuple[str, ...], str]] = {
    ("kb",): "knowledge bases and their items",
    ("kb", "items"): "items of a knowledge base",
    ("agents",): "workspace agents (their settings)",
    ("chats",): "chats of an agent",
    ("assets",): "files of a workspace",
    ("hive-agent",): "Hive Agent runs",
    ("delegations",): "background work of agents",
    ("approvals",): "tool-action approvals",
}

COMMANDS: Final[tuple[Command, ...]] = (
    Command(
        words=("agents", "create"),
        help="create an agent",
        method="agents.create",
        operation_id="createAgent",
        arguments=(
            Argument(
                "name",
                positional=True,
                required=True,
            ),
            Argument(
                "llm_model",
                flag="--llm-model",
                required=True,
                help="A model `slug` (or `id`) of `GET /public/models`",
            ),
            Argument(
                "model_type",
                flag="--model-type",
                required=True,
                help="e.g",
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "instruction_prompt",
                flag="--instruction-prompt",
            ),
            Argument(
                "temperature",
                flag="--temperature",
                type="float",
                metavar="0..2",
            ),
            Argument(
                "max_token",
                flag="--max-token",
                type="int",
            ),
            Argument(
                "max_thinking_token",
                flag="--max-thinking-token",
                type="int",
            ),
            Argument(
                "anthropic_prompt_cache_ttl",
                flag="--anthropic-prompt-cache-ttl",
            ),
            Argument(
                "reasoning_effort",
                flag="--reasoning-effort",
            ),
            Argument(
                "tool_choice",
                flag="--tool-choice",
            ),
            Argument(
                "max_tool_calls",
                flag="--max-tool-calls",
                type="int",
            ),
        ),
    ),
    Command(
        words=("agents", "delete"),
        help="delete an agent",
        method="agents.delete",
        operation_id="deleteAgent",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
        ),
    ),
    Command(
        words=("agents", "get"),
        help="get an agent",
        method="agents.get",
        operation_id="getAgent",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
        ),
    ),
    Command(
        words=("agents", "list"),
        help="list the workspace's agents",
        method="agents.list",
        operation_id="listAgents",
        arguments=(),
        columns=("id", "name", "llm_model", "model_type"),
    ),
    Command(
        words=("agents", "update"),
        help="update an agent",
        method="agents.update",
        operation_id="updateAgent",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "name",
                flag="--name",
            ),
            Argument(
                "llm_model",
                flag="--llm-model",
            ),
            Argument(
                "model_type",
                flag="--model-type",
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "instruction_prompt",
                flag="--instruction-prompt",
            ),
            Argument(
                "temperature",
                flag="--temperature",
                type="float",
                metavar="0..2",
            ),
            Argument(
                "max_token",
                flag="--max-token",
                type="int",
            ),
            Argument(
                "max_thinking_token",
                flag="--max-thinking-token",
                type="int",
            ),
            Argument(
                "anthropic_prompt_cache_ttl",
                flag="--anthropic-prompt-cache-ttl",
            ),
            Argument(
                "reasoning_effort",
                flag="--reasoning-effort",
            ),
            Argument(
                "tool_choice",
                flag="--tool-choice",
            ),
            Argument(
                "max_tool_calls",
                flag="--max-tool-calls",
                type="int",
            ),
        ),
        update=True,
    ),
    Command(
        words=("approvals", "decide"),
        help="decide a tool-action approval (the paused run goes on)",
        method="approvals.decide",
        operation_id="decideToolActionApproval",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The approval's UUID",
            ),
            Argument(
                "decision",
                positional=True,
                required=True,
                help="fetch-hive-sdk 0.4.1: `allow_once` or `deny`",
                choices=("allow_once", "deny"),
            ),
        ),
    ),
    Command(
        words=("approvals", "get"),
        help="get one tool-action approval",
        method="approvals.get",
        operation_id="getToolActionApproval",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The approval's UUID",
            ),
        ),
    ),
    Command(
        words=("approvals", "list"),
        help="list tool-action approvals",
        method="approvals.list",
        operation_id="listToolActionApprovals",
        arguments=(
            Argument(
                "status",
                flag="--status",
            ),
            Argument(
                "agent_id",
                flag="--agent-id",
            ),
            Argument(
                "run_id",
                flag="--run-id",
            ),
            Argument(
                "request_id",
                flag="--request-id",
            ),
            Argument(
                "page_size",
                flag="--page-size",
                type="int",
            ),
        ),
        columns=("id", "status", "tool_name", "agent_id"),
    ),
    Command(
        words=("assets", "list"),
        help="list the workspace's assets",
        method="assets.list",
        operation_id="listAssets",
        arguments=(),
        columns=("id", "file_name", "file_type", "file_size"),
    ),
    Command(
        words=("assets", "upload"),
        help="upload a file as a workspace asset",
        method="assets.upload",
        operation_id="uploadAsset",
        arguments=(
            Argument(
                "file",
                positional=True,
                type="path",
                required=True,
                help="the file",
            ),
            Argument(
                "content_type",
                flag="--content-type",
                help="its media type (default: from its name)",
            ),
        ),
    ),
    Command(
        words=("chats", "clear"),
        help="delete every message of a chat (the chat stays)",
        method="agents.chats.clear_messages",
        operation_id="clearAgentChatMessages",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "chat_id",
                positional=True,
                required=True,
                help="The chat's UUID (also the `thread_id` of its invokes)",
            ),
        ),
    ),
    Command(
        words=("chats", "create"),
        help="create a chat with an agent",
        method="agents.chats.create",
        operation_id="createAgentChat",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "name",
                positional=True,
                required=True,
            ),
        ),
    ),
    Command(
        words=("chats", "delete"),
        help="delete a chat and its messages",
        method="agents.chats.delete",
        operation_id="deleteAgentChat",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "chat_id",
                positional=True,
                required=True,
                help="The chat's UUID (also the `thread_id` of its invokes)",
            ),
        ),
    ),
    Command(
        words=("chats", "get"),
        help="get a chat",
        method="agents.chats.get",
        operation_id="getAgentChat",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "chat_id",
                positional=True,
                required=True,
                help="The chat's UUID (also the `thread_id` of its invokes)",
            ),
        ),
    ),
    Command(
        words=("chats", "messages"),
        help="list a chat's messages, oldest first",
        method="agents.chats.messages",
        operation_id="listAgentChatMessages",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "chat_id",
                positional=True,
                required=True,
                help="The chat's UUID (also the `thread_id` of its invokes)",
            ),
        ),
        columns=("role", "content"),
    ),
    Command(
        words=("chats", "update"),
        help="rename a chat",
        method="agents.chats.update",
        operation_id="updateAgentChat",
        arguments=(
            Argument(
                "agent_id",
                positional=True,
                required=True,
                help="The agent's UUID",
            ),
            Argument(
                "chat_id",
                positional=True,
                required=True,
                help="The chat's UUID (also the `thread_id` of its invokes)",
            ),
            Argument(
                "name",
                flag="--name",
            ),
        ),
    ),
    Command(
        words=("delegations", "cancel"),
        help="cancel a pending or running background workflow",
        method="delegations.cancel",
        operation_id="cancelAgentDelegation",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The delegation's UUID (from `pending_delegations[].id`)",
            ),
        ),
    ),
    Command(
        words=("delegations", "get"),
        help="status and result of a background workflow an agent started",
        method="delegations.get",
        operation_id="getAgentDelegation",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The delegation's UUID (from `pending_delegations[].id`)",
            ),
        ),
    ),
    Command(
        words=("delegations", "list"),
        help="pending and running background workflows of a conversation thread",
        method="delegations.list",
        operation_id="listThreadDelegations",
        arguments=(
            Argument(
                "thread_id",
                positional=True,
                required=True,
                help="The caller-chosen thread id of `POST /agent/invoke`: any string (nothing narrower is documented), percent-encoded in the path, `/` as `%2F`",
            ),
        ),
        columns=("id", "status", "kind", "expected_by"),
    ),
    Command(
        words=("hive-agent", "run"),
        help="start a Hive Agent run (signed callback when it ends)",
        method="hive_agents.invoke",
        operation_id="invokeHiveAgent",
        arguments=(
            Argument(
                "hive_agent",
                positional=True,
                required=True,
                help="Hive Agent ID from the dashboard",
            ),
            Argument(
                "objective",
                positional=True,
                required=True,
                help="Specific objective for the planner to create work nodes from",
            ),
            Argument(
                "unattended",
                flag="--unattended",
                help="When true, the run never pauses for clarification or budget approval",
                action="store_true",
            ),
            Argument(
                "budget_policy",
                flag="--budget-policy",
                help="Unattended budget behavior when spend would otherwise need approval",
                choices=("stop", "proceed_to_cap"),
            ),
            Argument(
                "callback_url",
                flag="--callback-url",
                required=True,
                help="HTTPS URL that receives the signed terminal callback",
            ),
            Argument(
                "knowledge_base",
                flag="--knowledge-base",
                help="a source (repeatable)",
                metavar="ID",
                action="append",
                to="sources.knowledge_base_ids",
            ),
        ),
    ),
    Command(
        words=("kb", "create"),
        help="create a knowledge base",
        method="knowledge_bases.create",
        operation_id="createKnowledgeBase",
        arguments=(
            Argument(
                "name",
                positional=True,
                required=True,
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "search_type",
                flag="--search-type",
                help="Hybrid, Vector or Full Text search (product docs)",
                choices=("hybrid", "vector", "full_text"),
            ),
            Argument(
                "search_score_threshold",
                flag="--search-score-threshold",
                type="float",
                help="Chunks scoring below it are left out (assumption of this SDK; default 0.3, scores from 0 to 1)",
                metavar="0..1",
            ),
            Argument(
                "search_chunk_limit",
                flag="--search-chunk-limit",
                type="int",
                help="Most chunks a search returns (assumption of this SDK; default 5)",
                metavar="1..100",
            ),
        ),
    ),
    Command(
        words=("kb", "delete"),
        help="delete a knowledge base",
        method="knowledge_bases.delete",
        operation_id="deleteKnowledgeBase",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
        ),
    ),
    Command(
        words=("kb", "get"),
        help="get a knowledge base",
        method="knowledge_bases.get",
        operation_id="getKnowledgeBase",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
        ),
    ),
    Command(
        words=("kb", "items", "add"),
        help="add an item to a knowledge base",
        method="knowledge_bases.items.create",
        operation_id="createKnowledgeBaseItem",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "name",
                positional=True,
                required=True,
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "item_type",
                flag="--item-type",
                help="Known values (assumption of this SDK): `text` (default), `file`, `website`",
            ),
            Argument(
                "response_type",
                flag="--response-type",
            ),
            Argument(
                "data_content",
                flag="--content",
                required=True,
                help="The item's text",
                text_file=True,
            ),
            Argument(
                "data_query",
                flag="--data-query",
            ),
            Argument(
                "delete_email_data",
                flag="--delete-email-data",
                help='`"true"` removes e-mail addresses from the text before chunking (assumption of this SDK)',
            ),
            Argument(
                "delete_telephone_data",
                flag="--delete-telephone-data",
                help='`"true"` removes telephone numbers from the text before chunking (assumption of this SDK)',
            ),
            Argument(
                "chunking_strategy",
                flag="--chunking-strategy",
            ),
            Argument(
                "chunk_overlap",
                flag="--chunk-overlap",
                type="int",
                help="Words shared by neighbouring chunks (assumption of this SDK; default 0)",
            ),
            Argument(
                "maximum_chunk_length",
                flag="--maximum-chunk-length",
                type="int",
                help="Words per chunk (assumption of this SDK; default 200)",
            ),
            Argument(
                "asset_id",
                flag="--asset-id",
                help="An uploaded asset whose text becomes the item's text",
            ),
        ),
    ),
    Command(
        words=("kb", "items", "delete"),
        help="delete a knowledge-base item",
        method="knowledge_bases.items.delete",
        operation_id="deleteKnowledgeBaseItem",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge-base item's UUID",
            ),
        ),
    ),
    Command(
        words=("kb", "items", "get"),
        help="get a knowledge-base item",
        method="knowledge_bases.items.get",
        operation_id="getKnowledgeBaseItem",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge-base item's UUID",
            ),
        ),
    ),
    Command(
        words=("kb", "items", "list"),
        help="list a knowledge base's items",
        method="knowledge_bases.items.list",
        operation_id="listKnowledgeBaseItems",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
        ),
        columns=("id", "name", "item_type", "status"),
    ),
    Command(
        words=("kb", "items", "regenerate"),
        help="regenerate a knowledge-base item (chunk its text again)",
        method="knowledge_bases.items.regenerate",
        operation_id="regenerateKnowledgeBaseItem",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge-base item's UUID",
            ),
        ),
    ),
    Command(
        words=("kb", "items", "update"),
        help="update a knowledge-base item",
        method="knowledge_bases.items.update",
        operation_id="updateKnowledgeBaseItem",
        arguments=(
            Argument(
                "knowledge_base_id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge-base item's UUID",
            ),
            Argument(
                "name",
                flag="--name",
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "data_content",
                flag="--content",
                text_file=True,
            ),
            Argument(
                "data_query",
                flag="--data-query",
            ),
            Argument(
                "delete_email_data",
                flag="--delete-email-data",
            ),
            Argument(
                "delete_telephone_data",
                flag="--delete-telephone-data",
            ),
            Argument(
                "chunking_strategy",
                flag="--chunking-strategy",
            ),
            Argument(
                "chunk_overlap",
                flag="--chunk-overlap",
                type="int",
            ),
            Argument(
                "maximum_chunk_length",
                flag="--maximum-chunk-length",
                type="int",
            ),
        ),
        update=True,
    ),
    Command(
        words=("kb", "list"),
        help="list the workspace's knowledge bases",
        method="knowledge_bases.list",
        operation_id="listKnowledgeBases",
        arguments=(),
        columns=("id", "name", "search_type", "data_item_count", "status"),
    ),
    Command(
        words=("kb", "search"),
        help="search a knowledge base",
        method="knowledge_bases.search",
        operation_id="searchKnowledgeBase",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "query",
                positional=True,
                required=True,
            ),
            Argument(
                "search_type",
                flag="--search-type",
                help="default: hybrid",
                choices=("hybrid", "vector", "full_text"),
                default="hybrid",
            ),
            Argument(
                "chunk_limit",
                flag="--chunk-limit",
                type="int",
                help="default: 5",
                metavar="1..100",
                default=5,
            ),
            Argument(
                "score_threshold",
                flag="--score-threshold",
                type="float",
                help="default: 0.0",
                metavar="0..1",
                default=0.0,
            ),
        ),
        columns=("score", "item_name", "content"),
        result="chunks",
    ),
    Command(
        words=("kb", "update"),
        help="update a knowledge base",
        method="knowledge_bases.update",
        operation_id="updateKnowledgeBase",
        arguments=(
            Argument(
                "id",
                positional=True,
                required=True,
                help="The knowledge base's UUID",
            ),
            Argument(
                "name",
                flag="--name",
            ),
            Argument(
                "description",
                flag="--description",
            ),
            Argument(
                "search_type",
                flag="--search-type",
                help="Hybrid, Vector or Full Text search (product docs)",
                choices=("hybrid", "vector", "full_text"),
            ),
            Argument(
                "search_score_threshold",
                flag="--search-score-threshold",
                type="float",
                metavar="0..1",
            ),
            Argument(
                "search_chunk_limit",
                flag="--search-chunk-limit",
                type="int",
                metavar="1..100",
            ),
        ),
        update=True,
    ),
    Command(
        words=("models",),
        help="active LLM and image-generation models",
        method="models.list",
        operation_id="listModels",
        arguments=(),
        columns=("slug", "name", "provider", "model_type", "context_limit"),
    ),
)
