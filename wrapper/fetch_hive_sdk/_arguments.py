"""The keyword arguments of the invoke methods, as `TypedDict`s.

The methods themselves spell their parameters out (for `help()` and editors); these give
the same list to their overloads and to the 0.4.1-style `*_stream` variants
(`**kwargs: Unpack[PromptArgs]`), so that a parameter is added in one place per client.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Required

from ._base_client import RequestOptions


class PromptArgs(RequestOptions, total=False):
    """`invoke_prompt`'s arguments, apart from `streaming`."""

    deployment: Required[str]
    variant: str | None
    inputs: Mapping[str, Any] | None
    metadata: Mapping[str, Any] | None
    user: str | None


class AgentArgs(RequestOptions, total=False):
    """`invoke_agent`'s arguments, apart from `streaming`."""

    agent: Required[str]
    message: Required[str]
    thread_id: str | None
    messages: Sequence[Mapping[str, Any]] | None
    attachments: Sequence[str | Mapping[str, Any]] | None
    image_urls: Sequence[str] | None
    known_artifact_refs: Sequence[str] | None
    artifact_refs: Sequence[str] | None
    user: str | None
    metadata: Mapping[str, Any] | None
    tool_approval: str | None
    async_options: Mapping[str, Any] | None
