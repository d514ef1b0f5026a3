from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["KnowledgeBaseList"]


class KnowledgeBaseList(APIObject):
    """The `KnowledgeBaseList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_bases(self) -> list[KnowledgeBase]:
        """The `knowledge_bases` field. Required by the schema."""
        return cast("list[KnowledgeBase]", self._sdk_read("knowledge_bases"))


from ..models.knowledge_base import KnowledgeBase

KnowledgeBaseList._sdk_define(
    {
        "knowledge_bases": Field(ListOf(ModelOf(KnowledgeBase)), required=True),
    },
)
