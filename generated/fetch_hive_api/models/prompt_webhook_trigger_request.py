from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inputs import Inputs
    from ..models.invoke_metadata import InvokeMetadata
    from ..models.trigger_async_options import TriggerAsyncOptions


T = TypeVar("T", bound="PromptWebhookTriggerRequest")


@_attrs_define
class PromptWebhookTriggerRequest:
    """Assumption of this SDK, modelled on the workflow trigger (a body without `inputs`
    carries its inputs as top-level fields, see `WorkflowWebhookTriggerRequest`).

        Attributes:
            async_ (TriggerAsyncOptions): Callback delivery settings of a webhook trigger. Triggers always use callback
                delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
                code snippets of the docs use the invoke's `async` object).
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        prompt_webhook_trigger_request = cls(
            async_=async_,
            inputs=inputs,
            metadata=metadata,
            user=user,
        )

        prompt_webhook_trigger_request.additional_properties = d
        return prompt_webhook_trigger_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
