from __future__ import annotations

from fetch_hive_sdk._api_object import (
    STR,
    APIObject,
    Field,
)

__all__ = ["ToolActionDecision"]


class ToolActionDecision(APIObject):
    """The `ToolActionDecision` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def decision(self) -> str:
        """fetch-hive-sdk 0.4.1: `allow_once` or `deny`. Required by the schema."""
        value = self.get("decision")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("decision")


ToolActionDecision._sdk_define(
    {
        "decision": Field(STR, required=True),
    }
)
