from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["KnowledgeBaseItemList"]


class KnowledgeBaseItemList(APIObject):
    """The `KnowledgeBaseItemList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_items(self) -> list[KnowledgeBaseItem]:
        """The `knowledge_base_items` field. Required by the schema."""
        return cast("list[KnowledgeBaseItem]", self._sdk_read("knowledge_base_items"))


from ..models.knowledge_base_item import KnowledgeBaseItem

KnowledgeBaseItemList._sdk_define(
    {
        "knowledge_base_items": Field(
            ListOf(ModelOf(KnowledgeBaseItem)), required=True
        ),
    },
)
