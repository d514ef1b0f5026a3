from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAgent")


@_attrs_define
class WorkspaceAgent:
    """An agent of the workspace. The published spec types it only as "object"; the fields
    are those of the create and update bodies plus `id`, `generated_at` and `status`
    (assumption of this SDK).

        Attributes:
            id (str | Unset):
            name (str | Unset):
            description (None | str | Unset):
            llm_model (str | Unset):
            model_type (str | Unset):
            instruction_prompt (None | str | Unset):
            temperature (float | None | Unset):
            max_token (int | None | Unset):
            max_thinking_token (int | None | Unset):
            anthropic_prompt_cache_ttl (None | str | Unset):
            reasoning_effort (None | str | Unset):
            tool_choice (None | str | Unset):
            max_tool_calls (int | None | Unset):
            generated_at (datetime.datetime | None | Unset):
            status (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    llm_model: str | Unset = UNSET
    model_type: str | Unset = UNSET
    instruction_prompt: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_token: int | None | Unset = UNSET
    max_thinking_token: int | None | Unset = UNSET
    anthropic_prompt_cache_ttl: None | str | Unset = UNSET
    reasoning_effort: None | str | Unset = UNSET
    tool_choice: None | str | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        llm_model = self.llm_model

        model_type = self.model_type

        instruction_prompt: None | str | Unset
        if isinstance(self.instruction_prompt, Unset):
            instruction_prompt = UNSET
        else:
            instruction_prompt = self.instruction_prompt

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_token: int | None | Unset
        if isinstance(self.max_token, Unset):
            max_token = UNSET
        else:
            max_token = self.max_token

        max_thinking_token: int | None | Unset
        if isinstance(self.max_thinking_token, Unset):
            max_thinking_token = UNSET
        else:
            max_thinking_token = self.max_thinking_token

        anthropic_prompt_cache_ttl: None | str | Unset
        if isinstance(self.anthropic_prompt_cache_ttl, Unset):
            anthropic_prompt_cache_ttl = UNSET
        else:
            anthropic_prompt_cache_ttl = self.anthropic_prompt_cache_ttl

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = self.reasoning_effort

        tool_choice: None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        elif isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
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
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        llm_model = d.pop("llm_model", UNSET)

        model_type = d.pop("model_type", UNSET)

        def _parse_instruction_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instruction_prompt = _parse_instruction_prompt(
            d.pop("instruction_prompt", UNSET)
        )

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_max_token(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_token = _parse_max_token(d.pop("max_token", UNSET))

        def _parse_max_thinking_token(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_thinking_token = _parse_max_thinking_token(
            d.pop("max_thinking_token", UNSET)
        )

        def _parse_anthropic_prompt_cache_ttl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_prompt_cache_ttl = _parse_anthropic_prompt_cache_ttl(
            d.pop("anthropic_prompt_cache_ttl", UNSET)
        )

        def _parse_reasoning_effort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_tool_choice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        def _parse_generated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generated_at_type_0 = datetime.datetime.fromisoformat(data)

                return generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        status = d.pop("status", UNSET)

        workspace_agent = cls(
            id=id,
            name=name,
            description=description,
            llm_model=llm_model,
            model_type=model_type,
            instruction_prompt=instruction_prompt,
            temperature=temperature,
            max_token=max_token,
            max_thinking_token=max_thinking_token,
            anthropic_prompt_cache_ttl=anthropic_prompt_cache_ttl,
            reasoning_effort=reasoning_effort,
            tool_choice=tool_choice,
            max_tool_calls=max_tool_calls,
            generated_at=generated_at,
            status=status,
        )

        workspace_agent.additional_properties = d
        return workspace_agent

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
