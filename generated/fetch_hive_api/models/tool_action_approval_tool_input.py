from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["ToolActionApprovalToolInput"]


class ToolActionApprovalToolInput(APIObject):
    """The `ToolActionApprovalToolInput` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


ToolActionApprovalToolInput._sdk_define(
    {},
)
