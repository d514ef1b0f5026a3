from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HiveAgentSources")


@_attrs_define
class HiveAgentSources:
    """What the Hive Agent may read (published SDK spec `HiveAgentSources`).

    Attributes:
        website_urls (list[str] | Unset):
        asset_ids (list[str] | Unset): Ids of uploaded assets (`uploadAsset`).
        knowledge_base_ids (list[str] | Unset):
        knowledge_base_item_ids (list[str] | Unset):
    """

    website_urls: list[str] | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    knowledge_base_ids: list[str] | Unset = UNSET
    knowledge_base_item_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        website_urls: list[str] | Unset = UNSET
        if not isinstance(self.website_urls, Unset):
            website_urls = self.website_urls

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        knowledge_base_ids: list[str] | Unset = UNSET
        if not isinstance(self.knowledge_base_ids, Unset):
            knowledge_base_ids = self.knowledge_base_ids

        knowledge_base_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.knowledge_base_item_ids, Unset):
            knowledge_base_item_ids = self.knowledge_base_item_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if website_urls is not UNSET:
            field_dict["website_urls"] = website_urls
        if asset_ids is not UNSET:
            field_dict["asset_ids"] = asset_ids
        if knowledge_base_ids is not UNSET:
            field_dict["knowledge_base_ids"] = knowledge_base_ids
        if knowledge_base_item_ids is not UNSET:
            field_dict["knowledge_base_item_ids"] = knowledge_base_item_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        website_urls = cast(list[str], d.pop("website_urls", UNSET))

        asset_ids = cast(list[str], d.pop("asset_ids", UNSET))

        knowledge_base_ids = cast(list[str], d.pop("knowledge_base_ids", UNSET))

        knowledge_base_item_ids = cast(
            list[str], d.pop("knowledge_base_item_ids", UNSET)
        )

        hive_agent_sources = cls(
            website_urls=website_urls,
            asset_ids=asset_ids,
            knowledge_base_ids=knowledge_base_ids,
            knowledge_base_item_ids=knowledge_base_item_ids,
        )

        return hive_agent_sources
