from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseItemUpdateRequest", "KnowledgeBaseItemUpdateRequestDict"]


class KnowledgeBaseItemUpdateRequest(APIObject):
    """The `KnowledgeBaseItemUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_item(self) -> KnowledgeBaseItemUpdate:
        """The `knowledge_base_item` field. Required by the schema."""
        return cast("KnowledgeBaseItemUpdate", self._sdk_read("knowledge_base_item"))


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseItemUpdateRequestDict]`).
class KnowledgeBaseItemUpdateRequestDict(TypedDict, total=False):
    knowledge_base_item: Required[Mapping[str, Any]]


from ..models.knowledge_base_item_update import KnowledgeBaseItemUpdate

KnowledgeBaseItemUpdateRequest._sdk_define(
    {
        "knowledge_base_item": Field(ModelOf(KnowledgeBaseItemUpdate), required=True),
    },
    closed=True,
)
