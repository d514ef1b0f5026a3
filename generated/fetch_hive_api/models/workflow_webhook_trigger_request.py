from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inputs import Inputs
    from ..models.invoke_metadata import InvokeMetadata
    from ..models.trigger_async_options import TriggerAsyncOptions


T = TypeVar("T", bound="WorkflowWebhookTriggerRequest")


@_attrs_define
class WorkflowWebhookTriggerRequest:
    """
    Attributes:
        async_ (TriggerAsyncOptions): Callback delivery settings of a webhook trigger (always enabled).
        inputs (Inputs | Unset): Values for the deployment's variables (any JSON values). Array inputs must be real
            JSON arrays, not JSON strings.
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
        user (str | Unset):
    """

    async_: TriggerAsyncOptions
    inputs: Inputs | Unset = UNSET
    metadata: InvokeMetadata | Unset = UNSET
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        async_ = self.async_.to_dict()

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "async": async_,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inputs import Inputs  # noqa: PLC0415
        from ..models.invoke_metadata import InvokeMetadata  # noqa: PLC0415
        from ..models.trigger_async_options import TriggerAsyncOptions  # noqa: PLC0415

        d = dict(src_dict)
        async_ = TriggerAsyncOptions.from_dict(d.pop("async"))

        _inputs = d.pop("inputs", UNSET)
        inputs: Inputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = Inputs.from_dict(_inputs)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        user = d.pop("user", UNSET)

        workflow_webhook_trigger_request = cls(
            async_=async_,
            inputs=inputs,
            metadata=metadata,
            user=user,
        )

        return workflow_webhook_trigger_request
