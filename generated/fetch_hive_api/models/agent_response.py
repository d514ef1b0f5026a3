from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.pending_delegation import PendingDelegation
    from ..models.tool_call import ToolCall
    from ..models.usage import Usage


T = TypeVar("T", bound="AgentResponse")


@_attrs_define
class AgentResponse:
    """All fields optional; the object stays open.

    Attributes:
        request_id (str | Unset):
        response (str | Unset):
        thread_id (str | Unset):
        model (str | Unset):
        usage (Usage | Unset): Token usage. The docs show nested token objects; the public SDK's spec shows flat
            integers. This SDK follows the docs. `duration` (seconds) appears in stream usage.
        tool_calls (list[ToolCall] | Unset):
        artifacts (list[Artifact] | Unset):
        pending_delegations (list[PendingDelegation] | Unset): Background work this invoke started (published SDK spec
            `PendingDelegation`).
    """

    request_id: str | Unset = UNSET
    response: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    model: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    tool_calls: list[ToolCall] | Unset = UNSET
    artifacts: list[Artifact] | Unset = UNSET
    pending_delegations: list[PendingDelegation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        response = self.response

        thread_id = self.thread_id

        model = self.model

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        pending_delegations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_delegations, Unset):
            pending_delegations = []
            for pending_delegations_item_data in self.pending_delegations:
                pending_delegations_item = pending_delegations_item_data.to_dict()
                pending_delegations.append(pending_delegations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if response is not UNSET:
            field_dict["response"] = response
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if pending_delegations is not UNSET:
            field_dict["pending_delegations"] = pending_delegations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact import Artifact  # noqa: PLC0415
        from ..models.pending_delegation import PendingDelegation  # noqa: PLC0415
        from ..models.tool_call import ToolCall  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        response = d.pop("response", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        model = d.pop("model", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[Artifact] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = Artifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        _pending_delegations = d.pop("pending_delegations", UNSET)
        pending_delegations: list[PendingDelegation] | Unset = UNSET
        if _pending_delegations is not UNSET:
            pending_delegations = []
            for pending_delegations_item_data in _pending_delegations:
                pending_delegations_item = PendingDelegation.from_dict(
                    pending_delegations_item_data
                )

                pending_delegations.append(pending_delegations_item)

        agent_response = cls(
            request_id=request_id,
            response=response,
            thread_id=thread_id,
            model=model,
            usage=usage,
            tool_calls=tool_calls,
            artifacts=artifacts,
            pending_delegations=pending_delegations,
        )

        agent_response.additional_properties = d
        return agent_response

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
