"""Batch runs: one prompt, workflow or agent over many rows, a bounded number at a time.

`client.batch("prompt", "welcome-email", rows)` yields a `BatchResult` per row, in the
order the calls finish: the typed result, or the error as a value (its `error_code`), never
lost. At most `concurrency` calls are in flight (default: the plan's workflow concurrency
cap given with `plan=`, else 5); each call has the client's retry policy (a 429 at the cap
is retried; a workflow is never run twice by surprise). Rows may be skipped by id
(`skip=`), which is how a rerun resumes instead of paying twice.

`AsyncBatchRunner` (tasks on the event loop) and `BatchRunner` (threads) differ by more
than `await`, so both are written here by hand; what a row means, its id and the summary
are shared.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import AsyncIterator, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from ._errors import FetchHiveError, InputValidationError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

BatchKind = Literal["prompt", "workflow", "agent"]
KINDS: Final = ("prompt", "workflow", "agent")
# Workflow concurrency caps by plan (api-reference section 5); Enterprise is custom.
PLAN_CONCURRENCY: Final = {"lite": 1, "starter": 3, "pro": 5}
DEFAULT_CONCURRENCY: Final = 5
# Arguments a batch cannot take per row: a batch reads whole answers.
REFUSED_ARGUMENTS: Final = ("streaming",)


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one row: `result` (the typed answer) or `error` (an SDK error)."""

    index: int
    """The row's position in the input (0-based)."""
    row_id: str
    """The row's stable id: `id_field`'s value, else a digest of the row."""
    row: Any
    result: Any = None
    error: FetchHiveError | None = None
    seconds: float = 0.0
    """How long the call took, retries included."""

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def error_code(self) -> str | None:
        """The error's `error_code` (e.g. `too_many_requests`), else its class name."""
        if self.error is None:
            return None
        return getattr(self.error, "error_code", None) or type(self.error).__name__

    @property
    def tokens(self) -> int:
        """`usage.total_tokens` of the answer (0 when it has none: workflows)."""
        usage = self.result.get("usage") if isinstance(self.result, dict) else None
        total = usage.get("total_tokens") if isinstance(usage, dict) else None
        return total if isinstance(total, int) and not isinstance(total, bool) else 0

    @property
    def retries_taken(self) -> int:
        source = self.result if self.error is None else self.error
        return int(getattr(source, "retries_taken", 0) or 0)

    def to_json(self) -> dict[str, Any]:
        """One JSON line of `fetch-hive batch --out`."""
        line: dict[str, Any] = {
            "row_id": self.row_id,
            "index": self.index,
            "status": "ok" if self.ok else "error",
            "seconds": round(self.seconds, 6),
            "retries": self.retries_taken,
            "tokens": self.tokens,
            "result": self.result if self.ok else None,
            "error": None,
        }
        if self.error is not None:
            line["error"] = {
                "type": type(self.error).__name__,
                "error_code": self.error_code,
                "status_code": getattr(self.error, "status_code", None),
                "message": str(self.error),
            }
        return line


@dataclass
class BatchSummary:
    """What a batch added up to so far."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    tokens: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)

    def add(self, outcome: BatchResult) -> None:
        self.latencies.append(outcome.seconds)
        if outcome.ok:
            self.done += 1
            self.tokens += outcome.tokens
        else:
            self.failed += 1
            self.failures[outcome.error_code or "error"] += 1

    def percentile(self, fraction: float) -> float | None:
        """The latency below which `fraction` of the calls finished (nearest rank)."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def row_digest(row: Any) -> str:
    """A digest of a row's JSON, the same in every run (keys sorted)."""
    text = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class BatchPlan:
    """What every runner checks before sending anything, and how a row becomes a call."""

    def __init__(
        self,
        kind: object,
        name: object,
        *,
        concurrency: object,
        plan: object,
        arguments: object,
        skip: Collection[str] | None,
        id_field: str | None,
        defaults: Mapping[str, Any],
    ) -> None:
        if kind not in KINDS:
            raise InputValidationError(
                f"kind: must be one of {', '.join(KINDS)}, got {kind!r}", argument="kind"
            )
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise InputValidationError("name: must be a non-empty string or None", argument="name")
        if not isinstance(arguments, bool):
            raise InputValidationError("arguments: must be True or False", argument="arguments")
        if name is None and not arguments:
            raise InputValidationError(
                "name: the deployment (or agent) is needed unless each row gives it "
                "(arguments=True)",
                argument="name",
            )
        refused = [key for key in REFUSED_ARGUMENTS if key in defaults]
        if refused:
            raise InputValidationError(
                f"{refused[0]}: not in a batch (it reads whole answers)", argument=refused[0]
            )
        self.kind: str = kind  # type: ignore[assignment]
        self.name: str | None = name
        self.concurrency = _concurrency(concurrency, plan)
        self.arguments = arguments
        self.skip = frozenset(skip or ())
        self.id_field = id_field
        self.defaults = dict(defaults)
        self._seen: Counter[str] = Counter()

    def row_id(self, row: Any) -> str:
        if self.id_field is not None:
            if not isinstance(row, Mapping) or self.id_field not in row:
                raise InputValidationError(
                    f"row: has no {self.id_field!r} field (id_field)", argument="row"
                )
            return str(row[self.id_field])
        digest = row_digest(row)
        self._seen[digest] += 1
        count = self._seen[digest]
        return digest if count == 1 else f"{digest}#{count}"  # the same row twice: two runs

    def call(self, row: Any) -> tuple[str, dict[str, Any]]:
        """The client method and its keyword arguments for one row."""
        if isinstance(row, Mapping) and self.id_field is not None:
            row = {key: value for key, value in row.items() if key != self.id_field}
        key = {"prompt": "deployment", "workflow": "deployment", "agent": "agent"}[self.kind]
        method = f"invoke_{self.kind}"
        call: dict[str, Any] = dict(self.defaults)
        if self.name is not None:
            call[key] = self.name
        if self.kind == "agent":
            if isinstance(row, str):
                call["message"] = row
            elif isinstance(row, Mapping):
                call.update(row)
            else:
                raise InputValidationError(
                    f"row: an agent row is a message (str) or arguments (dict), got "
                    f"{type(row).__name__}",
                    argument="row",
                )
        elif self.arguments:
            if not isinstance(row, Mapping):
                raise InputValidationError(
                    f"row: must be a dict of arguments, got {type(row).__name__}", argument="row"
                )
            call.update(row)
        else:
            if not isinstance(row, Mapping):
                raise InputValidationError(
                    f"row: must be a dict of inputs, got {type(row).__name__}", argument="row"
                )
            call["inputs"] = dict(row)
        for refused in REFUSED_ARGUMENTS:
            if refused in call:
                raise InputValidationError(
                    f"row: {refused!r} is not allowed in a batch", argument="row"
                )
        return method, call


def _concurrency(concurrency: object, plan: object) -> int:
    if concurrency is not None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InputValidationError(
                f"concurrency: must be a positive integer, got {concurrency!r}",
                argument="concurrency",
            )
        return concurrency
    if plan is None:
        return DEFAULT_CONCURRENCY
    if not isinstance(plan, str) or plan.lower() not in PLAN_CONCURRENCY:
        raise InputValidationError(
            f"plan: one of {', '.join(PLAN_CONCURRENCY)} (an Enterprise cap is custom: give "
            f"concurrency=), got {plan!r}",
            argument="plan",
        )
    return PLAN_CONCURRENCY[plan.lower()]


def _failure(error: Exception) -> FetchHiveError:
    if isinstance(error, FetchHiveError):
        return error
    raise error  # not the SDK's: a bug to see, never a row to swallow


class _Runner:
    """What the sync and async runners share: the plan, the rows, the summary, stop()."""

    def __init__(self, client: Any, plan: BatchPlan, rows: Iterable[Any]) -> None:
        self._client = client
        self._plan = plan
        self._rows = rows
        self._stopping = False
        self.summary = BatchSummary()

    @property
    def concurrency(self) -> int:
        return self._plan.concurrency

    def stop(self) -> None:
        """Take no more rows: the calls in flight finish and are still yielded (a Ctrl-C
        handler calls this, so that no started run goes unrecorded)."""
        self._stopping = True

    def _feed(self) -> _RowFeed:
        return _RowFeed(self._plan, enumerate(self._rows), self.summary)

    def _room(self, in_flight: int) -> int:
        """How many more calls may start now."""
        return 0 if self._stopping else self._plan.concurrency - in_flight


class _RowFeed:
    """The rows still to start, in order; rows an earlier run finished are counted as
    skipped and never started."""

    def __init__(
        self, plan: BatchPlan, rows: Iterator[tuple[int, Any]], summary: BatchSummary
    ) -> None:
        self._plan = plan
        self._rows = rows
        self._summary = summary

    def take(self, room: int) -> Iterator[tuple[int, str, Any]]:
        while room > 0:
            item = next(self._rows, None)
            if item is None:
                return
            index, row = item
            row_id = self._plan.row_id(row)
            if row_id in self._plan.skip:
                self._summary.skipped += 1
                continue
            room -= 1
            yield index, row_id, row


class BatchRunner(_Runner):
    """The sync batch: `for outcome in client.batch(...)`; calls run on `concurrency`
    threads (the sync client is thread-safe). `summary` adds them up as they come."""

    def __iter__(self) -> Iterator[BatchResult]:
        return self._run()

    def _one(self, index: int, row_id: str, row: Any) -> BatchResult:
        started = time.monotonic()
        try:
            method, call = self._plan.call(row)
            result = getattr(self._client, method)(**call)
        except Exception as exc:  # a row's failure is a value; a bug is raised by _failure
            return BatchResult(
                index, row_id, row, error=_failure(exc), seconds=time.monotonic() - started
            )
        return BatchResult(index, row_id, row, result=result, seconds=time.monotonic() - started)

    def _run(self) -> Iterator[BatchResult]:
        # Imported here: `import fetch_hive_sdk` stays free of what only a batch needs.
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        pending: set[Future[BatchResult]] = set()
        feed = self._feed()
        with ThreadPoolExecutor(
            self._plan.concurrency, thread_name_prefix="fetch-hive-batch"
        ) as pool:
            try:
                while True:
                    for index, row_id, row in feed.take(self._room(len(pending))):
                        pending.add(pool.submit(self._one, index, row_id, row))
                    if not pending:
                        return
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in sorted(done, key=lambda f: f.result().index):
                        outcome = future.result()
                        self.summary.add(outcome)
                        yield outcome
            finally:
                for future in pending:
                    future.cancel()  # calls not started yet; running ones finish


class AsyncBatchRunner(_Runner):
    """The async batch: `async for outcome in client.batch(...)`; calls run as tasks on
    the event loop. `summary` adds them up as they come."""

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        return self._run()

    async def _one(self, index: int, row_id: str, row: Any) -> BatchResult:
        started = time.monotonic()
        try:
            method, call = self._plan.call(row)
            result = await getattr(self._client, method)(**call)
        except Exception as exc:  # a row's failure is a value; a bug is raised by _failure
            return BatchResult(
                index, row_id, row, error=_failure(exc), seconds=time.monotonic() - started
            )
        return BatchResult(index, row_id, row, result=result, seconds=time.monotonic() - started)

    async def _run(self) -> AsyncIterator[BatchResult]:
        import asyncio  # running already: the caller's event loop

        pending: set[asyncio.Task[BatchResult]] = set()
        feed = self._feed()
        try:
            while True:
                for index, row_id, row in feed.take(self._room(len(pending))):
                    pending.add(asyncio.ensure_future(self._one(index, row_id, row)))
                if not pending:
                    return
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in sorted(done, key=lambda t: t.result().index):
                    outcome = task.result()
                    self.summary.add(outcome)
                    yield outcome
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
