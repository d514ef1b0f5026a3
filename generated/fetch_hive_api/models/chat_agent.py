from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["ChatAgent"]


class ChatAgent(APIObject):
    """The `ChatAgent` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


ChatAgent._sdk_define(
    {},
)
