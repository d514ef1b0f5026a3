from __future__ import annotations

from fetch_hive_sdk._api_object import (
    STR,
    APIObject,
    Field,
)

__all__ = ["ChatCreate"]


class ChatCreate(APIObject):
    """The `ChatCreate` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def name(self) -> str:
        """The `name` field. Required by the schema."""
        value = self.get("name")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("name")


ChatCreate._sdk_define(
    {
        "name": Field(STR, required=True),
    }
)
