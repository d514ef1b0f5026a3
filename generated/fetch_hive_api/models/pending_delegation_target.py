from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["PendingDelegationTarget"]


class PendingDelegationTarget(APIObject):
    """The `PendingDelegationTarget` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


PendingDelegationTarget._sdk_define(
    {},
)
