from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRun")


@_attrs_define
class WorkflowRun:
    """Answer of a workflow invoke. Direct delivery: `request_id`, `run_status`, `output`.
    Callback delivery: `request_id`, `run_status` (`running` or `queued`) and
    `webhook_secret`.

        Attributes:
            request_id (str):
            run_status (str): Open string; known values: `completed`, `failed`, `running`, `queued`.
            output (Any | Unset): Depends on the workflow: usually a string; for an image-generation final step an
                `ImageOutput` object; any JSON value is accepted.
            webhook_secret (str | Unset): Signing secret of the callback (callback delivery only).
    """

    request_id: str
    run_status: str
    output: Any | Unset = UNSET
    webhook_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        run_status = self.run_status

        output = self.output

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "run_status": run_status,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        run_status = d.pop("run_status")

        output = d.pop("output", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        workflow_run = cls(
            request_id=request_id,
            run_status=run_status,
            output=output,
            webhook_secret=webhook_secret,
        )

        workflow_run.additional_properties = d
        return workflow_run

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
