from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["ToolCallToolInputType0"]


class ToolCallToolInputType0(APIObject):
    """The `ToolCallToolInputType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


ToolCallToolInputType0._sdk_define(
    {},
)
