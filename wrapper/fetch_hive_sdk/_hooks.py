"""Call hooks: a client's `hooks=[...]` see every call start, retry and end (and a stream's
first event), for metrics, tracing or logs of your own. `fetch_hive_sdk.telemetry` builds
OpenTelemetry spans on them.

```python
class Timings(CallHooks):
    def on_call_end(self, call: CallInfo) -> None:
        histogram.record(call.duration, {"operation": call.operation, "status": call.status_code})

client = FetchHive(hooks=[Timings()])
```

A call is one `CallInfo`, the same object for every hook and every stage: what the call
is (`operation`, `method`, `path`, `deployment` or `agent`, `streaming`), then what
happened (`retries_taken`, `status_code`, `request_id`, `error`, `usage`, `duration`, and
for a stream `first_event_seconds` and `events_received`). It carries no inputs, outputs
or credentials; `body` is the request's JSON body, for hooks that choose to look (a
hook that records it should redact it: `fetch_hive_runtime.redact`). `data` is a dict of
the hooks' own, per call.

Costs nothing without hooks. A hook that raises is logged once (its type, not its text)
and the call goes on: a broken metrics exporter never breaks a call.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._logging import logger

if TYPE_CHECKING:
    from ._base_client import Operation

__all__ = ["CallHooks", "CallInfo"]


class CallInfo:
    """One call, as hooks see it."""

    __slots__ = (
        "agent",
        "body",
        "data",
        "deployment",
        "duration",
        "error",
        "events_received",
        "first_event_seconds",
        "method",
        "model",
        "operation",
        "path",
        "request_id",
        "retries_taken",
        "started",
        "status_code",
        "streaming",
        "usage",
    )

    def __init__(self, op: Operation[Any]) -> None:
        kwargs = op.kwargs
        body = kwargs.get("json")
        self.operation: str = op.name
        self.method: str = str(kwargs["method"]).upper()
        self.path: str = kwargs["url"]
        self.streaming: bool = op.streaming
        self.body: Any = body
        fields = body if isinstance(body, dict) else {}
        deployment, agent = fields.get("deployment"), fields.get("agent")
        self.deployment: str | None = deployment if isinstance(deployment, str) else None
        self.agent: str | None = agent if isinstance(agent, str) else None
        self.started = time.monotonic()
        self.retries_taken = 0
        self.status_code: int | None = None
        self.request_id: str | None = None
        self.model: str | None = None
        self.error: BaseException | None = None
        self.usage: Any = None
        self.duration: float | None = None
        self.first_event_seconds: float | None = None
        self.events_received = 0
        self.data: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return (
            f"<CallInfo {self.operation} status={self.status_code} "
            f"retries={self.retries_taken} error={type(self.error).__name__ if self.error else None}>"
        )


class CallHooks:
    """Override the stages you need (each does nothing here)."""

    def on_call_start(self, call: CallInfo) -> None:
        """Before the first attempt is sent."""

    def on_retry(self, call: CallInfo, reason: str, delay: float) -> None:
        """Before a retry: `reason` is the failure (`status 503`, `ConnectError`), `delay`
        the seconds the SDK waits first."""

    def on_first_event(self, call: CallInfo) -> None:
        """A stream's first event arrived (`call.first_event_seconds` after the start)."""

    def on_call_end(self, call: CallInfo) -> None:
        """The call is over: its answer was read, or it failed (`call.error`); for a
        stream, when the stream ended, failed or was closed."""


class Observed:
    """The hooks of one call (internal): each stage given to every hook, failures of a
    hook logged, never raised."""

    __slots__ = ("call", "hooks")

    def __init__(self, hooks: Sequence[CallHooks], op: Operation[Any]) -> None:
        self.hooks = hooks
        self.call = CallInfo(op)
        self._each("on_call_start")

    def retry(self, reason: str, delay: float) -> None:
        self.call.retries_taken += 1
        self._each("on_retry", reason, delay)

    def answered(self, response: Any) -> None:
        """The final HTTP answer (before its body is read)."""
        self.call.status_code = response.status_code
        self.call.request_id = response.headers.get("x-request-id")

    def first_event(self) -> None:
        self.call.first_event_seconds = time.monotonic() - self.call.started
        self._each("on_first_event")

    def end(self, *, result: Any = None, error: BaseException | None = None) -> None:
        call = self.call
        if call.duration is not None:  # ended already
            return
        call.duration = time.monotonic() - call.started
        call.error = error
        status = getattr(error, "status_code", None)
        if isinstance(status, int):
            call.status_code = status
        if isinstance(result, dict):
            usage, request_id, model = (
                result.get("usage"),
                result.get("request_id"),
                result.get("model"),
            )
            call.usage = usage if isinstance(usage, dict) else call.usage
            if call.request_id is None and isinstance(request_id, str):  # the header first
                call.request_id = request_id
            call.model = model if isinstance(model, str) else call.model
        self._each("on_call_end")

    def _each(self, stage: str, *args: Any) -> None:
        for hook in self.hooks:
            try:
                getattr(hook, stage)(self.call, *args)
            except Exception as exc:  # a hook never breaks a call
                logger.warning(
                    "fetch_hive_sdk: the hook %s failed in %s (%s); the call goes on",
                    type(hook).__name__, stage, type(exc).__name__,
                )  # fmt: skip


def check_hooks(value: object) -> tuple[CallHooks, ...]:
    """The `hooks=` of a client: a sequence of `CallHooks` (or objects with its methods)."""
    from ._errors import InputValidationError

    if value is None:
        return ()
    if isinstance(value, CallHooks) or not isinstance(value, Sequence) or isinstance(value, str):
        raise InputValidationError(
            f"hooks: must be a list of CallHooks, got {type(value).__name__}", argument="hooks"
        )
    for index, hook in enumerate(value):
        missing = [
            name
            for name in ("on_call_start", "on_retry", "on_first_event", "on_call_end")
            if not callable(getattr(hook, name, None))
        ]
        if missing:
            raise InputValidationError(
                f"hooks[{index}]: {type(hook).__name__} has no {missing[0]}(): subclass "
                "fetch_hive_sdk.CallHooks",
                argument="hooks",
            )
    return tuple(value)
