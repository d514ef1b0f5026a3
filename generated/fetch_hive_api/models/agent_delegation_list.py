from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ListOf,
    ModelOf,
)

__all__ = ["AgentDelegationList"]


class AgentDelegationList(APIObject):
    """The `AgentDelegationList` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def delegations(self) -> list[AgentDelegation]:
        """The `delegations` field. Required by the schema."""
        return cast("list[AgentDelegation]", self._sdk_read("delegations"))


from ..models.agent_delegation import AgentDelegation

AgentDelegationList._sdk_define(
    {
        "delegations": Field(ListOf(ModelOf(AgentDelegation)), required=True),
    },
)
