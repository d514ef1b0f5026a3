"""Arguments -> `Operation`, for every API call; the one place to add an operation.

Each builder validates its arguments (raising `InputValidationError`, nothing sent), builds
the body with the generated request model (`from_dict`), and lets the generated operation
module build the request (`_get_kwargs`). Generated code is imported here, on first use,
so that `import fetch_hive_sdk` stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import _validation as check
from ._base_client import Operation
from ._errors import InputValidationError
from ._retry import INVOKE, PROVIDER_INVOKE, READ

if TYPE_CHECKING:
    from fetch_hive_api.models.agent_response import AgentResponse
    from fetch_hive_api.models.error_code_catalogue import ErrorCodeCatalogue
    from fetch_hive_api.models.prompt_response import PromptResponse
    from fetch_hive_api.models.request_record import RequestRecord
    from fetch_hive_api.models.workflow_run import WorkflowRun


def _put(body: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        body[key] = value


def invoke_prompt(
    *,
    deployment: str,
    variant: str | None,
    inputs: Mapping[str, Any] | None,
    metadata: Mapping[str, Any] | None,
    user: str | None,
    streaming: bool,
) -> Operation[PromptResponse]:
    body: dict[str, Any] = {"deployment": check.required_text(deployment, "deployment")}
    _put(body, "variant", check.optional_text(variant, "variant"))
    _put(body, "inputs", check.inputs(inputs))
    _put(body, "metadata", check.metadata(metadata))
    _put(body, "user", check.optional_text(user, "user"))
    body["streaming"] = _flag(streaming, "streaming")

    from fetch_hive_api.api.prompts import invoke_prompt as generated
    from fetch_hive_api.models.prompt_invoke_request import PromptInvokeRequest
    from fetch_hive_api.models.prompt_response import PromptResponse

    return Operation(
        name="invoke_prompt",
        kwargs=generated._get_kwargs(body=PromptInvokeRequest.from_dict(body)),
        result_model=None if streaming else PromptResponse,
        streaming=streaming,
        retry=PROVIDER_INVOKE,
    )


def invoke_workflow(
    *,
    deployment: str,
    variant: str | None,
    inputs: Mapping[str, Any] | None,
    async_mode: bool,
    callback_url: str | None,
    user: str | None,
    metadata: Mapping[str, Any] | None,
    tool_approval: str | None,
) -> Operation[WorkflowRun]:
    body: dict[str, Any] = {"deployment": check.required_text(deployment, "deployment")}
    _put(body, "variant", check.optional_text(variant, "variant"))
    _put(body, "inputs", check.inputs(inputs))
    url = check.callback(async_mode, callback_url)
    if url is not None:
        body["async"] = {"enabled": True, "callback_url": url}
    _put(body, "metadata", check.metadata(metadata))
    _put(body, "user", check.optional_text(user, "user"))
    _put(body, "tool_approval", check.optional_text(tool_approval, "tool_approval"))

    from fetch_hive_api.api.workflows import invoke_workflow as generated
    from fetch_hive_api.models.workflow_invoke_request import WorkflowInvokeRequest
    from fetch_hive_api.models.workflow_run import WorkflowRun

    return Operation(
        name="invoke_workflow",
        kwargs=generated._get_kwargs(body=WorkflowInvokeRequest.from_dict(body)),
        result_model=WorkflowRun,
        retry=INVOKE,
    )


def invoke_agent(
    *,
    agent: str,
    message: str,
    thread_id: str | None,
    messages: Sequence[Mapping[str, Any]] | None,
    attachments: Sequence[str | Mapping[str, Any]] | None,
    image_urls: Sequence[str] | None,
    known_artifact_refs: Sequence[str] | None,
    artifact_refs: Sequence[str] | None,
    user: str | None,
    metadata: Mapping[str, Any] | None,
    tool_approval: str | None,
    async_options: Mapping[str, Any] | None,
    streaming: bool,
) -> Operation[AgentResponse]:
    body: dict[str, Any] = {
        "agent": check.required_text(agent, "agent"),
        "message": check.required_text(message, "message"),
        "streaming": _flag(streaming, "streaming"),
    }
    _put(body, "thread_id", check.optional_text(thread_id, "thread_id"))
    _put(body, "messages", check.messages(messages))
    files = check.attachments(attachments, "attachments")
    images = check.image_urls(image_urls, "image_urls")
    check.attachment_count(files, images, "attachments")
    _put(body, "attachments", files)
    _put(body, "image_urls", images)
    known, used = check.artifact_refs(known_artifact_refs, artifact_refs)
    _put(body, "known_artifact_refs", known)
    _put(body, "artifact_refs", used)
    _put(body, "metadata", check.metadata(metadata))
    _put(body, "user", check.optional_text(user, "user"))
    _put(body, "tool_approval", check.optional_text(tool_approval, "tool_approval"))
    _put(body, "async", check.async_options(async_options))

    from fetch_hive_api.api.agents import invoke_agent as generated
    from fetch_hive_api.models.agent_invoke_request import AgentInvokeRequest
    from fetch_hive_api.models.agent_response import AgentResponse

    return Operation(
        name="invoke_agent",
        kwargs=generated._get_kwargs(body=AgentInvokeRequest.from_dict(body)),
        result_model=None if streaming else AgentResponse,
        streaming=streaming,
        retry=PROVIDER_INVOKE,
    )


def get_request(*, request_id: object) -> Operation[RequestRecord]:
    request_id = check.path_segment(request_id, "request_id")

    from fetch_hive_api.api.requests import get_request as generated
    from fetch_hive_api.models.request_record import RequestRecord

    return Operation(
        name="get_request",
        kwargs=generated._get_kwargs(request_id),
        result_model=RequestRecord,
        retry=READ,
    )


def list_error_codes(*, locale: str | None) -> Operation[ErrorCodeCatalogue]:
    checked = check.optional_text(locale, "locale")

    from fetch_hive_api.api.error_codes import list_error_codes as generated
    from fetch_hive_api.models.error_code_catalogue import ErrorCodeCatalogue
    from fetch_hive_api.types import UNSET

    return Operation(
        name="list_error_codes",
        kwargs=generated._get_kwargs(locale=UNSET if checked is None else checked),
        result_model=ErrorCodeCatalogue,
        needs_api_key=False,
        retry=READ,
    )


def _flag(value: object, argument: str) -> bool:
    if not isinstance(value, bool):
        raise InputValidationError(
            f"{argument}: must be True or False, got {type(value).__name__}", argument=argument
        )
    return value
