"""Settings of the reference server: one dataclass, filled from keywords, the CLI or the environment."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from pathlib import Path

from .faults import FaultSpec

#: The development API key. Public on purpose: it only opens the local reference server.
DEV_API_KEY = "fhk_local_dev_key"

#: The workspace of the development key (public on purpose, like the key).
DEV_WORKSPACE_ID = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"

#: Workflow concurrency caps by plan (api-reference section 5). The docs say Enterprise is
#: "custom": its 10 is this server's invention (docs/reference-server.md says so).
PLAN_CONCURRENCY = {"lite": 1, "starter": 3, "pro": 5, "enterprise": 10}

LOOPBACK_HOSTS = ("localhost", "127.0.0.0/8", "::1")


@dataclass
class Settings:
    """Everything that changes how the reference server behaves.

    Fields can be changed on a running server (``RunningServer.settings``); each request reads
    them when it starts.
    """

    api_key: str = DEV_API_KEY
    #: Seed of the per-deployment webhook secrets: the same seed gives the same secrets.
    secret_seed: str = "fetch-hive-reference"
    #: Seconds between two stream chunks.
    stream_pace: float = 0.02
    #: How long a workflow run takes (seconds); holds a concurrency slot meanwhile.
    workflow_seconds: float = 0.0
    #: Plan whose workflow concurrency cap applies (``lite``, ``starter``, ``pro``, ``enterprise``).
    plan: str = "pro"
    #: Overrides the plan's cap when set.
    concurrency_cap: int | None = None
    #: Queued callback-mode runs waiting for a slot, at most (beyond it: 429).
    max_queued: int = 100
    #: Delivery attempts per callback (first try included).
    callback_attempts: int = 4
    #: Delay before the first retry; doubles after each failed attempt.
    callback_backoff: float = 0.2
    #: Timeout of one callback POST (seconds).
    callback_timeout: float = 5.0
    #: Hosts callbacks may go to besides loopback (exact host names or IP networks).
    callback_allow_hosts: tuple[str, ...] = ()
    #: Runs remembered for ``GET /public/requests/{id}`` (oldest forgotten first).
    history_limit: int = 1000
    #: Agent conversations remembered, and turns kept per conversation.
    thread_limit: int = 500
    thread_turn_limit: int = 50
    #: Context window of the agents' model (tokens). A thread whose history reaches 80% of it
    #: is summarised: its stream starts with a ``summary`` event and the history is compacted.
    context_limit: int = 128_000
    #: Callback deliveries remembered for inspection.
    delivery_log_limit: int = 1000
    #: Server-wide fault (same syntax as the ``X-Reference-Fault`` header), or None.
    fault: str | None = None
    #: The daily API call cap reported by the ``daily_cap`` fault.
    daily_limit: int = 1000
    #: openapi.yaml to load; found next to the package or at the repository root when None.
    spec_path: Path | None = None
    #: SQLite file holding the stored resources (in memory when None): ``--state PATH``.
    state_path: Path | None = None
    #: The workspace of the API key; workspace-scoped paths with another id get 404.
    workspace_id: str = DEV_WORKSPACE_ID
    #: Largest asset upload accepted, in bytes (beyond it: 413).
    max_upload_bytes: int = 10 * 1024 * 1024
    #: How long an agent's background workflow (a delegation) runs, in seconds.
    delegation_seconds: float = 0.05
    #: How long a Hive Agent run takes before its callback, in seconds.
    hive_agent_seconds: float = 0.05

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValueError for settings that cannot work."""
        if not self.api_key:
            raise ValueError("api_key must not be empty")
        if self.plan not in PLAN_CONCURRENCY:
            raise ValueError(f"plan must be one of {', '.join(PLAN_CONCURRENCY)}")
        if self.concurrency_cap is not None and self.concurrency_cap < 1:
            raise ValueError("concurrency_cap must be at least 1")
        if self.callback_attempts < 1:
            raise ValueError("callback_attempts must be at least 1")
        for name in (
            "stream_pace",
            "workflow_seconds",
            "callback_backoff",
            "callback_timeout",
            "delegation_seconds",
            "hive_agent_seconds",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        for name in (
            "history_limit",
            "thread_limit",
            "thread_turn_limit",
            "delivery_log_limit",
            "context_limit",
            "max_upload_bytes",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        try:
            canonical = str(uuid.UUID(self.workspace_id))
        except (ValueError, AttributeError, TypeError):
            raise ValueError("workspace_id must be a UUID") from None
        if canonical != self.workspace_id:
            raise ValueError("workspace_id must be a lowercase UUID with hyphens")
        # Parse now so that a typo fails at start-up, not on the first request.
        FaultSpec.parse_optional(self.fault)

    @property
    def workflow_cap(self) -> int:
        return self.concurrency_cap or PLAN_CONCURRENCY[self.plan]

    @property
    def server_fault(self) -> FaultSpec | None:
        return FaultSpec.parse_optional(self.fault)

    def __repr__(self) -> str:
        # The API key stays out of reprs (and so out of logs and test failure output).
        shown = {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if f.repr and f.name not in {"api_key", "secret_seed"}
        }
        inner = ", ".join(f"{key}={value!r}" for key, value in shown.items())
        return f"Settings(api_key='***', secret_seed='***', {inner})"
