from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseItemUpdate")


@_attrs_define
class KnowledgeBaseItemUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        data_content (str | Unset):
        data_query (str | Unset):
        delete_email_data (str | Unset):
        delete_telephone_data (str | Unset):
        chunking_strategy (str | Unset):
        chunk_overlap (int | Unset):
        maximum_chunk_length (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    data_content: str | Unset = UNSET
    data_query: str | Unset = UNSET
    delete_email_data: str | Unset = UNSET
    delete_telephone_data: str | Unset = UNSET
    chunking_strategy: str | Unset = UNSET
    chunk_overlap: int | Unset = UNSET
    maximum_chunk_length: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        data_content = self.data_content

        data_query = self.data_query

        delete_email_data = self.delete_email_data

        delete_telephone_data = self.delete_telephone_data

        chunking_strategy = self.chunking_strategy

        chunk_overlap = self.chunk_overlap

        maximum_chunk_length = self.maximum_chunk_length

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_content is not UNSET:
            field_dict["data_content"] = data_content
        if data_query is not UNSET:
            field_dict["data_query"] = data_query
        if delete_email_data is not UNSET:
            field_dict["delete_email_data"] = delete_email_data
        if delete_telephone_data is not UNSET:
            field_dict["delete_telephone_data"] = delete_telephone_data
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if chunk_overlap is not UNSET:
            field_dict["chunk_overlap"] = chunk_overlap
        if maximum_chunk_length is not UNSET:
            field_dict["maximum_chunk_length"] = maximum_chunk_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        data_content = d.pop("data_content", UNSET)

        data_query = d.pop("data_query", UNSET)

        delete_email_data = d.pop("delete_email_data", UNSET)

        delete_telephone_data = d.pop("delete_telephone_data", UNSET)

        chunking_strategy = d.pop("chunking_strategy", UNSET)

        chunk_overlap = d.pop("chunk_overlap", UNSET)

        maximum_chunk_length = d.pop("maximum_chunk_length", UNSET)

        knowledge_base_item_update = cls(
            name=name,
            description=description,
            data_content=data_content,
            data_query=data_query,
            delete_email_data=delete_email_data,
            delete_telephone_data=delete_telephone_data,
            chunking_strategy=chunking_strategy,
            chunk_overlap=chunk_overlap,
            maximum_chunk_length=maximum_chunk_length,
        )

        return knowledge_base_item_update
