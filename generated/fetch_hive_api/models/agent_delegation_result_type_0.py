from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["AgentDelegationResultType0"]


class AgentDelegationResultType0(APIObject):
    """The `AgentDelegationResultType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


AgentDelegationResultType0._sdk_define(
    {},
)
