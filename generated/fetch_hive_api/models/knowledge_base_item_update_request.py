from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseItemUpdateRequest"]


class KnowledgeBaseItemUpdateRequest(APIObject):
    """The `KnowledgeBaseItemUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_item(self) -> KnowledgeBaseItemUpdate:
        """The `knowledge_base_item` field. Required by the schema."""
        return cast("KnowledgeBaseItemUpdate", self._sdk_read("knowledge_base_item"))


from ..models.knowledge_base_item_update import KnowledgeBaseItemUpdate

KnowledgeBaseItemUpdateRequest._sdk_define(
    {
        "knowledge_base_item": Field(ModelOf(KnowledgeBaseItemUpdate), required=True),
    }
)
