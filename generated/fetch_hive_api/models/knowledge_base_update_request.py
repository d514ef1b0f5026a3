from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseUpdateRequest", "KnowledgeBaseUpdateRequestDict"]


class KnowledgeBaseUpdateRequest(APIObject):
    """The `KnowledgeBaseUpdateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base(self) -> KnowledgeBaseUpdate:
        """The `knowledge_base` field. Required by the schema."""
        return cast("KnowledgeBaseUpdate", self._sdk_read("knowledge_base"))


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseUpdateRequestDict]`).
class KnowledgeBaseUpdateRequestDict(TypedDict, total=False):
    knowledge_base: Required[Mapping[str, Any]]


from ..models.knowledge_base_update import KnowledgeBaseUpdate

KnowledgeBaseUpdateRequest._sdk_define(
    {
        "knowledge_base": Field(ModelOf(KnowledgeBaseUpdate), required=True),
    },
    closed=True,
)
