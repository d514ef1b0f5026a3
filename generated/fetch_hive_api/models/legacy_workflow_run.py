from __future__ import annotations

from typing import Any, cast

from fetch_hive_runtime import (
    BOOL,
    DICT,
    FLOAT,
    INT,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["LegacyWorkflowRun"]


class LegacyWorkflowRun(APIObject):
    """A workflow run as the legacy docs page "Retrieve a workflow" shows it.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def id(self) -> int | str | None:
        """The `id` field."""
        return cast("int | str | None", self._sdk_read("id"))

    @property
    def started_at(self) -> str | None:
        """The `started_at` field."""
        return cast("str | None", self._sdk_read("started_at"))

    @property
    def ended_at(self) -> str | None:
        """The `ended_at` field."""
        return cast("str | None", self._sdk_read("ended_at"))

    @property
    def start_inputs(self) -> dict[str, Any] | None:
        """The `start_inputs` field."""
        return cast("dict[str, Any] | None", self._sdk_read("start_inputs"))

    @property
    def error_message(self) -> str | None:
        """The `error_message` field."""
        return cast("str | None", self._sdk_read("error_message"))

    @property
    def duration(self) -> float | None:
        """The `duration` field."""
        return cast("float | None", self._sdk_read("duration"))

    @property
    def total_charge(self) -> str | None:
        """The `total_charge` field."""
        return cast("str | None", self._sdk_read("total_charge"))

    @property
    def total_tokens(self) -> int | None:
        """The `total_tokens` field."""
        return cast("int | None", self._sdk_read("total_tokens"))

    @property
    def output_content(self) -> str | None:
        """The `output_content` field."""
        return cast("str | None", self._sdk_read("output_content"))

    @property
    def async_webhook_url(self) -> str | None:
        """The `async_webhook_url` field."""
        return cast("str | None", self._sdk_read("async_webhook_url"))

    @property
    def token(self) -> str | None:
        """The `token` field."""
        value = field_value(self, "token")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("token")

    @property
    def run_status(self) -> str | None:
        """The `run_status` field."""
        value = field_value(self, "run_status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_status")

    @property
    def run_async(self) -> str | bool | None:
        """The `run_async` field."""
        return cast("str | bool | None", self._sdk_read("run_async"))


LegacyWorkflowRun._sdk_define(
    {
        "id": Field(OneOf(INT, STR)),
        "started_at": Field(OneOf(STR, NULL)),
        "ended_at": Field(OneOf(STR, NULL)),
        "start_inputs": Field(OneOf(DICT, NULL)),
        "error_message": Field(OneOf(STR, NULL)),
        "duration": Field(OneOf(FLOAT, NULL)),
        "total_charge": Field(OneOf(STR, NULL)),
        "total_tokens": Field(OneOf(INT, NULL)),
        "output_content": Field(OneOf(STR, NULL)),
        "async_webhook_url": Field(OneOf(STR, NULL)),
        "token": Field(STR),
        "run_status": Field(STR),
        "run_async": Field(OneOf(STR, BOOL, NULL)),
    },
)
