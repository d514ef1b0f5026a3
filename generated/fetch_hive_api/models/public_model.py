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
    """An active model (published SDK spec; every field is required there).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The `id` field."""
        value = field_value(self, "id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("id")

    @property
    def name(self) -> str | None:
        """The `name` field."""
        value = field_value(self, "name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("name")

    @property
    def slug(self) -> str | None:
        """The `slug` field."""
        value = field_value(self, "slug")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("slug")

    @property
    def provider(self) -> str | None:
        """The model maker, e.g. `openai`, `anthropic`, `minimaxai`."""
        value = field_value(self, "provider")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("provider")

    @property
    def provider_name(self) -> str | None:
        """The `provider_name` field."""
        value = field_value(self, "provider_name")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("provider_name")

    @property
    def context_limit(self) -> int | None:
        """The `context_limit` field."""
        value = field_value(self, "context_limit")
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._sdk_misfit("context_limit")

    @property
    def model_type(self) -> str | None:
        """Open string; known values `llm`, `image_generation`."""
        value = field_value(self, "model_type")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("model_type")

    @property
    def is_image_generation(self) -> bool | None:
        """The `is_image_generation` field."""
        value = field_value(self, "is_image_generation")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_image_generation")

    @property
    def is_vision(self) -> bool | None:
        """The `is_vision` field."""
        value = field_value(self, "is_vision")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_vision")

    @property
    def is_reasoning(self) -> bool | None:
        """The `is_reasoning` field."""
        value = field_value(self, "is_reasoning")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_reasoning")

    @property
    def is_tool_calling(self) -> bool | None:
        """The `is_tool_calling` field."""
        value = field_value(self, "is_tool_calling")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_tool_calling")

    @property
    def is_json_schema(self) -> bool | None:
        """The `is_json_schema` field."""
        value = field_value(self, "is_json_schema")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("is_json_schema")


PublicModel._sdk_define(
    {
        "id": Field(STR),
        "name": Field(STR),
        "slug": Field(STR),
        "provider": Field(STR),
        "provider_name": Field(STR),
        "context_limit": Field(INT),
        "model_type": Field(STR),
        "is_image_generation": Field(BOOL),
        "is_vision": Field(BOOL),
        "is_reasoning": Field(BOOL),
        "is_tool_calling": Field(BOOL),
        "is_json_schema": Field(BOOL),
    },
)
