from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, cast

from fetch_hive_runtime import (
    BOOL,
    FLOAT,
    NULL,
    STR,
    APIObject,
    Choice,
    Field,
    Limits,
    MapOf,
    ModelOf,
    OneOf,
    field_value,
)

__all__ = ["HiveAgentInvokeRequest", "HiveAgentInvokeRequestDict"]


class HiveAgentInvokeRequest(APIObject):
    """The `HiveAgentInvokeRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def hive_agent(self) -> str:
        """Hive Agent ID from the dashboard. Required by the schema."""
        value = field_value(self, "hive_agent")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("hive_agent")

    @property
    def objective(self) -> str:
        """Specific objective for the planner to create work nodes from. Required by the schema."""
        value = field_value(self, "objective")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("objective")

    @property
    def async_(self) -> HiveAgentAsyncOptions:
        """Required callback delivery of a Hive Agent run (published SDK spec
        `HiveAgentAsyncConfig`). Required by the schema."""
        return cast("HiveAgentAsyncOptions", self._sdk_read("async"))

    @property
    def unattended(self) -> bool | None:
        """When true, the run never pauses for clarification or budget approval. Defaults to
        false."""
        value = field_value(self, "unattended")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("unattended")

    @property
    def budget_policy(self) -> str | None:
        """Unattended budget behavior when spend would otherwise need approval. `stop` fails
        the run; `proceed_to_cap` continues until the hard cap."""
        value = field_value(self, "budget_policy")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("budget_policy")

    @property
    def sources(self) -> HiveAgentSources | None:
        """What the Hive Agent may read (published SDK spec `HiveAgentSources`)."""
        return cast("HiveAgentSources | None", self._sdk_read("sources"))

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Flat caller-defined metadata for audit and log filtering, never an input to the
        run. Keys are non-empty strings; values are strings, numbers, booleans or null.
        Nested objects and arrays are rejected before the run starts. Keep secrets and
        large payloads out of it. No limits on key count or lengths are documented."""
        return cast("dict[str, Any] | None", self._sdk_read("metadata"))


# The fields a caller may send, for type checkers (`**fields: Unpack[HiveAgentInvokeRequestDict]`).
HiveAgentInvokeRequestDict = TypedDict(
    "HiveAgentInvokeRequestDict",
    {
        "hive_agent": Required[str],
        "objective": Required[str],
        "async": Required[Mapping[str, Any]],
        "unattended": bool,
        "budget_policy": Literal["proceed_to_cap", "stop"],
        "sources": Mapping[str, Any],
        "metadata": Mapping[str, Any],
    },
    total=False,
)

from ..models.hive_agent_async_options import HiveAgentAsyncOptions
from ..models.hive_agent_sources import HiveAgentSources

HiveAgentInvokeRequest._sdk_define(
    {
        "hive_agent": Field(Limits(STR, min_length=1), required=True),
        "objective": Field(Limits(STR, min_length=1), required=True),
        "async": Field(ModelOf(HiveAgentAsyncOptions), required=True),
        "unattended": Field(BOOL),
        "budget_policy": Field(Choice("stop", "proceed_to_cap")),
        "sources": Field(ModelOf(HiveAgentSources)),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
    },
    closed=True,
)
