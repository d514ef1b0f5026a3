from __future__ import annotations

from typing import cast

from fetch_hive_sdk._api_object import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseUpdateRequest"]


class KnowledgeBaseUpdateRequest(APIObject):
    """The `KnowledgeBaseUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base(self) -> KnowledgeBaseUpdate:
        """The `knowledge_base` field. Required by the schema."""
        return cast("KnowledgeBaseUpdate", self._sdk_read("knowledge_base"))


from ..models.knowledge_base_update import KnowledgeBaseUpdate

KnowledgeBaseUpdateRequest._sdk_define(
    {
        "knowledge_base": Field(ModelOf(KnowledgeBaseUpdate), required=True),
    }
)
