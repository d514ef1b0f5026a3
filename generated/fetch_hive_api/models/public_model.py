from __future__ import annotations

from fetch_hive_runtime import (
    BOOL,
    INT,
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["PublicModel"]


class PublicModel(APIObject):
    """An active model (published SDK spec; every field is required there, and here).

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
    def slug(self) -> str:
        """The `slug` field. Required by the schema."""
        value = field_value(self, "slug")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("slug")

    @property
    def provider(self) -> str:
        """The model maker, e.g. `openai`, `anthropic`, `minimaxai`. Required by the schema."""
        value = field_value(self, "provider")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("provider")

    @property
    def provider_name(self) -> str:
        """The `provider_name` field. Required by the schema."""
        value = field_value(self, "provider_name")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("provider_name")

    @property
    def context_limit(self) -> int:
        """The `context_limit` field. Required by the schema."""
        value = field_value(self, "context_limit")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self._sdk_misfit("context_limit")

    @property
    def model_type(self) -> str:
        """Open string; known values `llm`, `image_generation`. Required by the schema."""
        value = field_value(self, "model_type")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("model_type")

    @property
    def is_image_generation(self) -> bool:
        """The `is_image_generation` field. Required by the schema."""
        value = field_value(self, "is_image_generation")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_image_generation")

    @property
    def is_vision(self) -> bool:
        """The `is_vision` field. Required by the schema."""
        value = field_value(self, "is_vision")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_vision")

    @property
    def is_reasoning(self) -> bool:
        """The `is_reasoning` field. Required by the schema."""
        value = field_value(self, "is_reasoning")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_reasoning")

    @property
    def is_tool_calling(self) -> bool:
        """The `is_tool_calling` field. Required by the schema."""
        value = field_value(self, "is_tool_calling")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_tool_calling")

    @property
    def is_json_schema(self) -> bool:
        """The `is_json_schema` field. Required by the schema."""
        value = field_value(self, "is_json_schema")
        if isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_json_schema")


PublicModel._sdk_define(
    {
        "id": Field(STR, required=True),
        "name": Field(STR, required=True),
        "slug": Field(STR, required=True),
        "provider": Field(STR, required=True),
        "provider_name": Field(STR, required=True),
        "context_limit": Field(INT, required=True),
        "model_type": Field(STR, required=True),
        "is_image_generation": Field(BOOL, required=True),
        "is_vision": Field(BOOL, required=True),
        "is_reasoning": Field(BOOL, required=True),
        "is_tool_calling": Field(BOOL, required=True),
        "is_json_schema": Field(BOOL, required=True),
    },
)
