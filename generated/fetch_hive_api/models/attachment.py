from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file for this turn, by HTTPS URL.

    Attributes:
        file_url (str):
        file_name (str | Unset):
        file_type (str | Unset):
        id (str | Unset):
    """

    file_url: str
    file_name: str | Unset = UNSET
    file_type: str | Unset = UNSET
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        file_name = self.file_name

        file_type = self.file_type

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        file_name = d.pop("file_name", UNSET)

        file_type = d.pop("file_type", UNSET)

        id = d.pop("id", UNSET)

        attachment = cls(
            file_url=file_url,
            file_name=file_name,
            file_type=file_type,
            id=id,
        )

        return attachment
