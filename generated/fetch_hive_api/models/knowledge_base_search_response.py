from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_search_result import KnowledgeBaseSearchResult


T = TypeVar("T", bound="KnowledgeBaseSearchResponse")


@_attrs_define
class KnowledgeBaseSearchResponse:
    """
    Attributes:
        message (str | Unset):
        response (KnowledgeBaseSearchResult | Unset): The `response` of a search (assumption of this SDK; the published
            spec says only "object").
    """

    message: str | Unset = UNSET
    response: KnowledgeBaseSearchResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_search_result import KnowledgeBaseSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _response = d.pop("response", UNSET)
        response: KnowledgeBaseSearchResult | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = KnowledgeBaseSearchResult.from_dict(_response)

        knowledge_base_search_response = cls(
            message=message,
            response=response,
        )

        knowledge_base_search_response.additional_properties = d
        return knowledge_base_search_response

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
