from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["AgentDelegationTarget"]


class AgentDelegationTarget(APIObject):
    """The `AgentDelegationTarget` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


AgentDelegationTarget._sdk_define(
    {},
)
