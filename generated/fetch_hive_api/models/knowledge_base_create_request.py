from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseCreateRequest"]


class KnowledgeBaseCreateRequest(APIObject):
    """The `KnowledgeBaseCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base(self) -> KnowledgeBaseCreate:
        """The `knowledge_base` field. Required by the schema."""
        return cast("KnowledgeBaseCreate", self._sdk_read("knowledge_base"))


from ..models.knowledge_base_create import KnowledgeBaseCreate

KnowledgeBaseCreateRequest._sdk_define(
    {
        "knowledge_base": Field(ModelOf(KnowledgeBaseCreate), required=True),
    }
)
