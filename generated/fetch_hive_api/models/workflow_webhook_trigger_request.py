from __future__ import annotations

from typing import Any, cast

from fetch_hive_runtime import (
    BOOL,
    DICT,
    FLOAT,
    NULL,
    STR,
    APIObject,
    Field,
    MapOf,
    ModelOf,
    OneOf,
    field_value,
)

__all__ = ["WorkflowWebhookTriggerRequest"]


class WorkflowWebhookTriggerRequest(APIObject):
    """Documented: when the body has an `inputs` object, it holds the workflow's start
    inputs. The docs' sentence for a body without `inputs` is cut off after "Fetch Hive
    treats". Assumption of this SDK: the body's other top-level fields (all but `async`,
    `metadata` and `user`) are then the start inputs, so tools that cannot nest their
    payload can still start a run.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def async_(self) -> TriggerAsyncOptions:
        """Callback delivery settings of a webhook trigger. Triggers always use callback
        delivery; `enabled: true` may be sent as on `POST /workflow/invoke` (the trigger
        code snippets of the docs use the invoke's `async` object). Required by the schema."""
        return cast("TriggerAsyncOptions", self._sdk_read("async"))

    @property
    def inputs(self) -> dict[str, Any] | None:
        """Values for the deployment's variables (any JSON values). Array inputs must be real
        JSON arrays, not JSON strings."""
        return cast("dict[str, Any] | None", self._sdk_read("inputs"))

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


from ..models.trigger_async_options import TriggerAsyncOptions

WorkflowWebhookTriggerRequest._sdk_define(
    {
        "async": Field(ModelOf(TriggerAsyncOptions), required=True),
        "inputs": Field(DICT),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
        "user": Field(STR),
    },
)
