from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAgentCreate")


@_attrs_define
class WorkspaceAgentCreate:
    """
    Attributes:
        name (str):
        llm_model (str): A model `slug` (or `id`) of `GET /public/models`.
        model_type (str): e.g. `llm`.
        description (str | Unset):
        instruction_prompt (str | Unset):
        temperature (float | Unset):
        max_token (int | Unset):
        max_thinking_token (int | Unset):
        anthropic_prompt_cache_ttl (str | Unset):
        reasoning_effort (str | Unset):
        tool_choice (str | Unset):
        max_tool_calls (int | Unset):
    """

    name: str
    llm_model: str
    model_type: str
    description: str | Unset = UNSET
    instruction_prompt: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_token: int | Unset = UNSET
    max_thinking_token: int | Unset = UNSET
    anthropic_prompt_cache_ttl: str | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    tool_choice: str | Unset = UNSET
    max_tool_calls: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        llm_model = self.llm_model

        model_type = self.model_type

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

        field_dict.update(
            {
                "name": name,
                "llm_model": llm_model,
                "model_type": model_type,
            }
        )
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
        name = d.pop("name")

        llm_model = d.pop("llm_model")

        model_type = d.pop("model_type")

        description = d.pop("description", UNSET)

        instruction_prompt = d.pop("instruction_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_token = d.pop("max_token", UNSET)

        max_thinking_token = d.pop("max_thinking_token", UNSET)

        anthropic_prompt_cache_ttl = d.pop("anthropic_prompt_cache_ttl", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        workspace_agent_create = cls(
            name=name,
            llm_model=llm_model,
            model_type=model_type,
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

        return workspace_agent_create
