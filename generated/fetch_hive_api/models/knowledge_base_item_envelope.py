from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    ModelOf,
    field_value,
)

__all__ = ["KnowledgeBaseItemEnvelope"]


class KnowledgeBaseItemEnvelope(APIObject):
    """The `KnowledgeBaseItemEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def knowledge_base_item(self) -> KnowledgeBaseItem:
        """An item of a knowledge base. Published SDK spec: `id`, `name`, `knowledge_base_id`,
        `item_type`, `run_status`, `status`; the other fields are assumptions of this SDK.
        Assumption of this SDK: `id`, `name` and `knowledge_base_id` are in every one (an
        item is created with a name, inside one knowledge base). Required by the schema."""
        return cast("KnowledgeBaseItem", self._sdk_read("knowledge_base_item"))

    @property
    def message(self) -> str | None:
        """The `message` field."""
        value = field_value(self, "message")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("message")


from ..models.knowledge_base_item import KnowledgeBaseItem

KnowledgeBaseItemEnvelope._sdk_define(
    {
        "knowledge_base_item": Field(ModelOf(KnowledgeBaseItem), required=True),
        "message": Field(STR),
    },
)
