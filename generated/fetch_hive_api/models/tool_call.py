from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_tool_input import ToolCallToolInput


T = TypeVar("T", bound="ToolCall")


@_attrs_define
class ToolCall:
    """
    Attributes:
        tool_name (str | Unset):
        tool_input (ToolCallToolInput | Unset):
        observation (str | Unset):
    """

    tool_name: str | Unset = UNSET
    tool_input: ToolCallToolInput | Unset = UNSET
    observation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_input, Unset):
            tool_input = self.tool_input.to_dict()

        observation = self.observation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_input is not UNSET:
            field_dict["tool_input"] = tool_input
        if observation is not UNSET:
            field_dict["observation"] = observation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_call_tool_input import ToolCallToolInput  # noqa: PLC0415

        d = dict(src_dict)
        tool_name = d.pop("tool_name", UNSET)

        _tool_input = d.pop("tool_input", UNSET)
        tool_input: ToolCallToolInput | Unset
        if isinstance(_tool_input, Unset):
            tool_input = UNSET
        else:
            tool_input = ToolCallToolInput.from_dict(_tool_input)

        observation = d.pop("observation", UNSET)

        tool_call = cls(
            tool_name=tool_name,
            tool_input=tool_input,
            observation=observation,
        )

        tool_call.additional_properties = d
        return tool_call

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
