from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["ToolEventToolInputType0"]


class ToolEventToolInputType0(APIObject):
    """The `ToolEventToolInputType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


ToolEventToolInputType0._sdk_define(
    {},
)
