from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="PromptResponse")


@_attrs_define
class PromptResponse:
    """
    Attributes:
        request_id (str):
        response (str):
        model (str | Unset):
        duration (float | Unset): Seconds.
        reasoning (str | Unset): Present for reasoning models.
        usage (Usage | Unset): Token usage. The docs show nested token objects; the public SDK's spec shows flat
            integers. This SDK follows the docs. `duration` (seconds) appears in stream usage.
        stop_reason (str | Unset): Open string; `completed` is the only documented value.
    """

    request_id: str
    response: str
    model: str | Unset = UNSET
    duration: float | Unset = UNSET
    reasoning: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    stop_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        response = self.response

        model = self.model

        duration = self.duration

        reasoning = self.reasoning

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        stop_reason = self.stop_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "response": response,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if usage is not UNSET:
            field_dict["usage"] = usage
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id")

        response = d.pop("response")

        model = d.pop("model", UNSET)

        duration = d.pop("duration", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        stop_reason = d.pop("stop_reason", UNSET)

        prompt_response = cls(
            request_id=request_id,
            response=response,
            model=model,
            duration=duration,
            reasoning=reasoning,
            usage=usage,
            stop_reason=stop_reason,
        )

        prompt_response.additional_properties = d
        return prompt_response

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
