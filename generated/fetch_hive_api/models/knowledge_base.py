from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBase")


@_attrs_define
class KnowledgeBase:
    """A knowledge base (published SDK spec `KnowledgeBaseObject`).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        data_item_count (int | Unset):
        search_score_threshold (float | str | Unset): A decimal; the published spec types it as a string.
        search_chunk_limit (int | Unset):
        generated_at (datetime.datetime | None | Unset):
        status (str | Unset):
        search_type (str | Unset):
        is_active (bool | Unset):
        is_archived (bool | Unset):
        is_hybrid_search (bool | Unset):
        is_vector_search (bool | Unset):
        is_full_text_search (bool | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_item_count: int | Unset = UNSET
    search_score_threshold: float | str | Unset = UNSET
    search_chunk_limit: int | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    search_type: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_hybrid_search: bool | Unset = UNSET
    is_vector_search: bool | Unset = UNSET
    is_full_text_search: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_item_count = self.data_item_count

        search_score_threshold: float | str | Unset
        if isinstance(self.search_score_threshold, Unset):
            search_score_threshold = UNSET
        else:
            search_score_threshold = self.search_score_threshold

        search_chunk_limit = self.search_chunk_limit

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        elif isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        status = self.status

        search_type = self.search_type

        is_active = self.is_active

        is_archived = self.is_archived

        is_hybrid_search = self.is_hybrid_search

        is_vector_search = self.is_vector_search

        is_full_text_search = self.is_full_text_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_item_count is not UNSET:
            field_dict["data_item_count"] = data_item_count
        if search_score_threshold is not UNSET:
            field_dict["search_score_threshold"] = search_score_threshold
        if search_chunk_limit is not UNSET:
            field_dict["search_chunk_limit"] = search_chunk_limit
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if status is not UNSET:
            field_dict["status"] = status
        if search_type is not UNSET:
            field_dict["search_type"] = search_type
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_hybrid_search is not UNSET:
            field_dict["is_hybrid_search"] = is_hybrid_search
        if is_vector_search is not UNSET:
            field_dict["is_vector_search"] = is_vector_search
        if is_full_text_search is not UNSET:
            field_dict["is_full_text_search"] = is_full_text_search

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

        data_item_count = d.pop("data_item_count", UNSET)

        def _parse_search_score_threshold(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        search_score_threshold = _parse_search_score_threshold(
            d.pop("search_score_threshold", UNSET)
        )

        search_chunk_limit = d.pop("search_chunk_limit", UNSET)

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

        search_type = d.pop("search_type", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_hybrid_search = d.pop("is_hybrid_search", UNSET)

        is_vector_search = d.pop("is_vector_search", UNSET)

        is_full_text_search = d.pop("is_full_text_search", UNSET)

        knowledge_base = cls(
            id=id,
            name=name,
            description=description,
            data_item_count=data_item_count,
            search_score_threshold=search_score_threshold,
            search_chunk_limit=search_chunk_limit,
            generated_at=generated_at,
            status=status,
            search_type=search_type,
            is_active=is_active,
            is_archived=is_archived,
            is_hybrid_search=is_hybrid_search,
            is_vector_search=is_vector_search,
            is_full_text_search=is_full_text_search,
        )

        knowledge_base.additional_properties = d
        return knowledge_base

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
