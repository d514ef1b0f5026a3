from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, cast

from fetch_hive_runtime import (
    BOOL,
    FLOAT,
    NULL,
    STR,
    APIObject,
    Field,
    Limits,
    ListOf,
    MapOf,
    ModelOf,
    OneOf,
    Uri,
    field_value,
)

__all__ = ["AgentInvokeRequest", "AgentInvokeRequestDict"]


class AgentInvokeRequest(APIObject):
    """The `AgentInvokeRequest` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def agent(self) -> str:
        """The agent's id (a UUID in the docs; fetch-hive-sdk 0.4.1 calls it a slug). Required by the schema."""
        value = field_value(self, "agent")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("agent")

    @property
    def message(self) -> str:
        """The user's message. Required by the schema."""
        value = field_value(self, "message")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("message")

    @property
    def streaming(self) -> bool | None:
        """The `streaming` field."""
        value = field_value(self, "streaming")
        if value is None or isinstance(value, bool):
            return value
        raise self._sdk_misfit("streaming")

    @property
    def thread_id(self) -> str | None:
        """Caller-chosen conversation id, created on first use and resumed after."""
        value = field_value(self, "thread_id")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("thread_id")

    @property
    def messages(self) -> list[ContextMessage] | None:
        """Earlier turns used as context; win over the thread's history when both are given."""
        return cast("list[ContextMessage] | None", self._sdk_read("messages"))

    @property
    def attachments(self) -> list[str | Attachment] | None:
        """HTTPS files for this turn (CSV, XLSX, PDF, DOCX, text/Markdown by extension,
        and images; no audio). At most five together with `image_urls`."""
        return cast("list[str | Attachment] | None", self._sdk_read("attachments"))

    @property
    def image_urls(self) -> list[str] | None:
        """Older shorthand for HTTPS image attachments."""
        return cast("list[str] | None", self._sdk_read("image_urls"))

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

    @property
    def known_artifact_refs(self) -> list[str] | None:
        """Artifact ids the caller knows of (fetch-hive-sdk 0.4.1)."""
        return cast("list[str] | None", self._sdk_read("known_artifact_refs"))

    @property
    def artifact_refs(self) -> list[str] | None:
        """Artifacts to use in this turn; each must also be in `known_artifact_refs`."""
        return cast("list[str] | None", self._sdk_read("artifact_refs"))

    @property
    def tool_approval(self) -> str | None:
        """Sent by fetch-hive-sdk 0.4.1 ("`policy` or `auto_approve`. Omit it to follow
        saved rules. An API-key run resumes on the server after a decision"). With
        `policy`, tool calls wait for a decision (`decideToolActionApproval`)."""
        value = field_value(self, "tool_approval")
        if value is None or isinstance(value, str):
            return value
        raise self._sdk_misfit("tool_approval")

    @property
    def async_(self) -> AgentAsyncOptions | None:
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
          `callback_url` is then required."""
        return cast("AgentAsyncOptions | None", self._sdk_read("async"))


# The fields a caller may send, for type checkers (`**fields: Unpack[AgentInvokeRequestDict]`).
AgentInvokeRequestDict = TypedDict(
    "AgentInvokeRequestDict",
    {
        "agent": Required[str],
        "message": Required[str],
        "streaming": bool,
        "thread_id": str,
        "messages": Sequence[Mapping[str, Any]],
        "attachments": Sequence[str | Mapping[str, Any]],
        "image_urls": Sequence[str],
        "metadata": Mapping[str, Any],
        "user": str,
        "known_artifact_refs": Sequence[str],
        "artifact_refs": Sequence[str],
        "tool_approval": str,
        "async": Mapping[str, Any],
    },
    total=False,
)

from ..models.agent_async_options import AgentAsyncOptions
from ..models.attachment import Attachment
from ..models.context_message import ContextMessage

AgentInvokeRequest._sdk_define(
    {
        "agent": Field(Limits(STR, min_length=1), required=True),
        "message": Field(Limits(STR, min_length=1), required=True),
        "streaming": Field(BOOL),
        "thread_id": Field(Limits(STR, min_length=1)),
        "messages": Field(ListOf(ModelOf(ContextMessage))),
        "attachments": Field(
            Limits(ListOf(OneOf(STR, ModelOf(Attachment))), max_items=5)
        ),
        "image_urls": Field(
            Limits(
                ListOf(Limits(Uri("https"), pattern="^[hH][tT][tT][pP][sS]://")),
                max_items=5,
            )
        ),
        "metadata": Field(MapOf(OneOf(STR, FLOAT, BOOL, NULL), key_min_length=1)),
        "user": Field(STR),
        "known_artifact_refs": Field(ListOf(STR)),
        "artifact_refs": Field(ListOf(STR)),
        "tool_approval": Field(STR),
        "async": Field(ModelOf(AgentAsyncOptions)),
    },
    closed=True,
)
