from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_event_tool_input import ToolEventToolInput


T = TypeVar("T", bound="ToolEvent")


@_attrs_define
class ToolEvent:
    """An agent's tool call.

    Attributes:
        type_ (Literal['tool']):
        tool_id (str | Unset):
        tool (str | Unset): Tool name, e.g. `google_search`.
        tool_type (str | Unset):
        tool_input (ToolEventToolInput | Unset):
        observation (str | Unset): A string holding JSON.
    """

    type_: Literal["tool"]
    tool_id: str | Unset = UNSET
    tool: str | Unset = UNSET
    tool_type: str | Unset = UNSET
    tool_input: ToolEventToolInput | Unset = UNSET
    observation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_id = self.tool_id

        tool = self.tool

        tool_type = self.tool_type

        tool_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_input, Unset):
            tool_input = self.tool_input.to_dict()

        observation = self.observation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if tool is not UNSET:
            field_dict["tool"] = tool
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type
        if tool_input is not UNSET:
            field_dict["tool_input"] = tool_input
        if observation is not UNSET:
            field_dict["observation"] = observation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_event_tool_input import ToolEventToolInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["tool"], d.pop("type"))
        if type_ != "tool":
            raise ValueError(f"type must match const 'tool', got '{type_}'")

        tool_id = d.pop("tool_id", UNSET)

        tool = d.pop("tool", UNSET)

        tool_type = d.pop("tool_type", UNSET)

        _tool_input = d.pop("tool_input", UNSET)
        tool_input: ToolEventToolInput | Unset
        if isinstance(_tool_input, Unset):
            tool_input = UNSET
        else:
            tool_input = ToolEventToolInput.from_dict(_tool_input)

        observation = d.pop("observation", UNSET)

        tool_event = cls(
            type_=type_,
            tool_id=tool_id,
            tool=tool,
            tool_type=tool_type,
            tool_input=tool_input,
            observation=observation,
        )

        tool_event.additional_properties = d
        return tool_event

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
