from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentAsyncOptions")


@_attrs_define
class AgentAsyncOptions:
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

        Attributes:
            enabled (bool | Unset): `true`: deliver the whole answer by signed callback (fetch-hive-sdk 0.4.1).
            callback_url (str | Unset):
            allow_background (bool | Unset):
    """

    enabled: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    allow_background: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        callback_url = self.callback_url

        allow_background = self.allow_background

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if allow_background is not UNSET:
            field_dict["allow_background"] = allow_background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        allow_background = d.pop("allow_background", UNSET)

        agent_async_options = cls(
            enabled=enabled,
            callback_url=callback_url,
            allow_background=allow_background,
        )

        return agent_async_options
