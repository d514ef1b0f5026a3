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

T = TypeVar("T", bound="ReasoningEvent")


@_attrs_define
class ReasoningEvent:
    """A chunk of the model's reasoning.

    Attributes:
        type_ (Literal['reasoning']):
        request_id (str | Unset):
        model (str | Unset):
        response (str | Unset):
        done (bool | Unset): Agents only; per chunk, not the end of the stream.
    """

    type_: Literal["reasoning"]
    request_id: str | Unset = UNSET
    model: str | Unset = UNSET
    response: str | Unset = UNSET
    done: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        request_id = self.request_id

        model = self.model

        response = self.response

        done = self.done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if model is not UNSET:
            field_dict["model"] = model
        if response is not UNSET:
            field_dict["response"] = response
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["reasoning"], d.pop("type"))
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        request_id = d.pop("request_id", UNSET)

        model = d.pop("model", UNSET)

        response = d.pop("response", UNSET)

        done = d.pop("done", UNSET)

        reasoning_event = cls(
            type_=type_,
            request_id=request_id,
            model=model,
            response=response,
            done=done,
        )

        reasoning_event.additional_properties = d
        return reasoning_event

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
