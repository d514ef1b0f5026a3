from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoke_metadata import InvokeMetadata
    from ..models.trigger_async_options import TriggerAsyncOptions


T = TypeVar("T", bound="AgentWebhookTriggerRequest")


@_attrs_define
class AgentWebhookTriggerRequest:
    """
    Attributes:
        message (str):
        async_ (TriggerAsyncOptions): Callback delivery settings of a webhook trigger. Triggers always use callback
            delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
            code snippets of the docs use the invoke's `async` object).
        thread_id (str | Unset):
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
        user (str | Unset):
    """

    message: str
    async_: TriggerAsyncOptions
    thread_id: str | Unset = UNSET
    metadata: InvokeMetadata | Unset = UNSET
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        async_ = self.async_.to_dict()

        thread_id = self.thread_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "async": async_,
            }
        )
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoke_metadata import InvokeMetadata  # noqa: PLC0415
        from ..models.trigger_async_options import TriggerAsyncOptions  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        async_ = TriggerAsyncOptions.from_dict(d.pop("async"))

        thread_id = d.pop("thread_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        user = d.pop("user", UNSET)

        agent_webhook_trigger_request = cls(
            message=message,
            async_=async_,
            thread_id=thread_id,
            metadata=metadata,
            user=user,
        )

        return agent_webhook_trigger_request
