from __future__ import annotations

from typing import TypedDict

from fetch_hive_runtime import (
    BOOL,
    APIObject,
    Field,
    Limits,
    Uri,
    field_value,
)

__all__ = ["AgentAsyncOptions", "AgentAsyncOptionsDict"]


class AgentAsyncOptions(APIObject):
    """The `async` object of `POST /agent/invoke`. Two shapes are accepted:
    - Published SDK spec (`AgentInvokeAsyncConfig`): `callback_url` ("HTTPS URL that
      receives a signed `agent.delegation.completed` POST when a background workflow
      finishes. Signed with the parent agent's webhook secret.") and `allow_background`
      ("When false, `run_workflow` stays synchronous. Long or human-in-the-loop
      workflows return a tool error instead of a pending delegation."). Defaults:
      `allow_background` is true when `thread_id` is present or `callback_url` is set,
      otherwise false. The answer is the agent's answer; background work is reported in
      its `pending_delegations`.
    - fetch-hive-sdk 0.4.1 sends `{"enabled": true, "callback_url": ...}`: with
      `enabled: true` the whole answer is delivered by callback (`agent.completed` /
      `agent.failed`) and the call answers at once with `{request_id, run_status,
      webhook_secret}` (assumption of this SDK, modelled on the workflow invoke);
      `callback_url` is then required.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def enabled(self) -> bool | None:
        """`true`: deliver the whole answer by signed callback (fetch-hive-sdk 0.4.1)."""
        value = field_value(self, "enabled")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("enabled")

    @property
    def callback_url(self) -> str | None:
        """The `callback_url` field."""
        value = field_value(self, "callback_url")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("callback_url")

    @property
    def allow_background(self) -> bool | None:
        """The `allow_background` field."""
        value = field_value(self, "allow_background")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("allow_background")


# The fields a caller may send, for type checkers (`**fields: Unpack[AgentAsyncOptionsDict]`).
class AgentAsyncOptionsDict(TypedDict, total=False):
    enabled: bool
    callback_url: str
    allow_background: bool


AgentAsyncOptions._sdk_define(
    {
        "enabled": Field(BOOL),
        "callback_url": Field(
            Limits(
                Uri("callback"),
                pattern="^([hH][tT][tT][pP][sS]://|[hH][tT][tT][pP]://([lL][oO][cC][aA][lL][hH][oO][sS][tT]|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))",
            )
        ),
        "allow_background": Field(BOOL),
    },
    closed=True,
)
