from __future__ import annotations

from typing import TypedDict

from fetch_hive_runtime import (
    FLOAT,
    INT,
    STR,
    APIObject,
    Field,
    Limits,
    field_value,
)

__all__ = ["WorkspaceAgentUpdate", "WorkspaceAgentUpdateDict"]


class WorkspaceAgentUpdate(APIObject):
    """The `WorkspaceAgentUpdate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def llm_model(self) -> str | None:
        """The `llm_model` field."""
        value = field_value(self, "llm_model")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("llm_model")

    @property
    def model_type(self) -> str | None:
        """The `model_type` field."""
        value = field_value(self, "model_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model_type")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        value = field_value(self, "description")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("description")

    @property
    def instruction_prompt(self) -> str | None:
        """The `instruction_prompt` field."""
        value = field_value(self, "instruction_prompt")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("instruction_prompt")

    @property
    def temperature(self) -> float | None:
        """The `temperature` field."""
        value = field_value(self, "temperature")
        if value is None or (
            isinstance(value, int | float) and not isinstance(value, bool)
        ):
            return value
        raise self._sdk_misfit("temperature")

    @property
    def max_token(self) -> int | None:
        """The `max_token` field."""
        value = field_value(self, "max_token")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("max_token")

    @property
    def max_thinking_token(self) -> int | None:
        """The `max_thinking_token` field."""
        value = field_value(self, "max_thinking_token")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("max_thinking_token")

    @property
    def anthropic_prompt_cache_ttl(self) -> str | None:
        """The `anthropic_prompt_cache_ttl` field."""
        value = field_value(self, "anthropic_prompt_cache_ttl")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("anthropic_prompt_cache_ttl")

    @property
    def reasoning_effort(self) -> str | None:
        """The `reasoning_effort` field."""
        value = field_value(self, "reasoning_effort")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("reasoning_effort")

    @property
    def tool_choice(self) -> str | None:
        """The `tool_choice` field."""
        value = field_value(self, "tool_choice")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_choice")

    @property
    def max_tool_calls(self) -> int | None:
        """The `max_tool_calls` field."""
        value = field_value(self, "max_tool_calls")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("max_tool_calls")


# The fields a caller may send, for type checkers (`**fields: Unpack[WorkspaceAgentUpdateDict]`).
class WorkspaceAgentUpdateDict(TypedDict, total=False):
    name: str
    llm_model: str
    model_type: str
    description: str
    instruction_prompt: str
    temperature: float
    max_token: int
    max_thinking_token: int
    anthropic_prompt_cache_ttl: str
    reasoning_effort: str
    tool_choice: str
    max_tool_calls: int


WorkspaceAgentUpdate._sdk_define(
    {
        "name": Field(Limits(STR, min_length=1)),
        "llm_model": Field(Limits(STR, min_length=1)),
        "model_type": Field(Limits(STR, min_length=1)),
        "description": Field(STR),
        "instruction_prompt": Field(STR),
        "temperature": Field(Limits(FLOAT, minimum=0.0, maximum=2.0)),
        "max_token": Field(Limits(INT, minimum=1.0)),
        "max_thinking_token": Field(Limits(INT, minimum=0.0)),
        "anthropic_prompt_cache_ttl": Field(STR),
        "reasoning_effort": Field(STR),
        "tool_choice": Field(STR),
        "max_tool_calls": Field(Limits(INT, minimum=0.0)),
    },
    closed=True,
)
