from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_tokens import CompletionTokens
    from ..models.prompt_tokens import PromptTokens


T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Token usage. The docs show nested token objects; the public SDK's spec shows flat
    integers. This SDK follows the docs. `duration` (seconds) appears in stream usage.

        Attributes:
            duration (float | Unset):
            prompt_tokens (PromptTokens | Unset):
            completion_tokens (CompletionTokens | Unset):
            total_tokens (int | Unset):
    """

    duration: float | Unset = UNSET
    prompt_tokens: PromptTokens | Unset = UNSET
    completion_tokens: CompletionTokens | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        prompt_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens, Unset):
            prompt_tokens = self.prompt_tokens.to_dict()

        completion_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completion_tokens, Unset):
            completion_tokens = self.completion_tokens.to_dict()

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_tokens import CompletionTokens  # noqa: PLC0415
        from ..models.prompt_tokens import PromptTokens  # noqa: PLC0415

        d = dict(src_dict)
        duration = d.pop("duration", UNSET)

        _prompt_tokens = d.pop("prompt_tokens", UNSET)
        prompt_tokens: PromptTokens | Unset
        if isinstance(_prompt_tokens, Unset):
            prompt_tokens = UNSET
        else:
            prompt_tokens = PromptTokens.from_dict(_prompt_tokens)

        _completion_tokens = d.pop("completion_tokens", UNSET)
        completion_tokens: CompletionTokens | Unset
        if isinstance(_completion_tokens, Unset):
            completion_tokens = UNSET
        else:
            completion_tokens = CompletionTokens.from_dict(_completion_tokens)

        total_tokens = d.pop("total_tokens", UNSET)

        usage = cls(
            duration=duration,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
        )

        usage.additional_properties = d
        return usage

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
