from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseItem")


@_attrs_define
class KnowledgeBaseItem:
    """An item of a knowledge base. Published SDK spec: `id`, `name`, `knowledge_base_id`,
    `item_type`, `run_status`, `status`; the other fields are assumptions of this SDK.

        Attributes:
            id (str | Unset):
            name (str | Unset):
            knowledge_base_id (str | Unset):
            item_type (str | Unset):
            run_status (str | Unset):
            status (str | Unset):
            description (None | str | Unset):
            data_content (None | str | Unset):
            asset_id (None | str | Unset):
            chunk_count (int | Unset):
            chunking_strategy (None | str | Unset):
            chunk_overlap (int | Unset):
            maximum_chunk_length (int | Unset):
            generated_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    knowledge_base_id: str | Unset = UNSET
    item_type: str | Unset = UNSET
    run_status: str | Unset = UNSET
    status: str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_content: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    chunk_count: int | Unset = UNSET
    chunking_strategy: None | str | Unset = UNSET
    chunk_overlap: int | Unset = UNSET
    maximum_chunk_length: int | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        knowledge_base_id = self.knowledge_base_id

        item_type = self.item_type

        run_status = self.run_status

        status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_content: None | str | Unset
        if isinstance(self.data_content, Unset):
            data_content = UNSET
        else:
            data_content = self.data_content

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        chunk_count = self.chunk_count

        chunking_strategy: None | str | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        else:
            chunking_strategy = self.chunking_strategy

        chunk_overlap = self.chunk_overlap

        maximum_chunk_length = self.maximum_chunk_length

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        elif isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if knowledge_base_id is not UNSET:
            field_dict["knowledge_base_id"] = knowledge_base_id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if data_content is not UNSET:
            field_dict["data_content"] = data_content
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if chunk_count is not UNSET:
            field_dict["chunk_count"] = chunk_count
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if chunk_overlap is not UNSET:
            field_dict["chunk_overlap"] = chunk_overlap
        if maximum_chunk_length is not UNSET:
            field_dict["maximum_chunk_length"] = maximum_chunk_length
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        knowledge_base_id = d.pop("knowledge_base_id", UNSET)

        item_type = d.pop("item_type", UNSET)

        run_status = d.pop("run_status", UNSET)

        status = d.pop("status", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_content = _parse_data_content(d.pop("data_content", UNSET))

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        chunk_count = d.pop("chunk_count", UNSET)

        def _parse_chunking_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET))

        chunk_overlap = d.pop("chunk_overlap", UNSET)

        maximum_chunk_length = d.pop("maximum_chunk_length", UNSET)

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

        knowledge_base_item = cls(
            id=id,
            name=name,
            knowledge_base_id=knowledge_base_id,
            item_type=item_type,
            run_status=run_status,
            status=status,
            description=description,
            data_content=data_content,
            asset_id=asset_id,
            chunk_count=chunk_count,
            chunking_strategy=chunking_strategy,
            chunk_overlap=chunk_overlap,
            maximum_chunk_length=maximum_chunk_length,
            generated_at=generated_at,
        )

        knowledge_base_item.additional_properties = d
        return knowledge_base_item

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
