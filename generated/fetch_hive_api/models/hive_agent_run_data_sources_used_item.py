from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["HiveAgentRunDataSourcesUsedItem"]


class HiveAgentRunDataSourcesUsedItem(APIObject):
    """The `HiveAgentRunDataSourcesUsedItem` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


HiveAgentRunDataSourcesUsedItem._sdk_define(
    {},
)
