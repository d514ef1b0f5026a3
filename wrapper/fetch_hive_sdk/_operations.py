"""Arguments -> `Operation` for the client's own methods: the invokes, `get_request`,
`list_error_codes` and the webhook triggers.

These methods keep fetch-hive-sdk 0.4.1's flat arguments (`async_mode` and `callback_url`
for the body's `async` object, `async_options`, attachments as URLs or objects), which the
spec cannot say, so their bodies are put together here by hand: each argument is checked by
the rules JSON Schema cannot express (`_rules`: the body's JSON safety, flat metadata,
https URLs, attachment counts across fields, artifact references), then `_build.prepare`
checks the body against the generated request model (types, enumerations, lengths, item
counts) and builds the request from the operation's descriptor. Descriptors are imported
on first use, so that `import fetch_hive_sdk` stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import _invoke_arguments as arguments
from . import _rules as check
from ._base_client import Operation
from ._build import as_refusal, prepare
from ._errors import InputValidationError

if TYPE_CHECKING:
    from fetch_hive_api.models.agent_response import AgentResponse
    from fetch_hive_api.models.error_code_catalogue import ErrorCodeCatalogue
    from fetch_hive_api.models.prompt_response import PromptResponse
    from fetch_hive_api.models.request_record import RequestRecord
    from fetch_hive_api.models.trigger_accepted import TriggerAccepted
    from fetch_hive_api.models.workflow_run import WorkflowRun
    from fetch_hive_runtime import OperationSpec


def _put(body: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        body[key] = value


def _flag(value: object, argument: str) -> bool:
    if not isinstance(value, bool):
        raise InputValidationError(
            f"{argument}: must be True or False, got {type(value).__name__}", argument=argument
        )
    return value


def invoke_prompt(
    *,
    deployment: str,
    variant: str | None,
    inputs: Mapping[str, Any] | None,
    metadata: Mapping[str, Any] | None,
    user: str | None,
    streaming: bool,
) -> Operation[PromptResponse]:
    from fetch_hive_api.api.prompts.invoke_prompt import OPERATION

    try:
        body: dict[str, Any] = {"deployment": check.required_text(deployment, "deployment")}
        _put(body, "variant", check.optional_text(variant, "variant"))
        _put(body, "inputs", arguments.inputs(inputs))
        _put(body, "metadata", arguments.metadata(metadata))
        _put(body, "user", check.optional_text(user, "user"))
        body["streaming"] = _flag(streaming, "streaming")
    except InputValidationError as error:
        raise as_refusal(OPERATION, error) from None
    return prepare(OPERATION, body=body, json_safe=True, streaming=streaming)


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
    from fetch_hive_api.api.workflows.invoke_workflow import OPERATION

    try:
        body: dict[str, Any] = {"deployment": check.required_text(deployment, "deployment")}
        _put(body, "variant", check.optional_text(variant, "variant"))
        _put(body, "inputs", arguments.inputs(inputs))
        url = arguments.callback(async_mode, callback_url)
        if url is not None:
            body["async"] = {"enabled": True, "callback_url": url}
        _put(body, "metadata", arguments.metadata(metadata))
        _put(body, "user", check.optional_text(user, "user"))
        _put(body, "tool_approval", check.optional_text(tool_approval, "tool_approval"))
    except InputValidationError as error:
        raise as_refusal(OPERATION, error) from None
    return prepare(OPERATION, body=body, json_safe=True)


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
    from fetch_hive_api.api.agents.invoke_agent import OPERATION

    try:
        body: dict[str, Any] = {
            "agent": check.required_text(agent, "agent"),
            "message": check.required_text(message, "message"),
            "streaming": _flag(streaming, "streaming"),
        }
        _put(body, "thread_id", check.optional_text(thread_id, "thread_id"))
        _put(body, "messages", arguments.messages(messages))
        files = arguments.attachments(attachments, "attachments")
        images = arguments.image_urls(image_urls, "image_urls")
        arguments.attachment_count(files, images, "attachments")
        _put(body, "attachments", files)
        _put(body, "image_urls", images)
        known, used = arguments.artifact_refs(known_artifact_refs, artifact_refs)
        _put(body, "known_artifact_refs", known)
        _put(body, "artifact_refs", used)
        _put(body, "metadata", arguments.metadata(metadata))
        _put(body, "user", check.optional_text(user, "user"))
        _put(body, "tool_approval", check.optional_text(tool_approval, "tool_approval"))
        _put(body, "async", arguments.async_options(async_options))
    except InputValidationError as error:
        raise as_refusal(OPERATION, error) from None
    return prepare(OPERATION, body=body, json_safe=True, streaming=streaming)


def get_request(*, request_id: object) -> Operation[RequestRecord]:
    from fetch_hive_api.api.requests.get_request import OPERATION

    return prepare(OPERATION, path={"id": request_id}, names={"id": "request_id"})


def list_error_codes(*, locale: str | None) -> Operation[ErrorCodeCatalogue]:
    from fetch_hive_api.api.error_codes.list_error_codes import OPERATION

    return prepare(OPERATION, query={"locale": check.optional_text(locale, "locale")})


# Webhook triggers: no API key, the deployment's webhook secret in its header (never in the
# URL, so it stays out of access logs). A trigger always delivers by callback.


def _trigger_body(
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"async": {"callback_url": arguments.callback(True, callback_url)}}
    _put(body, "inputs", arguments.inputs(inputs))
    _put(body, "metadata", arguments.metadata(metadata))
    _put(body, "user", check.optional_text(user, "user"))
    return body


def _deployment_trigger(
    spec: OperationSpec[Any, Any],
    path: dict[str, str],
    webhook_secret: str,
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    """A workflow's or prompt's trigger: its endpoint and variant ids, then the body."""
    try:
        for name, value in path.items():
            check.path_segment(value, name)
        body = _trigger_body(inputs, callback_url, metadata, user)
    except InputValidationError as error:
        raise as_refusal(spec, error) from None
    return prepare(spec, path=path, body=body, json_safe=True, secret=webhook_secret)


def trigger_workflow_webhook(
    *,
    workflow_endpoint_id: str,
    variant_id: str,
    webhook_secret: str,
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    from fetch_hive_api.api.webhook_triggers.trigger_workflow_webhook import OPERATION

    path = {"workflow_endpoint_id": workflow_endpoint_id, "variant_id": variant_id}
    return _deployment_trigger(
        OPERATION, path, webhook_secret, inputs, callback_url, metadata, user
    )


def trigger_prompt_webhook(
    *,
    prompt_endpoint_id: str,
    variant_id: str,
    webhook_secret: str,
    inputs: Mapping[str, Any] | None,
    callback_url: str,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    from fetch_hive_api.api.webhook_triggers.trigger_prompt_webhook import OPERATION

    path = {"prompt_endpoint_id": prompt_endpoint_id, "variant_id": variant_id}
    return _deployment_trigger(
        OPERATION, path, webhook_secret, inputs, callback_url, metadata, user
    )


def trigger_agent_webhook(
    *,
    agent_id: str,
    webhook_secret: str,
    message: str,
    callback_url: str,
    thread_id: str | None,
    metadata: Mapping[str, Any] | None,
    user: str | None,
) -> Operation[TriggerAccepted]:
    from fetch_hive_api.api.webhook_triggers.trigger_agent_webhook import OPERATION

    try:
        check.path_segment(agent_id, "agent_id")
        body = _trigger_body(None, callback_url, metadata, user)
        body["message"] = check.required_text(message, "message")
        _put(body, "thread_id", check.optional_text(thread_id, "thread_id"))
    except InputValidationError as error:
        raise as_refusal(OPERATION, error) from None
    return prepare(
        OPERATION, path={"agent_id": agent_id}, body=body, json_safe=True, secret=webhook_secret
    )
