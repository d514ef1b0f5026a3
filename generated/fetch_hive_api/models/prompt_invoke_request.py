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
    OneOf,
    field_value,
)

__all__ = ["PromptInvokeRequest", "PromptInvokeRequestDict"]


class PromptInvokeRequest(APIObject):
    """The `PromptInvokeRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def deployment(self) -> str:
        """Prompt deployment name. Required by the schema."""
        value = field_value(self, "deployment")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("deployment")

    @property
    def variant(self) -> str | None:
        """Deployment variant name. The API reference says required; the SDK docs page
        and the public SDK's spec say optional with a server default. This SDK treats
        it as optional and omits it when not given."""
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
    def streaming(self) -> bool | None:
        """`true`: the answer is a Server-Sent-Events stream."""
        value = field_value(self, "streaming")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("streaming")

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Flat caller-defined metadata for audit and log filtering, never an input to the
        run. Keys are non-empty strings; values are strings, numbers, booleans or null.
        Nested objects and arrays are rejected before the run starts. Keep secrets and
        large payloads out of it. No limits on key count or lengths are documented."""
        return cast("dict[str, Any] | None", self._sdk_read("metadata"))

    @property
    def user(self) -> str | None:
        """Opaque caller id shown in user tracking."""
        value = field_value(self, "user")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("user")


# The fields a caller may send, for type checkers (`**fields: Unpack[PromptInvokeRequestDict]`).
class PromptInvokeRequestDict(TypedDict, total=False):
    deployment: Required[str]
    variant: str
    inputs: Mapping[str, Any]
    streaming: bool
    metadata: Mapping[str, Any]
    user: str


PromptInvokeRequest._sdk_define(
    {
        "deployment": Field(Limits(STR, min_length=1), required=True),
        "variant": Field(Limits(STR, min_length=1)),
        "inputs": Field(DICT),
        "streaming": Field(BOOL),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
        "user": Field(STR),
    },
    closed=True,
)
