from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inputs import Inputs
    from ..models.invoke_metadata import InvokeMetadata


T = TypeVar("T", bound="PromptInvokeRequest")


@_attrs_define
class PromptInvokeRequest:
    """
    Attributes:
        deployment (str): Prompt deployment name.
        variant (str | Unset): Deployment variant name. The API reference says required; the SDK docs page
            and the public SDK's spec say optional with a server default. This SDK treats
            it as optional and omits it when not given.
        inputs (Inputs | Unset): Values for the deployment's variables (any JSON values). Array inputs must be real
            JSON arrays, not JSON strings.
        streaming (bool | Unset): `true`: the answer is a Server-Sent-Events stream. Default: False.
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
        user (str | Unset): Opaque caller id shown in user tracking.
    """

    deployment: str
    variant: str | Unset = UNSET
    inputs: Inputs | Unset = UNSET
    streaming: bool | Unset = False
    metadata: InvokeMetadata | Unset = UNSET
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deployment = self.deployment

        variant = self.variant

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        streaming = self.streaming

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deployment": deployment,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inputs import Inputs  # noqa: PLC0415
        from ..models.invoke_metadata import InvokeMetadata  # noqa: PLC0415

        d = dict(src_dict)
        deployment = d.pop("deployment")

        variant = d.pop("variant", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: Inputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = Inputs.from_dict(_inputs)

        streaming = d.pop("streaming", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        user = d.pop("user", UNSET)

        prompt_invoke_request = cls(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            streaming=streaming,
            metadata=metadata,
            user=user,
        )

        return prompt_invoke_request
