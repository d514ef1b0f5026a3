from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_async_options import AgentAsyncOptions
    from ..models.attachment import Attachment
    from ..models.context_message import ContextMessage
    from ..models.invoke_metadata import InvokeMetadata


T = TypeVar("T", bound="AgentInvokeRequest")


@_attrs_define
class AgentInvokeRequest:
    """
    Attributes:
        agent (str): The agent's id (a UUID in the docs; fetch-hive-sdk 0.4.1 calls it a slug).
        message (str): The user's message.
        streaming (bool | Unset):  Default: False.
        thread_id (str | Unset): Caller-chosen conversation id, created on first use and resumed after.
        messages (list[ContextMessage] | Unset): Earlier turns used as context; win over the thread's history when both
            are given.
        attachments (list[Attachment | str] | Unset): HTTPS files for this turn (CSV, XLSX, PDF, DOCX, text/Markdown by
            extension,
            and images; no audio). At most five together with `image_urls`.
        image_urls (list[str] | Unset): Older shorthand for HTTPS image attachments.
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
        user (str | Unset):
        known_artifact_refs (list[UUID] | Unset): Artifact ids the caller knows of (fetch-hive-sdk 0.4.1).
        artifact_refs (list[UUID] | Unset): Artifacts to use in this turn; each must also be in `known_artifact_refs`.
        tool_approval (str | Unset): Sent by fetch-hive-sdk 0.4.1 ("`policy` or `auto_approve`. Omit it to follow
            saved rules. An API-key run resumes on the server after a decision"). With
            `policy`, tool calls wait for a decision (`decideToolActionApproval`).
        async_ (AgentAsyncOptions | Unset): The `async` object of `POST /agent/invoke`. Two shapes are accepted:
            - Published SDK spec (`AgentInvokeAsyncConfig`): `callback_url` ("HTTPS URL that
              receives a signed `agent.delegation.completed` POST when a background workflow
              finishes. Signed with the parent agent's webhook secret.") and `allow_background`
              ("When false, `run_workflow` stays synchronous. Long or human-in-the-loop
              workflows return a tool error instead of a pending delegation."). Defaults:
              `allow_background` is true when `thread_id` is present or `callback_url` is set,
              otherwise false. The answer is the agent's answer; background work is reported in
              its `pending_delegations`.
            - fetch-hive-sdk 0.4.1 sends `{"enabled": true, "callback_url": ...}`: with
              `enabled: true` the whole answer is delivered by callback (`agent.completed` /
              `agent.failed`) and the call answers at once with `{request_id, run_status,
              webhook_secret}` (assumption of this SDK, modelled on the workflow invoke);
              `callback_url` is then required.
    """

    agent: str
    message: str
    streaming: bool | Unset = False
    thread_id: str | Unset = UNSET
    messages: list[ContextMessage] | Unset = UNSET
    attachments: list[Attachment | str] | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    metadata: InvokeMetadata | Unset = UNSET
    user: str | Unset = UNSET
    known_artifact_refs: list[UUID] | Unset = UNSET
    artifact_refs: list[UUID] | Unset = UNSET
    tool_approval: str | Unset = UNSET
    async_: AgentAsyncOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment  # noqa: PLC0415

        agent = self.agent

        message = self.message

        streaming = self.streaming

        thread_id = self.thread_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        attachments: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any] | str
                if isinstance(attachments_item_data, Attachment):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data
                attachments.append(attachments_item)

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user = self.user

        known_artifact_refs: list[str] | Unset = UNSET
        if not isinstance(self.known_artifact_refs, Unset):
            known_artifact_refs = []
            for known_artifact_refs_item_data in self.known_artifact_refs:
                known_artifact_refs_item = str(known_artifact_refs_item_data)
                known_artifact_refs.append(known_artifact_refs_item)

        artifact_refs: list[str] | Unset = UNSET
        if not isinstance(self.artifact_refs, Unset):
            artifact_refs = []
            for artifact_refs_item_data in self.artifact_refs:
                artifact_refs_item = str(artifact_refs_item_data)
                artifact_refs.append(artifact_refs_item)

        tool_approval = self.tool_approval

        async_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.async_, Unset):
            async_ = self.async_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent": agent,
                "message": message,
            }
        )
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user
        if known_artifact_refs is not UNSET:
            field_dict["known_artifact_refs"] = known_artifact_refs
        if artifact_refs is not UNSET:
            field_dict["artifact_refs"] = artifact_refs
        if tool_approval is not UNSET:
            field_dict["tool_approval"] = tool_approval
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_async_options import AgentAsyncOptions  # noqa: PLC0415
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.context_message import ContextMessage  # noqa: PLC0415
        from ..models.invoke_metadata import InvokeMetadata  # noqa: PLC0415

        d = dict(src_dict)
        agent = d.pop("agent")

        message = d.pop("message")

        streaming = d.pop("streaming", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[ContextMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ContextMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment | str] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(data: object) -> Attachment | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_item_type_1 = Attachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Attachment | str, data)

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        user = d.pop("user", UNSET)

        _known_artifact_refs = d.pop("known_artifact_refs", UNSET)
        known_artifact_refs: list[UUID] | Unset = UNSET
        if _known_artifact_refs is not UNSET:
            known_artifact_refs = []
            for known_artifact_refs_item_data in _known_artifact_refs:
                known_artifact_refs_item = UUID(known_artifact_refs_item_data)

                known_artifact_refs.append(known_artifact_refs_item)

        _artifact_refs = d.pop("artifact_refs", UNSET)
        artifact_refs: list[UUID] | Unset = UNSET
        if _artifact_refs is not UNSET:
            artifact_refs = []
            for artifact_refs_item_data in _artifact_refs:
                artifact_refs_item = UUID(artifact_refs_item_data)

                artifact_refs.append(artifact_refs_item)

        tool_approval = d.pop("tool_approval", UNSET)

        _async_ = d.pop("async", UNSET)
        async_: AgentAsyncOptions | Unset
        if isinstance(_async_, Unset):
            async_ = UNSET
        else:
            async_ = AgentAsyncOptions.from_dict(_async_)

        agent_invoke_request = cls(
            agent=agent,
            message=message,
            streaming=streaming,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            metadata=metadata,
            user=user,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            tool_approval=tool_approval,
            async_=async_,
        )

        return agent_invoke_request
