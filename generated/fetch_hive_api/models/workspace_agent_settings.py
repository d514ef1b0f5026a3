from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAgentSettings")


@_attrs_define
class WorkspaceAgentSettings:
    """The optional agent settings (published SDK spec, update body; legacy docs).

    Attributes:
        description (str | Unset):
        instruction_prompt (str | Unset):
        temperature (float | Unset):
        max_token (int | Unset):
        max_thinking_token (int | Unset):
        anthropic_prompt_cache_ttl (str | Unset):
        reasoning_effort (str | Unset): e.g. `low` (legacy docs).
        tool_choice (str | Unset):
        max_tool_calls (int | Unset):
    """

    description: str | Unset = UNSET
    instruction_prompt: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_token: int | Unset = UNSET
    max_thinking_token: int | Unset = UNSET
    anthropic_prompt_cache_ttl: str | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    tool_choice: str | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        instruction_prompt = self.instruction_prompt

        temperature = self.temperature

        max_token = self.max_token

        max_thinking_token = self.max_thinking_token

        anthropic_prompt_cache_ttl = self.anthropic_prompt_cache_ttl

        reasoning_effort = self.reasoning_effort

        tool_choice = self.tool_choice

        max_tool_calls = self.max_tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if instruction_prompt is not UNSET:
            field_dict["instruction_prompt"] = instruction_prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_token is not UNSET:
            field_dict["max_token"] = max_token
        if max_thinking_token is not UNSET:
            field_dict["max_thinking_token"] = max_thinking_token
        if anthropic_prompt_cache_ttl is not UNSET:
            field_dict["anthropic_prompt_cache_ttl"] = anthropic_prompt_cache_ttl
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        instruction_prompt = d.pop("instruction_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_token = d.pop("max_token", UNSET)

        max_thinking_token = d.pop("max_thinking_token", UNSET)

        anthropic_prompt_cache_ttl = d.pop("anthropic_prompt_cache_ttl", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        workspace_agent_settings = cls(
            description=description,
            instruction_prompt=instruction_prompt,
            temperature=temperature,
            max_token=max_token,
            max_thinking_token=max_thinking_token,
            anthropic_prompt_cache_ttl=anthropic_prompt_cache_ttl,
            reasoning_effort=reasoning_effort,
            tool_choice=tool_choice,
            max_tool_calls=max_tool_calls,
        )

        workspace_agent_settings.additional_properties = d
        return workspace_agent_settings

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
