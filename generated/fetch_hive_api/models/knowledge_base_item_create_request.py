from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseItemCreateRequest"]


class KnowledgeBaseItemCreateRequest(APIObject):
    """The `KnowledgeBaseItemCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_item(self) -> KnowledgeBaseItemCreate:
        """The `knowledge_base_item` field. Required by the schema."""
        return cast("KnowledgeBaseItemCreate", self._sdk_read("knowledge_base_item"))


from ..models.knowledge_base_item_create import KnowledgeBaseItemCreate

KnowledgeBaseItemCreateRequest._sdk_define(
    {
        "knowledge_base_item": Field(ModelOf(KnowledgeBaseItemCreate), required=True),
    }
)
