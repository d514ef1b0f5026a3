from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseItemCreateRequest", "KnowledgeBaseItemCreateRequestDict"]


class KnowledgeBaseItemCreateRequest(APIObject):
    """The `KnowledgeBaseItemCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_item(self) -> KnowledgeBaseItemCreate:
        """The `knowledge_base_item` field. Required by the schema."""
        return cast("KnowledgeBaseItemCreate", self._sdk_read("knowledge_base_item"))


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseItemCreateRequestDict]`).
class KnowledgeBaseItemCreateRequestDict(TypedDict, total=False):
    knowledge_base_item: Required[Mapping[str, Any]]


from ..models.knowledge_base_item_create import KnowledgeBaseItemCreate

KnowledgeBaseItemCreateRequest._sdk_define(
    {
        "knowledge_base_item": Field(ModelOf(KnowledgeBaseItemCreate), required=True),
    },
    closed=True,
)
