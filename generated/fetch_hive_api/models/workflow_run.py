from __future__ import annotations

from typing import Any, cast

from fetch_hive_runtime import (
    ANY,
    NULL,
    STR,
    APIObject,
    Field,
    OneOf,
    field_value,
)

__all__ = ["WorkflowRun"]


class WorkflowRun(APIObject):
    """Answer of a workflow invoke. Direct delivery (docs): `request_id`, `run_status`,
    `output`. Callback delivery (docs): `request_id`, `run_status` (`running` or
    `queued`) and `webhook_secret`. Documented alternative (source: Fetch Hive's
    published SDK spec): `run_id` and `status` instead of, or next to, `request_id` and
    `run_status`, e.g. `{request_id, run_id, status, output}` or a 202
    `{run_id, status: "queued"}`. So every field is optional; an answer has one of the
    two id/status pairs.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def request_id(self) -> str | None:
        """The `request_id` field."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def run_status(self) -> str | None:
        """Open string; known values: `completed`, `failed`, `running`, `queued`."""
        value = field_value(self, "run_status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_status")

    @property
    def run_id(self) -> str | None:
        """The run's id in the published SDK spec's shape (poll it with the legacy workflow-run
        lookup)."""
        value = field_value(self, "run_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_id")

    @property
    def status(self) -> str | None:
        """`run_status` in the published SDK spec's shape; known values: `queued`, `running`,
        `completed`, `failed`."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def output(self) -> Any:
        """Depends on the workflow: usually a string; for an image-generation final step an
        `ImageOutput` object; any JSON value is accepted."""
        return field_value(self, "output")

    @property
    def webhook_secret(self) -> str | None:
        """Signing secret of the callback (callback delivery only)."""
        value = field_value(self, "webhook_secret")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("webhook_secret")

    @property
    def error(self) -> str | None:
        """Why the run failed (`run_status` `failed`; `output` is then null). Assumption of
        this SDK: the docs show the failure's text only in the `workflow.failed`
        callback (`data.error`) and in the run lookup; a direct answer is assumed to
        carry it too."""
        return cast("str | None", self._sdk_read("error"))


WorkflowRun._sdk_define(
    {
        "request_id": Field(STR),
        "run_status": Field(STR),
        "run_id": Field(STR),
        "status": Field(STR),
        "output": Field(ANY),
        "webhook_secret": Field(STR),
        "error": Field(OneOf(STR, NULL)),
    },
)
