"""Contains all the data models used in inputs/outputs"""

from .agent_async_options import AgentAsyncOptions
from .agent_completed_event import AgentCompletedEvent
from .agent_delegation import AgentDelegation
from .agent_delegation_completed_event import AgentDelegationCompletedEvent
from .agent_delegation_list import AgentDelegationList
from .agent_delegation_result_type_0 import AgentDelegationResultType0
from .agent_delegation_target import AgentDelegationTarget
from .agent_failed_event import AgentFailedEvent
from .agent_invoke_request import AgentInvokeRequest
from .agent_response import AgentResponse
from .agent_webhook_trigger_request import AgentWebhookTriggerRequest
from .artifact import Artifact
from .artifact_event import ArtifactEvent
from .asset import Asset
from .asset_envelope import AssetEnvelope
from .asset_list import AssetList
from .asset_transcription_type_0 import AssetTranscriptionType0
from .asset_upload import AssetUpload
from .async_options import AsyncOptions
from .attachment import Attachment
from .callback_data import CallbackData
from .chat import Chat
from .chat_agent import ChatAgent
from .chat_create import ChatCreate
from .chat_create_request import ChatCreateRequest
from .chat_envelope import ChatEnvelope
from .chat_message import ChatMessage
from .chat_message_list import ChatMessageList
from .chat_update import ChatUpdate
from .chat_update_request import ChatUpdateRequest
from .completion_tokens import CompletionTokens
from .context_message import ContextMessage
from .context_message_role import ContextMessageRole
from .error_code import ErrorCode
from .error_code_catalogue import ErrorCodeCatalogue
from .error_event import ErrorEvent
from .error_response import ErrorResponse
from .hive_agent_async_options import HiveAgentAsyncOptions
from .hive_agent_invoke_request import HiveAgentInvokeRequest
from .hive_agent_invoke_request_budget_policy import HiveAgentInvokeRequestBudgetPolicy
from .hive_agent_run_accepted import HiveAgentRunAccepted
from .hive_agent_run_data import HiveAgentRunData
from .hive_agent_run_data_sources_used_item import HiveAgentRunDataSourcesUsedItem
from .hive_agent_run_event import HiveAgentRunEvent
from .hive_agent_sources import HiveAgentSources
from .image_asset import ImageAsset
from .image_output import ImageOutput
from .image_output_settings import ImageOutputSettings
from .inputs import Inputs
from .invoke_metadata import InvokeMetadata
from .knowledge_base import KnowledgeBase
from .knowledge_base_create import KnowledgeBaseCreate
from .knowledge_base_create_request import KnowledgeBaseCreateRequest
from .knowledge_base_envelope import KnowledgeBaseEnvelope
from .knowledge_base_item import KnowledgeBaseItem
from .knowledge_base_item_create import KnowledgeBaseItemCreate
from .knowledge_base_item_create_request import KnowledgeBaseItemCreateRequest
from .knowledge_base_item_envelope import KnowledgeBaseItemEnvelope
from .knowledge_base_item_list import KnowledgeBaseItemList
from .knowledge_base_item_update import KnowledgeBaseItemUpdate
from .knowledge_base_item_update_request import KnowledgeBaseItemUpdateRequest
from .knowledge_base_list import KnowledgeBaseList
from .knowledge_base_search_request import KnowledgeBaseSearchRequest
from .knowledge_base_search_response import KnowledgeBaseSearchResponse
from .knowledge_base_search_result import KnowledgeBaseSearchResult
from .knowledge_base_update import KnowledgeBaseUpdate
from .knowledge_base_update_request import KnowledgeBaseUpdateRequest
from .legacy_workflow_run import LegacyWorkflowRun
from .legacy_workflow_run_envelope import LegacyWorkflowRunEnvelope
from .legacy_workflow_run_start_inputs_type_0 import LegacyWorkflowRunStartInputsType0
from .message_response import MessageResponse
from .pending_delegation import PendingDelegation
from .pending_delegation_target import PendingDelegationTarget
from .prompt_invoke_request import PromptInvokeRequest
from .prompt_response import PromptResponse
from .prompt_tokens import PromptTokens
from .prompt_webhook_trigger_request import PromptWebhookTriggerRequest
from .public_model import PublicModel
from .reasoning_event import ReasoningEvent
from .regenerate_response import RegenerateResponse
from .request_record import RequestRecord
from .request_record_metadata_type_0 import RequestRecordMetadataType0
from .request_record_user_metadata_type_0 import RequestRecordUserMetadataType0
from .response_event import ResponseEvent
from .search_chunk import SearchChunk
from .search_service_catalogue import SearchServiceCatalogue
from .search_service_catalogues import SearchServiceCatalogues
from .search_service_country import SearchServiceCountry
from .search_type import SearchType
from .sse_frame import SseFrame
from .stream_result import StreamResult
from .summary_event import SummaryEvent
from .tool_action_approval import ToolActionApproval
from .tool_action_approval_envelope import ToolActionApprovalEnvelope
from .tool_action_approval_list import ToolActionApprovalList
from .tool_action_approval_tool_input import ToolActionApprovalToolInput
from .tool_action_decision import ToolActionDecision
from .tool_action_decision_decision import ToolActionDecisionDecision
from .tool_call import ToolCall
from .tool_call_tool_input_type_0 import ToolCallToolInputType0
from .tool_event import ToolEvent
from .tool_event_tool_input_type_0 import ToolEventToolInputType0
from .trigger_accepted import TriggerAccepted
from .trigger_async_options import TriggerAsyncOptions
from .usage import Usage
from .usage_event import UsageEvent
from .workflow_completed_event import WorkflowCompletedEvent
from .workflow_failed_event import WorkflowFailedEvent
from .workflow_invoke_request import WorkflowInvokeRequest
from .workflow_run import WorkflowRun
from .workflow_webhook_trigger_request import WorkflowWebhookTriggerRequest
from .workspace_agent import WorkspaceAgent
from .workspace_agent_create import WorkspaceAgentCreate
from .workspace_agent_create_request import WorkspaceAgentCreateRequest
from .workspace_agent_envelope import WorkspaceAgentEnvelope
from .workspace_agent_list import WorkspaceAgentList
from .workspace_agent_settings import WorkspaceAgentSettings
from .workspace_agent_update import WorkspaceAgentUpdate
from .workspace_agent_update_request import WorkspaceAgentUpdateRequest

__all__ = (
    "AgentAsyncOptions",
    "AgentCompletedEvent",
    "AgentDelegation",
    "AgentDelegationCompletedEvent",
    "AgentDelegationList",
    "AgentDelegationResultType0",
    "AgentDelegationTarget",
    "AgentFailedEvent",
    "AgentInvokeRequest",
    "AgentResponse",
    "AgentWebhookTriggerRequest",
    "Artifact",
    "ArtifactEvent",
    "Asset",
    "AssetEnvelope",
    "AssetList",
    "AssetTranscriptionType0",
    "AssetUpload",
    "AsyncOptions",
    "Attachment",
    "CallbackData",
    "Chat",
    "ChatAgent",
    "ChatCreate",
    "ChatCreateRequest",
    "ChatEnvelope",
    "ChatMessage",
    "ChatMessageList",
    "ChatUpdate",
    "ChatUpdateRequest",
    "CompletionTokens",
    "ContextMessage",
    "ContextMessageRole",
    "ErrorCode",
    "ErrorCodeCatalogue",
    "ErrorEvent",
    "ErrorResponse",
    "HiveAgentAsyncOptions",
    "HiveAgentInvokeRequest",
    "HiveAgentInvokeRequestBudgetPolicy",
    "HiveAgentRunAccepted",
    "HiveAgentRunData",
    "HiveAgentRunDataSourcesUsedItem",
    "HiveAgentRunEvent",
    "HiveAgentSources",
    "ImageAsset",
    "ImageOutput",
    "ImageOutputSettings",
    "Inputs",
    "InvokeMetadata",
    "KnowledgeBase",
    "KnowledgeBaseCreate",
    "KnowledgeBaseCreateRequest",
    "KnowledgeBaseEnvelope",
    "KnowledgeBaseItem",
    "KnowledgeBaseItemCreate",
    "KnowledgeBaseItemCreateRequest",
    "KnowledgeBaseItemEnvelope",
    "KnowledgeBaseItemList",
    "KnowledgeBaseItemUpdate",
    "KnowledgeBaseItemUpdateRequest",
    "KnowledgeBaseList",
    "KnowledgeBaseSearchRequest",
    "KnowledgeBaseSearchResponse",
    "KnowledgeBaseSearchResult",
    "KnowledgeBaseUpdate",
    "KnowledgeBaseUpdateRequest",
    "LegacyWorkflowRun",
    "LegacyWorkflowRunEnvelope",
    "LegacyWorkflowRunStartInputsType0",
    "MessageResponse",
    "PendingDelegation",
    "PendingDelegationTarget",
    "PromptInvokeRequest",
    "PromptResponse",
    "PromptTokens",
    "PromptWebhookTriggerRequest",
    "PublicModel",
    "ReasoningEvent",
    "RegenerateResponse",
    "RequestRecord",
    "RequestRecordMetadataType0",
    "RequestRecordUserMetadataType0",
    "ResponseEvent",
    "SearchChunk",
    "SearchServiceCatalogue",
    "SearchServiceCatalogues",
    "SearchServiceCountry",
    "SearchType",
    "SseFrame",
    "StreamResult",
    "SummaryEvent",
    "ToolActionApproval",
    "ToolActionApprovalEnvelope",
    "ToolActionApprovalList",
    "ToolActionApprovalToolInput",
    "ToolActionDecision",
    "ToolActionDecisionDecision",
    "ToolCall",
    "ToolCallToolInputType0",
    "ToolEvent",
    "ToolEventToolInputType0",
    "TriggerAccepted",
    "TriggerAsyncOptions",
    "Usage",
    "UsageEvent",
    "WorkflowCompletedEvent",
    "WorkflowFailedEvent",
    "WorkflowInvokeRequest",
    "WorkflowRun",
    "WorkflowWebhookTriggerRequest",
    "WorkspaceAgent",
    "WorkspaceAgentCreate",
    "WorkspaceAgentCreateRequest",
    "WorkspaceAgentEnvelope",
    "WorkspaceAgentList",
    "WorkspaceAgentSettings",
    "WorkspaceAgentUpdate",
    "WorkspaceAgentUpdateRequest",
)
