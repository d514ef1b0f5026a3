from __future__ import annotations

from fetch_hive_runtime import (
    STR,
    APIObject,
    Field,
    field_value,
)

__all__ = ["HiveAgentRunAccepted"]


class HiveAgentRunAccepted(APIObject):
    """Hive Agent run accepted (published SDK spec `InvokeHiveAgentResponse`; every field
    optional there).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def run_id(self) -> str | None:
        """Identifier of the queued Hive Agent run."""
        value = field_value(self, "run_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("run_id")

    @property
    def request_id(self) -> str | None:
        """Unique identifier of this invocation (`getRequest` finds it)."""
        value = field_value(self, "request_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("request_id")

    @property
    def status(self) -> str | None:
        """Initial run status, usually `pending`. Open string."""
        value = field_value(self, "status")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("status")

    @property
    def webhook_secret(self) -> str | None:
        """Secret used to verify the signed callback."""
        value = field_value(self, "webhook_secret")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("webhook_secret")


HiveAgentRunAccepted._sdk_define(
    {
        "run_id": Field(STR),
        "request_id": Field(STR),
        "status": Field(STR),
        "webhook_secret": Field(STR),
    },
)
