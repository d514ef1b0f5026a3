from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryEvent")


@_attrs_define
class SummaryEvent:
    """Agent with a persistent thread; first, before any text.

    Attributes:
        type_ (Literal['summary']):
        summary_text (str | Unset):
        original_token_count (int | Unset):
        context_limit (int | Unset):
        model (str | Unset):
        provider (str | Unset):
    """

    type_: Literal["summary"]
    summary_text: str | Unset = UNSET
    original_token_count: int | Unset = UNSET
    context_limit: int | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        summary_text = self.summary_text

        original_token_count = self.original_token_count

        context_limit = self.context_limit

        model = self.model

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if summary_text is not UNSET:
            field_dict["summary_text"] = summary_text
        if original_token_count is not UNSET:
            field_dict["original_token_count"] = original_token_count
        if context_limit is not UNSET:
            field_dict["context_limit"] = context_limit
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["summary"], d.pop("type"))
        if type_ != "summary":
            raise ValueError(f"type must match const 'summary', got '{type_}'")

        summary_text = d.pop("summary_text", UNSET)

        original_token_count = d.pop("original_token_count", UNSET)

        context_limit = d.pop("context_limit", UNSET)

        model = d.pop("model", UNSET)

        provider = d.pop("provider", UNSET)

        summary_event = cls(
            type_=type_,
            summary_text=summary_text,
            original_token_count=original_token_count,
            context_limit=context_limit,
            model=model,
            provider=provider,
        )

        summary_event.additional_properties = d
        return summary_event

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
