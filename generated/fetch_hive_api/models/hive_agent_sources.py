from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict, cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    Limits,
    ListOf,
    Uri,
)

__all__ = ["HiveAgentSources", "HiveAgentSourcesDict"]


class HiveAgentSources(APIObject):
    """What the Hive Agent may read (published SDK spec `HiveAgentSources`).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def website_urls(self) -> list[str] | None:
        """The `website_urls` field."""
        return cast("list[str] | None", self._sdk_read("website_urls"))

    @property
    def asset_ids(self) -> list[str] | None:
        """Ids of uploaded assets (`uploadAsset`)."""
        return cast("list[str] | None", self._sdk_read("asset_ids"))

    @property
    def knowledge_base_ids(self) -> list[str] | None:
        """The `knowledge_base_ids` field."""
        return cast("list[str] | None", self._sdk_read("knowledge_base_ids"))

    @property
    def knowledge_base_item_ids(self) -> list[str] | None:
        """The `knowledge_base_item_ids` field."""
        return cast("list[str] | None", self._sdk_read("knowledge_base_item_ids"))


# The fields a caller may send, for type checkers (`**fields: Unpack[HiveAgentSourcesDict]`).
class HiveAgentSourcesDict(TypedDict, total=False):
    website_urls: Sequence[str]
    asset_ids: Sequence[str]
    knowledge_base_ids: Sequence[str]
    knowledge_base_item_ids: Sequence[str]


HiveAgentSources._sdk_define(
    {
        "website_urls": Field(
            ListOf(
                Limits(
                    Uri("callback"),
                    pattern="^([hH][tT][tT][pP][sS]://|[hH][tT][tT][pP]://([lL][oO][cC][aA][lL][hH][oO][sS][tT]|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))",
                )
            )
        ),
        "asset_ids": Field(ListOf(Limits(STR, min_length=1))),
        "knowledge_base_ids": Field(ListOf(Limits(STR, min_length=1))),
        "knowledge_base_item_ids": Field(ListOf(Limits(STR, min_length=1))),
    },
    closed=True,
)
