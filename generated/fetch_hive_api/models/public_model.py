from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicModel")


@_attrs_define
class PublicModel:
    """An active model (published SDK spec; every field is required there).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        slug (str | Unset):
        provider (str | Unset): The model maker, e.g. `openai`, `anthropic`, `minimaxai`.
        provider_name (str | Unset):
        context_limit (int | Unset):
        model_type (str | Unset): Open string; known values `llm`, `image_generation`.
        is_image_generation (bool | Unset):
        is_vision (bool | Unset):
        is_reasoning (bool | Unset):
        is_tool_calling (bool | Unset):
        is_json_schema (bool | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    provider: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    context_limit: int | Unset = UNSET
    model_type: str | Unset = UNSET
    is_image_generation: bool | Unset = UNSET
    is_vision: bool | Unset = UNSET
    is_reasoning: bool | Unset = UNSET
    is_tool_calling: bool | Unset = UNSET
    is_json_schema: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        provider = self.provider

        provider_name = self.provider_name

        context_limit = self.context_limit

        model_type = self.model_type

        is_image_generation = self.is_image_generation

        is_vision = self.is_vision

        is_reasoning = self.is_reasoning

        is_tool_calling = self.is_tool_calling

        is_json_schema = self.is_json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if context_limit is not UNSET:
            field_dict["context_limit"] = context_limit
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if is_image_generation is not UNSET:
            field_dict["is_image_generation"] = is_image_generation
        if is_vision is not UNSET:
            field_dict["is_vision"] = is_vision
        if is_reasoning is not UNSET:
            field_dict["is_reasoning"] = is_reasoning
        if is_tool_calling is not UNSET:
            field_dict["is_tool_calling"] = is_tool_calling
        if is_json_schema is not UNSET:
            field_dict["is_json_schema"] = is_json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        provider = d.pop("provider", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        context_limit = d.pop("context_limit", UNSET)

        model_type = d.pop("model_type", UNSET)

        is_image_generation = d.pop("is_image_generation", UNSET)

        is_vision = d.pop("is_vision", UNSET)

        is_reasoning = d.pop("is_reasoning", UNSET)

        is_tool_calling = d.pop("is_tool_calling", UNSET)

        is_json_schema = d.pop("is_json_schema", UNSET)

        public_model = cls(
            id=id,
            name=name,
            slug=slug,
            provider=provider,
            provider_name=provider_name,
            context_limit=context_limit,
            model_type=model_type,
            is_image_generation=is_image_generation,
            is_vision=is_vision,
            is_reasoning=is_reasoning,
            is_tool_calling=is_tool_calling,
            is_json_schema=is_json_schema,
        )

        public_model.additional_properties = d
        return public_model

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
