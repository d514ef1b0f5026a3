from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legacy_workflow_run import LegacyWorkflowRun


T = TypeVar("T", bound="LegacyWorkflowRunEnvelope")


@_attrs_define
class LegacyWorkflowRunEnvelope:
    """
    Attributes:
        workflow_run (LegacyWorkflowRun): A workflow run as the legacy docs page "Retrieve a workflow" shows it.
    """

    workflow_run: LegacyWorkflowRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_run = self.workflow_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_run": workflow_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_workflow_run import LegacyWorkflowRun  # noqa: PLC0415

        d = dict(src_dict)
        workflow_run = LegacyWorkflowRun.from_dict(d.pop("workflow_run"))

        legacy_workflow_run_envelope = cls(
            workflow_run=workflow_run,
        )

        legacy_workflow_run_envelope.additional_properties = d
        return legacy_workflow_run_envelope

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
