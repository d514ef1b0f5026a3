from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.hive_agent_invoke_request_budget_policy import (
    HiveAgentInvokeRequestBudgetPolicy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hive_agent_async_options import HiveAgentAsyncOptions
    from ..models.hive_agent_sources import HiveAgentSources
    from ..models.invoke_metadata import InvokeMetadata


T = TypeVar("T", bound="HiveAgentInvokeRequest")


@_attrs_define
class HiveAgentInvokeRequest:
    """
    Attributes:
        hive_agent (str): Hive Agent ID from the dashboard.
        objective (str): Specific objective for the planner to create work nodes from.
        async_ (HiveAgentAsyncOptions): Required callback delivery of a Hive Agent run (published SDK spec
            `HiveAgentAsyncConfig`).
        unattended (bool | Unset): When true, the run never pauses for clarification or budget approval. Defaults to
            false.
        budget_policy (HiveAgentInvokeRequestBudgetPolicy | Unset): Unattended budget behavior when spend would
            otherwise need approval. `stop` fails
            the run; `proceed_to_cap` continues until the hard cap.
        sources (HiveAgentSources | Unset): What the Hive Agent may read (published SDK spec `HiveAgentSources`).
        metadata (InvokeMetadata | Unset): Flat caller-defined metadata for audit and log filtering, never an input to
            the
            run. Keys are non-empty strings; values are strings, numbers, booleans or null.
            Nested objects and arrays are rejected before the run starts. Keep secrets and
            large payloads out of it. No limits on key count or lengths are documented.
    """

    hive_agent: str
    objective: str
    async_: HiveAgentAsyncOptions
    unattended: bool | Unset = UNSET
    budget_policy: HiveAgentInvokeRequestBudgetPolicy | Unset = UNSET
    sources: HiveAgentSources | Unset = UNSET
    metadata: InvokeMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hive_agent = self.hive_agent

        objective = self.objective

        async_ = self.async_.to_dict()

        unattended = self.unattended

        budget_policy: str | Unset = UNSET
        if not isinstance(self.budget_policy, Unset):
            budget_policy = self.budget_policy.value

        sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hive_agent": hive_agent,
                "objective": objective,
                "async": async_,
            }
        )
        if unattended is not UNSET:
            field_dict["unattended"] = unattended
        if budget_policy is not UNSET:
            field_dict["budget_policy"] = budget_policy
        if sources is not UNSET:
            field_dict["sources"] = sources
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hive_agent_async_options import HiveAgentAsyncOptions  # noqa: PLC0415
        from ..models.hive_agent_sources import HiveAgentSources  # noqa: PLC0415
        from ..models.invoke_metadata import InvokeMetadata  # noqa: PLC0415

        d = dict(src_dict)
        hive_agent = d.pop("hive_agent")

        objective = d.pop("objective")

        async_ = HiveAgentAsyncOptions.from_dict(d.pop("async"))

        unattended = d.pop("unattended", UNSET)

        _budget_policy = d.pop("budget_policy", UNSET)
        budget_policy: HiveAgentInvokeRequestBudgetPolicy | Unset
        if isinstance(_budget_policy, Unset):
            budget_policy = UNSET
        else:
            budget_policy = HiveAgentInvokeRequestBudgetPolicy(_budget_policy)

        _sources = d.pop("sources", UNSET)
        sources: HiveAgentSources | Unset
        if isinstance(_sources, Unset):
            sources = UNSET
        else:
            sources = HiveAgentSources.from_dict(_sources)

        _metadata = d.pop("metadata", UNSET)
        metadata: InvokeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = InvokeMetadata.from_dict(_metadata)

        hive_agent_invoke_request = cls(
            hive_agent=hive_agent,
            objective=objective,
            async_=async_,
            unattended=unattended,
            budget_policy=budget_policy,
            sources=sources,
            metadata=metadata,
        )

        return hive_agent_invoke_request
