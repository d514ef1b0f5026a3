from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["KnowledgeBaseCreateRequest", "KnowledgeBaseCreateRequestDict"]


class KnowledgeBaseCreateRequest(APIObject):
    """The `KnowledgeBaseCreateRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base(self) -> KnowledgeBaseCreate:
        """The `knowledge_base` field. Required by the schema."""
        return cast("KnowledgeBaseCreate", self._sdk_read("knowledge_base"))


# The fields a caller may send, for type checkers (`**fields: Unpack[KnowledgeBaseCreateRequestDict]`).
class KnowledgeBaseCreateRequestDict(TypedDict, total=False):
    knowledge_base: Required[Mapping[str, Any]]


from ..models.knowledge_base_create import KnowledgeBaseCreate

KnowledgeBaseCreateRequest._sdk_define(
    {
        "knowledge_base": Field(ModelOf(KnowledgeBaseCreate), required=True),
    },
    closed=True,
)
