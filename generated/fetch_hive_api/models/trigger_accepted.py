from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["TriggerAccepted"]


class TriggerAccepted(APIObject):
    """The `TriggerAccepted` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def request_id(self) -> str:
        """The `request_id` field. Required by the schema."""
        value = field_value(self, "request_id")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def run_status(self) -> str:
        """Open string; `running` documented. Required by the schema."""
        value = field_value(self, "run_status")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("run_status")


TriggerAccepted._sdk_define(
    {
        "request_id": Field(STR, required=True),
        "run_status": Field(STR, required=True),
    },
)
