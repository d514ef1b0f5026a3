"""Contains all the data models used in inputs/outputs"""

from .agent_completed_event import AgentCompletedEvent
from .agent_delegation_completed_event import AgentDelegationCompletedEvent
from .agent_failed_event import AgentFailedEvent
from .agent_invoke_request import AgentInvokeRequest
from .agent_response import AgentResponse
from .agent_webhook_trigger_request import AgentWebhookTriggerRequest
from .artifact import Artifact
from .artifact_event import ArtifactEvent
from .async_options import AsyncOptions
from .attachment import Attachment
from .callback_data import CallbackData
from .completion_tokens import CompletionTokens
from .context_message import ContextMessage
from .context_message_role import ContextMessageRole
from .error_code import ErrorCode
from .error_code_catalogue import ErrorCodeCatalogue
from .error_event import ErrorEvent
from .error_response import ErrorResponse
from .image_asset import ImageAsset
from .image_output import ImageOutput
from .image_output_settings import ImageOutputSettings
from .inputs import Inputs
from .invoke_metadata import InvokeMetadata
from .prompt_invoke_request import PromptInvokeRequest
from .prompt_response import PromptResponse
from .prompt_tokens import PromptTokens
from .prompt_webhook_trigger_request import PromptWebhookTriggerRequest
from .reasoning_event import ReasoningEvent
from .request_record import RequestRecord
from .request_record_metadata_type_0 import RequestRecordMetadataType0
from .request_record_user_metadata_type_0 import RequestRecordUserMetadataType0
from .response_event import ResponseEvent
from .sse_frame import SseFrame
from .stream_result import StreamResult
from .summary_event import SummaryEvent
from .tool_call import ToolCall
from .tool_call_tool_input_type_0 import ToolCallToolInputType0
from .tool_event import ToolEvent
from .tool_event_tool_input import ToolEventToolInput
from .trigger_accepted import TriggerAccepted
from .trigger_async_options import TriggerAsyncOptions
from .usage import Usage
from .usage_event import UsageEvent
from .workflow_completed_event import WorkflowCompletedEvent
from .workflow_failed_event import WorkflowFailedEvent
from .workflow_invoke_request import WorkflowInvokeRequest
from .workflow_run import WorkflowRun
from .workflow_webhook_trigger_request import WorkflowWebhookTriggerRequest

__all__ = (
    "AgentCompletedEvent",
    "AgentDelegationCompletedEvent",
    "AgentFailedEvent",
    "AgentInvokeRequest",
    "AgentResponse",
    "AgentWebhookTriggerRequest",
    "Artifact",
    "ArtifactEvent",
    "AsyncOptions",
    "Attachment",
    "CallbackData",
    "CompletionTokens",
    "ContextMessage",
    "ContextMessageRole",
    "ErrorCode",
    "ErrorCodeCatalogue",
    "ErrorEvent",
    "ErrorResponse",
    "ImageAsset",
    "ImageOutput",
    "ImageOutputSettings",
    "Inputs",
    "InvokeMetadata",
    "PromptInvokeRequest",
    "PromptResponse",
    "PromptTokens",
    "PromptWebhookTriggerRequest",
    "ReasoningEvent",
    "RequestRecord",
    "RequestRecordMetadataType0",
    "RequestRecordUserMetadataType0",
    "ResponseEvent",
    "SseFrame",
    "StreamResult",
    "SummaryEvent",
    "ToolCall",
    "ToolCallToolInputType0",
    "ToolEvent",
    "ToolEventToolInput",
    "TriggerAccepted",
    "TriggerAsyncOptions",
    "Usage",
    "UsageEvent",
    "WorkflowCompletedEvent",
    "WorkflowFailedEvent",
    "WorkflowInvokeRequest",
    "WorkflowRun",
    "WorkflowWebhookTriggerRequest",
)
