from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    BOOL,
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

__all__ = ["AgentWebhookTriggerRequest", "AgentWebhookTriggerRequestDict"]


class AgentWebhookTriggerRequest(APIObject):
    """The `AgentWebhookTriggerRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def message(self) -> str:
        """The `message` field. Required by the schema."""
        value = field_value(self, "message")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def async_(self) -> TriggerAsyncOptions:
        """Callback delivery settings of a webhook trigger. Triggers always use callback
        delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
        code snippets of the docs use the invoke's `async` object). Required by the schema."""
        return cast("TriggerAsyncOptions", self._sdk_read("async"))

    @property
    def thread_id(self) -> str | None:
        """The `thread_id` field."""
        value = field_value(self, "thread_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("thread_id")

    @property
    def metadata(self) -> dict[str, Any] | None:
        """Flat caller-defined metadata for audit and log filtering, never an input to the
        run. Keys are non-empty strings; values are strings, numbers, booleans or null.
        Nested objects and arrays are rejected before the run starts. Keep secrets and
        large payloads out of it. No limits on key count or lengths are documented."""
        return cast("dict[str, Any] | None", self._sdk_read("metadata"))

    @property
    def user(self) -> str | None:
        """The `user` field."""
        value = field_value(self, "user")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("user")


# The fields a caller may send, for type checkers (`**fields: Unpack[AgentWebhookTriggerRequestDict]`).
AgentWebhookTriggerRequestDict = TypedDict(
    "AgentWebhookTriggerRequestDict",
    {
        "message": Required[str],
        "async": Required[Mapping[str, Any]],
        "thread_id": str,
        "metadata": Mapping[str, Any],
        "user": str,
    },
    total=False,
)

from ..models.trigger_async_options import TriggerAsyncOptions

AgentWebhookTriggerRequest._sdk_define(
    {
        "message": Field(Limits(STR, min_length=1), required=True),
        "async": Field(ModelOf(TriggerAsyncOptions), required=True),
        "thread_id": Field(Limits(STR, min_length=1)),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
        "user": Field(STR),
    },
    closed=True,
)
