"""Batch runs: one prompt, workflow or agent over many rows, a bounded number at a time.

`client.batch("prompt", "welcome-email", rows)` yields a `BatchResult` per row, in the
order the calls finish: the typed result, or the error as a value (its `error_code`), never
lost. At most `concurrency` calls are in flight (default: the plan's workflow concurrency
cap given with `plan=`, else 5); each call has the client's retry policy (a 429 at the cap
is retried; a workflow is never run twice by surprise). Rows may be skipped by id
(`skip=`), which is how a rerun resumes instead of paying twice.

Every row's id is unique within the input, so that a resume can never take one row for
another: with `id_field`, the rows are read once before the first call and a second row
with the same id is refused (`InputValidationError` naming both rows); without it, the
n-th copy of an identical row is `digest#n`.

A row that cannot become a call (no `id_field`, a missing or unknown argument, the wrong
shape) is an `InputValidationError` failure of that row, and nothing is sent for it. If
the rows themselves raise, no more rows are taken, the calls in flight are still yielded,
and then the error is raised.

`AsyncBatchRunner` (tasks on the event loop) and `BatchRunner` (threads) differ by more
than `await`, so both are written here by hand; what a row means, its id and the summary
are shared.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import math
import threading
import time
from collections import Counter
from collections.abc import (
    AsyncIterator,
    Callable,
    Collection,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from ._base_client import RequestOptions
from ._errors import FetchHiveError, InputValidationError

if TYPE_CHECKING:
    import asyncio
    import queue

BatchKind = Literal["prompt", "workflow", "agent"]
KINDS: Final = ("prompt", "workflow", "agent")
# Workflow concurrency caps by plan (api-reference section 5); Enterprise is custom.
PLAN_CONCURRENCY: Final = {"lite": 1, "starter": 3, "pro": 5}
DEFAULT_CONCURRENCY: Final = 5
# Arguments a batch cannot take per row: a batch reads whole answers.
REFUSED_ARGUMENTS: Final = ("streaming",)
# The argument that names what runs, by kind.
NAME_ARGUMENT: Final = {"prompt": "deployment", "workflow": "deployment", "agent": "agent"}


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one row: `result` (the typed answer) or `error` (an SDK error)."""

    index: int
    """The row's position in the input (0-based)."""
    row_id: str
    """The row's stable id, unique in the input: `id_field`'s value, else a digest of the
    row (`digest#2` for the second copy of an identical row)."""
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


class RowIds:
    """The ids of one pass over the rows, each unique: `id_field`'s value, else a digest of
    the row's JSON, the n-th copy of an identical row being `digest#n` (the same in every
    run over the same input). A row whose id an earlier row has is refused, naming both:
    a resume skips the rows whose id is done, so it would skip the second for the first."""

    def __init__(self, id_field: str | None) -> None:
        self._id_field = id_field
        self._copies: Counter[str] = Counter()
        self._first: dict[str, str] = {}  # id -> where the row that has it is

    def has_field(self, row: Any) -> bool:
        return isinstance(row, Mapping) and self._id_field in row

    def assign(self, row: Any, where: str) -> str:
        """The id of the row at `where` (`row index 3`, `rows.jsonl:4`)."""
        if self._id_field is not None and self.has_field(row):
            row_id = str(row[self._id_field])
        else:  # no id_field, or a row without it (a failed row, yet still one row)
            digest = row_digest(row)
            self._copies[digest] += 1
            count = self._copies[digest]
            row_id = digest if count == 1 else f"{digest}#{count}"
        first = self._first.get(row_id)
        if first is not None:
            raise InputValidationError(
                f"{where}: the id {row_id!r} is also the id of {first}: row ids must be "
                "unique (a resume skips the rows whose id is done)",
                argument="rows",
            )
        self._first[row_id] = where
        return row_id


@dataclass(frozen=True)
class _Start:
    """A row taken from the input: the call to make, or why no call can be made for it."""

    index: int
    row_id: str
    row: Any
    method: str = ""
    call: dict[str, Any] = field(default_factory=dict)
    error: InputValidationError | None = None

    def outcome(self, **fields: Any) -> BatchResult:
        return BatchResult(self.index, self.row_id, self.row, **fields)


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
        self.method = f"invoke_{kind}"
        self.name: str | None = name
        self.concurrency = _concurrency(concurrency, plan)
        self.arguments = arguments
        self.skip = frozenset(skip or ())
        self.id_field = id_field
        self.defaults = dict(defaults)
        # What the client's invoke method takes and needs; set by check_method().
        self._accepted: frozenset[str] | None = None
        self._required: frozenset[str] = frozenset()

    def check_method(self, method: Callable[..., Any]) -> None:
        """Learn the keyword arguments `method` takes and needs, and refuse `defaults` it
        does not take now (else every row would fail the same way, one call at a time)."""
        self._accepted, self._required = _keywords(method)
        unknown = sorted(set(self.defaults) - self._accepted)
        if unknown:
            raise InputValidationError(
                f"{', '.join(unknown)}: not arguments of {self.method}() "
                f"(batch-wide call arguments)",
                argument=unknown[0],
            )

    def checked_rows(self, rows: Iterable[Any]) -> Iterable[Any]:
        """`rows`, their ids checked before the first call: with `id_field`, a second row
        with the same id is refused here, naming both (a resume skips rows by id, so it
        would skip the second for the first). An iterator (a generator) can be read only
        once: it is read into a list. Without `id_field` nothing is read now: digest ids
        are unique by construction."""
        try:
            iterator = iter(rows)
        except TypeError:
            raise InputValidationError(
                f"rows: must be an iterable of rows, got {type(rows).__name__}", argument="rows"
            ) from None
        if self.id_field is None:
            return rows
        checked = list(iterator) if iterator is rows else rows
        ids = self.row_ids()
        for index, row in enumerate(checked):
            ids.assign(row, f"row index {index}")
        return checked

    def row_ids(self) -> RowIds:
        """The ids of one pass over the rows."""
        return RowIds(self.id_field)

    def start(self, index: int, row: Any, ids: RowIds) -> _Start | None:
        """The call of one row, or its refusal as a value; None for a row to skip."""
        row_id = ids.assign(row, f"row index {index}")
        if row_id in self.skip:
            return None
        if self.id_field is not None and not ids.has_field(row):
            error = InputValidationError(
                f"row index {index}: has no {self.id_field!r} field (id_field)", argument="row"
            )
            return _Start(index, row_id, row, error=error)
        try:
            method, call = self.call(row, index)
        except InputValidationError as exc:
            return _Start(index, row_id, row, error=exc)
        return _Start(index, row_id, row, method, call)

    def call(self, row: Any, index: int = 0) -> tuple[str, dict[str, Any]]:
        """The client method and its keyword arguments for one row, checked against the
        method's signature (an InputValidationError, never a TypeError mid-batch)."""
        where = f"row index {index}"
        if isinstance(row, Mapping) and self.id_field is not None:
            row = {key: value for key, value in row.items() if key != self.id_field}
        call: dict[str, Any] = dict(self.defaults)
        if self.name is not None:
            call[NAME_ARGUMENT[self.kind]] = self.name
        call.update(self._row_arguments(row, where))
        self._check_arguments(call, where)
        return self.method, call

    def _row_arguments(self, row: Any, where: str) -> Mapping[str, Any]:
        if self.kind == "agent" and isinstance(row, str):
            return {"message": row}
        if self.kind == "agent" or self.arguments:
            if isinstance(row, Mapping):
                return row
            what = "a message (str) or arguments (dict)" if self.kind == "agent" else "arguments"
            raise InputValidationError(
                f"{where}: must be {what}, got {type(row).__name__}", argument="row"
            )
        if not isinstance(row, Mapping):
            raise InputValidationError(
                f"{where}: must be a dict of inputs, got {type(row).__name__}", argument="row"
            )
        return {"inputs": dict(row)}

    def _check_arguments(self, call: Mapping[Any, Any], where: str) -> None:
        for refused in REFUSED_ARGUMENTS:
            if refused in call:
                raise InputValidationError(
                    f"{where}: {refused!r} is not allowed in a batch", argument="row"
                )
        if self._accepted is None:
            return  # no method checked: the call checks its own arguments
        missing = sorted(self._required - call.keys())
        unknown = [name for name in call if name not in self._accepted]
        if not missing and not unknown:
            return
        problems = [f"needs {name!r}" for name in missing]
        problems += [f"takes no {name!r}" for name in unknown]
        hint = (
            " (an agent row is a message, or a dict with 'message')" if "message" in missing else ""
        )
        raise InputValidationError(
            f"{where}: {self.method}() {', '.join(problems)}{hint}", argument="row"
        )


def _keywords(method: Callable[..., Any]) -> tuple[frozenset[str], frozenset[str]]:
    """The keyword arguments `method` takes and those it needs, read from its signature:
    the batch checks exactly what the call itself would."""
    accepted: set[str] = set()
    required: set[str] = set()
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:  # **options: the per-call settings
            accepted.update(RequestOptions.__annotations__)
        elif parameter.kind in (parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            accepted.add(parameter.name)
            if parameter.default is parameter.empty:
                required.add(parameter.name)
    return frozenset(accepted), frozenset(required)


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
        plan.check_method(getattr(client, plan.method))
        self._client = client
        self._plan = plan
        self._rows = plan.checked_rows(rows)
        self._stopping = False
        self._in_flight = 0
        self.summary = BatchSummary()

    @property
    def concurrency(self) -> int:
        return self._plan.concurrency

    @property
    def in_flight(self) -> int:
        """Calls started and not finished yet."""
        return self._in_flight

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
    skipped and never started. An error of the rows ends the feed and is kept for
    `raise_error()`: the calls already in flight are yielded before it is raised."""

    def __init__(
        self, plan: BatchPlan, rows: Iterator[tuple[int, Any]], summary: BatchSummary
    ) -> None:
        self._plan = plan
        self._rows = rows
        self._summary = summary
        self._ids = plan.row_ids()
        self._error: Exception | None = None

    def take(self, room: int) -> Iterator[_Start]:
        while room > 0 and self._error is None:
            try:
                index, row = next(self._rows)
                start = self._plan.start(index, row, self._ids)
            except StopIteration:
                return
            except Exception as exc:  # raised by raise_error(), once nothing is in flight
                self._error = exc
                return
            if start is None:
                self._summary.skipped += 1
                continue
            room -= 1
            yield start

    def raise_error(self) -> None:
        if self._error is not None:
            raise self._error


class BatchRunner(_Runner):
    """The sync batch: `for outcome in client.batch(...)`; each call runs on a thread of its
    own (the sync client is thread-safe), at most `concurrency` at a time. `summary` adds
    them up as they come.

    Leaving the loop early (break, an exception, Ctrl-C) or `abandon()` does not wait for
    the calls in flight: they run on to their end in the background, their results are
    dropped, and their threads are daemons that an exiting process does not wait for. To
    keep their results, call `stop()` and keep iterating."""

    def __init__(self, client: Any, plan: BatchPlan, rows: Iterable[Any]) -> None:
        super().__init__(client, plan, rows)
        self._results: queue.SimpleQueue[BatchResult | BaseException | None] | None = None

    def __iter__(self) -> Generator[BatchResult, None, None]:
        return self._run()

    def abandon(self) -> None:
        """End the iteration now, without the calls in flight (see the class docstring).
        Safe in a signal handler: a SimpleQueue's put is reentrant."""
        self._stopping = True
        if self._results is not None:
            self._results.put(None)  # wakes the iterating thread

    def _one(self, start: _Start) -> BatchResult:
        if start.error is not None:
            return start.outcome(error=start.error)  # nothing sent
        started = time.monotonic()
        try:
            result = getattr(self._client, start.method)(**start.call)
        except Exception as exc:  # a row's failure is a value; a bug is raised by _failure
            return start.outcome(error=_failure(exc), seconds=time.monotonic() - started)
        return start.outcome(result=result, seconds=time.monotonic() - started)

    def _work(
        self, start: _Start, results: queue.SimpleQueue[BatchResult | BaseException | None]
    ) -> None:
        try:
            results.put(self._one(start))
        except BaseException as exc:  # raised in the iterating thread, not lost in this one
            results.put(exc)

    def _run(self) -> Generator[BatchResult, None, None]:
        import queue  # here: `import fetch_hive_sdk` stays free of what only a batch needs

        results: queue.SimpleQueue[BatchResult | BaseException | None] = queue.SimpleQueue()
        self._results, self._in_flight = results, 0
        feed = self._feed()
        while True:
            for start in feed.take(self._room(self._in_flight)):
                self._in_flight += 1
                threading.Thread(
                    target=self._work, args=(start, results), name="fetch-hive-batch", daemon=True
                ).start()
            if not self._in_flight:
                break
            outcome = results.get()
            if outcome is None:
                return  # abandoned
            self._in_flight -= 1
            if isinstance(outcome, BaseException):
                raise outcome
            self.summary.add(outcome)
            yield outcome
        feed.raise_error()


class AsyncBatchRunner(_Runner):
    """The async batch: `async for outcome in client.batch(...)`; calls run as tasks on
    the event loop. `summary` adds them up as they come. Leaving the loop early (break and
    `aclose()`, an exception, cancelling the task) cancels the calls in flight."""

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        # Over aiohttp when it is installed and the client owns its pool: a batch's many
        # calls then cost a fraction of the CPU (see AioHttpClient).
        from ._aiohttp_client import client_over_aiohttp

        client = client_over_aiohttp(self._client)
        return self._run(self._client) if client is None else self._run_with(client)

    async def _run_with(self, client: Any) -> AsyncIterator[BatchResult]:
        """`_run()` with the calls made by `client`, closed at the end."""
        outcomes = self._run(client)
        try:
            async for outcome in outcomes:
                yield outcome
        finally:
            await outcomes.aclose()  # type: ignore[attr-defined]  # cancels the calls in flight
            await client.close()

    async def _one(self, client: Any, start: _Start) -> BatchResult:
        if start.error is not None:
            return start.outcome(error=start.error)  # nothing sent
        started = time.monotonic()
        try:
            result = await getattr(client, start.method)(**start.call)
        except Exception as exc:  # a row's failure is a value; a bug is raised by _failure
            return start.outcome(error=_failure(exc), seconds=time.monotonic() - started)
        return start.outcome(result=result, seconds=time.monotonic() - started)

    async def _run(self, client: Any) -> AsyncIterator[BatchResult]:
        import asyncio  # running already: the caller's event loop

        pending: set[asyncio.Task[BatchResult]] = set()
        feed = self._feed()
        try:
            while True:
                for start in feed.take(self._room(len(pending))):
                    pending.add(asyncio.ensure_future(self._one(client, start)))
                self._in_flight = len(pending)
                if not pending:
                    break
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                self._in_flight = len(pending)
                for task in sorted(done, key=lambda t: t.result().index):
                    outcome = task.result()
                    self.summary.add(outcome)
                    yield outcome
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            self._in_flight = 0  # cancelled and ended
        feed.raise_error()
