from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    BOOL,
    DICT,
    FLOAT,
    NULL,
    STR,
    APIObject,
    Field,
    Limits,
    MapOf,
    ModelOf,
    OneOf,
    field_value,
)

__all__ = ["WorkflowInvokeRequest", "WorkflowInvokeRequestDict"]


class WorkflowInvokeRequest(APIObject):
    """The `WorkflowInvokeRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def deployment(self) -> str:
        """Workflow deployment name. Required by the schema."""
        value = field_value(self, "deployment")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("deployment")

    @property
    def variant(self) -> str | None:
        """Deployment variant name (optional in this SDK, see `PromptInvokeRequest.variant`)."""
        value = field_value(self, "variant")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("variant")

    @property
    def inputs(self) -> dict[str, Any] | None:
        """Values for the deployment's variables (any JSON values). Array inputs must be real
        JSON arrays, not JSON strings."""
        return cast("dict[str, Any] | None", self._sdk_read("inputs"))

    @property
    def async_(self) -> AsyncOptions | None:
        """Callback delivery settings."""
        return cast("AsyncOptions | None", self._sdk_read("async"))

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Flat caller-defined metadata for audit and log filtering, never an input to the
        run. Keys are non-empty strings; values are strings, numbers, booleans or null.
        Nested objects and arrays are rejected before the run starts. Keep secrets and
        large payloads out of it. No limits on key count or lengths are documented."""
        return cast("dict[str, Any] | None", self._sdk_read("metadata"))

    @property
    def user(self) -> str | None:
        """Opaque caller id."""
        value = field_value(self, "user")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("user")

    @property
    def tool_approval(self) -> str | None:
        """Sent by fetch-hive-sdk 0.4.1; not in the documentation pages. Known values
        `policy` and `auto_approve`; omit it to follow the saved rules."""
        value = field_value(self, "tool_approval")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_approval")


# The fields a caller may send, for type checkers (`**fields: Unpack[WorkflowInvokeRequestDict]`).
WorkflowInvokeRequestDict = TypedDict(
    "WorkflowInvokeRequestDict",
    {
        "deployment": Required[str],
        "variant": str,
        "inputs": Mapping[str, Any],
        "async": Mapping[str, Any],
        "metadata": Mapping[str, Any],
        "user": str,
        "tool_approval": str,
    },
    total=False,
)

from ..models.async_options import AsyncOptions

WorkflowInvokeRequest._sdk_define(
    {
        "deployment": Field(Limits(STR, min_length=1), required=True),
        "variant": Field(Limits(STR, min_length=1)),
        "inputs": Field(DICT),
        "async": Field(ModelOf(AsyncOptions)),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
        "user": Field(STR),
        "tool_approval": Field(STR),
    },
    closed=True,
)
