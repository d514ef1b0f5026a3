from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_options import AsyncOptions
    from ..models.inputs import Inputs
    from ..models.invoke_metadata import InvokeMetadata


T = TypeVar("T", bound="WorkflowInvokeRequest")


@_attrs_define
class WorkflowInvokeRequest:
    """
    Attributes:
        deployment (str): Workflow deployment name.
        variant (str | Unset): Deployment variant name (optional in this SDK, see `PromptInvokeRequest.variant`).
        inputs (Inputs | Unset): Values for the deployment's variables (any JSON values). Array inputs must be real
            JSON arrays, not JSON strings.
        async_ (AsyncOptions | Unset): Callback delivery settings.
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
        user (str | Unset): Opaque caller id.
        tool_approval (str | Unset): Sent by fetch-hive-sdk 0.4.1; not in the documentation pages. Known values
            `policy` and `auto_approve`; omit it to follow the saved rules.
    """

    deployment: str
    variant: str | Unset = UNSET
    inputs: Inputs | Unset = UNSET
    async_: AsyncOptions | Unset = UNSET
    metadata: InvokeMetadata | Unset = UNSET
    user: str | Unset = UNSET
    tool_approval: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deployment = self.deployment

        variant = self.variant

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        async_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.async_, Unset):
            async_ = self.async_.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user = self.user

        tool_approval = self.tool_approval

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
        if async_ is not UNSET:
            field_dict["async"] = async_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user
        if tool_approval is not UNSET:
            field_dict["tool_approval"] = tool_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_options import AsyncOptions  # noqa: PLC0415
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

        _async_ = d.pop("async", UNSET)
        async_: AsyncOptions | Unset
        if isinstance(_async_, Unset):
            async_ = UNSET
        else:
            async_ = AsyncOptions.from_dict(_async_)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        user = d.pop("user", UNSET)

        tool_approval = d.pop("tool_approval", UNSET)

        workflow_invoke_request = cls(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            async_=async_,
            metadata=metadata,
            user=user,
            tool_approval=tool_approval,
        )

        return workflow_invoke_request
