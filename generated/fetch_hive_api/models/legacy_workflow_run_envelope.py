from __future__ import annotations

from typing import cast

from fetch_hive_runtime import (
    APIObject,
    Field,
    ModelOf,
)

__all__ = ["LegacyWorkflowRunEnvelope"]


class LegacyWorkflowRunEnvelope(APIObject):
    """The `LegacyWorkflowRunEnvelope` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def workflow_run(self) -> LegacyWorkflowRun:
        """A workflow run as the legacy docs page "Retrieve a workflow" shows it. Required by the schema."""
        return cast("LegacyWorkflowRun", self._sdk_read("workflow_run"))


from ..models.legacy_workflow_run import LegacyWorkflowRun

LegacyWorkflowRunEnvelope._sdk_define(
    {
        "workflow_run": Field(ModelOf(LegacyWorkflowRun), required=True),
    },
)
