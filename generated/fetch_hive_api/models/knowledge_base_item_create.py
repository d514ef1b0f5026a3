from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseItemCreate")


@_attrs_define
class KnowledgeBaseItemCreate:
    """
    Attributes:
        name (str):
        description (str | Unset):
        item_type (str | Unset): Known values (assumption of this SDK): `text` (default), `file`, `website`.
        response_type (str | Unset):
        data_content (str | Unset): The item's text.
        data_query (None | str | Unset):
        delete_email_data (str | Unset): `"true"` removes e-mail addresses from the text before chunking (assumption of
            this SDK).
        delete_telephone_data (str | Unset): `"true"` removes telephone numbers from the text before chunking
            (assumption of this SDK).
        chunking_strategy (str | Unset):
        chunk_overlap (int | Unset): Words shared by neighbouring chunks (assumption of this SDK; default 0).
        maximum_chunk_length (int | Unset): Words per chunk (assumption of this SDK; default 200).
        asset_id (UUID | Unset): An uploaded asset whose text becomes the item's text.
    """

    name: str
    description: str | Unset = UNSET
    item_type: str | Unset = UNSET
    response_type: str | Unset = UNSET
    data_content: str | Unset = UNSET
    data_query: None | str | Unset = UNSET
    delete_email_data: str | Unset = UNSET
    delete_telephone_data: str | Unset = UNSET
    chunking_strategy: str | Unset = UNSET
    chunk_overlap: int | Unset = UNSET
    maximum_chunk_length: int | Unset = UNSET
    asset_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        item_type = self.item_type

        response_type = self.response_type

        data_content = self.data_content

        data_query: None | str | Unset
        if isinstance(self.data_query, Unset):
            data_query = UNSET
        else:
            data_query = self.data_query

        delete_email_data = self.delete_email_data

        delete_telephone_data = self.delete_telephone_data

        chunking_strategy = self.chunking_strategy

        chunk_overlap = self.chunk_overlap

        maximum_chunk_length = self.maximum_chunk_length

        asset_id: str | Unset = UNSET
        if not isinstance(self.asset_id, Unset):
            asset_id = str(self.asset_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if response_type is not UNSET:
            field_dict["response_type"] = response_type
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
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        item_type = d.pop("item_type", UNSET)

        response_type = d.pop("response_type", UNSET)

        data_content = d.pop("data_content", UNSET)

        def _parse_data_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_query = _parse_data_query(d.pop("data_query", UNSET))

        delete_email_data = d.pop("delete_email_data", UNSET)

        delete_telephone_data = d.pop("delete_telephone_data", UNSET)

        chunking_strategy = d.pop("chunking_strategy", UNSET)

        chunk_overlap = d.pop("chunk_overlap", UNSET)

        maximum_chunk_length = d.pop("maximum_chunk_length", UNSET)

        _asset_id = d.pop("asset_id", UNSET)
        asset_id: UUID | Unset
        if isinstance(_asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = UUID(_asset_id)

        knowledge_base_item_create = cls(
            name=name,
            description=description,
            item_type=item_type,
            response_type=response_type,
            data_content=data_content,
            data_query=data_query,
            delete_email_data=delete_email_data,
            delete_telephone_data=delete_telephone_data,
            chunking_strategy=chunking_strategy,
            chunk_overlap=chunk_overlap,
            maximum_chunk_length=maximum_chunk_length,
            asset_id=asset_id,
        )

        return knowledge_base_item_create
