from __future__ import annotations

import datetime as _dt
from typing import cast

from fetch_hive_runtime import (
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["WorkspaceAgent"]


class WorkspaceAgent(APIObject):
    """An agent of the workspace. The published spec types it only as "object"; the fields
    are those of the create and update bodies plus `id`, `generated_at` and `status`
    (assumption of this SDK). Assumption of this SDK: `id` and the fields creating an
    agent requires (`name`, `llm_model`, `model_type`) are in every one.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """The `id` field. Required by the schema."""
        value = field_value(self, "id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def name(self) -> str:
        """The `name` field. Required by the schema."""
        value = field_value(self, "name")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def llm_model(self) -> str:
        """The `llm_model` field. Required by the schema."""
        value = field_value(self, "llm_model")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("llm_model")

    @property
    def model_type(self) -> str:
        """The `model_type` field. Required by the schema."""
        value = field_value(self, "model_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("model_type")

    @property
    def description(self) -> str | None:
        """The `description` field."""
        return cast("str | None", self._sdk_read("description"))

    @property
    def instruction_prompt(self) -> str | None:
        """The `instruction_prompt` field."""
        return cast("str | None", self._sdk_read("instruction_prompt"))

    @property
    def temperature(self) -> float | None:
        """The `temperature` field."""
        return cast("float | None", self._sdk_read("temperature"))

    @property
    def max_token(self) -> int | None:
        """The `max_token` field."""
        return cast("int | None", self._sdk_read("max_token"))

    @property
    def max_thinking_token(self) -> int | None:
        """The `max_thinking_token` field."""
        return cast("int | None", self._sdk_read("max_thinking_token"))

    @property
    def anthropic_prompt_cache_ttl(self) -> str | None:
        """The `anthropic_prompt_cache_ttl` field."""
        return cast("str | None", self._sdk_read("anthropic_prompt_cache_ttl"))

    @property
    def reasoning_effort(self) -> str | None:
        """The `reasoning_effort` field."""
        return cast("str | None", self._sdk_read("reasoning_effort"))

    @property
    def tool_choice(self) -> str | None:
        """The `tool_choice` field."""
        return cast("str | None", self._sdk_read("tool_choice"))

    @property
    def max_tool_calls(self) -> int | None:
        """The `max_tool_calls` field."""
        return cast("int | None", self._sdk_read("max_tool_calls"))

    @property
    def generated_at(self) -> _dt.datetime | None:
        """The `generated_at` field."""
        return cast("_dt.datetime | None", self._sdk_read("generated_at"))

    @property
    def status(self) -> str | None:
        """The `status` field."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")


WorkspaceAgent._sdk_define(
    {
        "id": Field(STR, required=True),
        "name": Field(STR, required=True),
        "llm_model": Field(STR, required=True),
        "model_type": Field(STR, required=True),
        "description": Field(OneOf(STR, NULL)),
        "instruction_prompt": Field(OneOf(STR, NULL)),
        "temperature": Field(OneOf(FLOAT, NULL)),
        "max_token": Field(OneOf(INT, NULL)),
        "max_thinking_token": Field(OneOf(INT, NULL)),
        "anthropic_prompt_cache_ttl": Field(OneOf(STR, NULL)),
        "reasoning_effort": Field(OneOf(STR, NULL)),
        "tool_choice": Field(OneOf(STR, NULL)),
        "max_tool_calls": Field(OneOf(INT, NULL)),
        "generated_at": Field(OneOf(DATETIME, NULL)),
        "status": Field(STR),
    },
)
