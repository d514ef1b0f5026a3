"""`fetch-hive batch prompt|workflow|agent NAME --input FILE --out FILE`: a batch from the
terminal, with a live progress bar, results saved as they come, and resumable.

- Input: JSON lines (`.jsonl`, `.ndjson`: one object per line; for agents also a string)
  or CSV (`.csv`: a header row, then one row of inputs per line; for agents a `message`
  column). The whole file is read once before the first call, a line at a time: a line
  that is not strict JSON (NaN, Infinity, nested too deeply...) or not a row is a usage
  error (exit 2) naming its line, and nothing is sent; so is a row whose `--id-field`
  value an earlier row has (naming both lines: a resume skips rows by id, so it would
  skip one of them). A row that cannot become a call (no `--id-field` value, a missing or
  unknown argument) is a failed row, saved as such.
- Output: one complete JSON line per row (`BatchResult.to_json()`), written in one write
  as soon as the call ends. A rerun with the same `--out` skips the rows already done (by
  row id), so it resumes instead of paying twice; rows that failed are run again, so a row
  may have several lines: its final outcome is the last. A last line cut off by a kill is
  removed before resuming; any other line that is not one of ours stops the command (exit
  2, naming the line): a file we do not understand is never appended to. An `--out` that
  cannot be written is exit 2 before anything is sent; a write refused mid-run (a full
  disk) stops the command, exit 1: a rerun resumes.
- Ctrl-C: no more rows are started; the calls in flight finish and are saved. A second
  Ctrl-C abandons them: the command ends at once without waiting for their answers,
  which are not saved (the server may still finish those calls, and bill them); their
  rows have no line, so a rerun runs them again. The file holds whole lines either way.
- At the end, a summary: rows done (this run and before), failed by `error_code`, tokens,
  p50/p95 latency. Exit 0 when every row is done, 1 when some failed (or `--out` refused
  a line), 2 for a bad argument, input line or duplicate id, or no API key (nothing
  sent), 130 on Ctrl-C.

The progress bar and the summary table use rich (`pip install 'fetch-hive-sdk-python[cli]'`);
without it, plain lines are printed.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from io import FileIO
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from ._batch import KINDS, PLAN_CONCURRENCY, BatchResult, BatchRunner, BatchSummary, RowIds
from ._cli_args import (
    _CommandError,
    _UsageError,
    add_global_options,
    client_from_args,
    parse_json,
    parse_pairs,
    reason,
)
from ._errors import MissingAPIKeyError

EXIT_ROWS_FAILED = 1
EXIT_INTERRUPTED = 130


def add_parser(commands: Any) -> None:
    batch = commands.add_parser(
        "batch",
        help="run a prompt, workflow or agent over the rows of a file",
        description=__doc__.split("\n\n")[0],
    )
    batch.add_argument("kind", choices=KINDS)
    batch.add_argument("name", help="the deployment (prompt, workflow) or the agent's id")
    batch.add_argument(
        "--input", required=True, type=Path, metavar="FILE", help=".jsonl or .csv rows"
    )
    batch.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="results, one JSON line each"
    )
    batch.add_argument(
        "--concurrency", type=int, help="calls in flight (default: the plan's cap, else 5)"
    )
    batch.add_argument(
        "--plan", choices=sorted(PLAN_CONCURRENCY), help="use this plan's concurrency cap"
    )
    batch.add_argument("--id-field", help="the row field that identifies a row (default: a digest)")
    batch.add_argument(
        "--arguments", action="store_true", help="rows are invoke arguments, not inputs"
    )
    batch.add_argument("--variant", help="deployment variant of every call")
    batch.add_argument(
        "--metadata", action="append", metavar="KEY=VALUE", help="metadata of every call"
    )
    batch.add_argument("--user", help="opaque caller id of every call")
    batch.add_argument("--callback-url", help="workflows: callback delivery to this URL")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_global_options(batch, after_command=True)
    batch.set_defaults(run=cmd_batch, prints=False)  # rows go to --out, the rest to stderr


def cmd_batch(args: argparse.Namespace, out: TextIO) -> int:
    with client_from_args(args) as client:
        if not client.has_api_key:  # every row would fail the same way: send none
            raise MissingAPIKeyError()
        metadata = parse_pairs(args.metadata, "--metadata") or None
        return run_batch_command(args, client, metadata, out)


class InputRows:
    """The rows of the input file, read afresh (a line at a time) each time they are
    iterated: the batch reads them once to check their ids, then once to run them, and
    never holds the file in memory."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind

    def __iter__(self) -> Iterator[Any]:
        return (row for _, row in numbered_rows(self.path, self.kind))


def numbered_rows(path: Path, kind: str) -> Iterator[tuple[int, Any]]:
    """The rows of a .jsonl/.ndjson or .csv file with their line numbers, one at a time;
    a bad line is a `_UsageError` naming it."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_rows(path, kind)
    elif suffix == ".csv":
        yield from _csv_rows(path)
    else:
        raise _UsageError(f"--input {path}: expected a .jsonl, .ndjson or .csv file")


def _jsonl_rows(path: Path, kind: str) -> Iterator[tuple[int, Any]]:
    with path.open("rb") as lines:
        for number, text in enumerate(_text_lines(lines, path), start=1):
            if not text.strip():
                continue
            row = parse_json(text, f"{path}:{number}")  # strict: no NaN, no RecursionError
            if not isinstance(row, dict) and not (kind == "agent" and isinstance(row, str)):
                raise _UsageError(f"{path}:{number}: a row must be a JSON object")
            yield number, row


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open("rb") as lines:
        reader = csv.DictReader(_text_lines(lines, path))
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as exc:
            raise _UsageError(f"{path}:{reader.line_num}: not a CSV row ({exc})") from None


def _text_lines(lines: Iterable[bytes], path: Path) -> Iterator[str]:
    """Lines decoded one by one, so that one that is not UTF-8 is named. utf-8-sig: a
    spreadsheet's byte-order mark is not part of the first column's name."""
    for number, line in enumerate(lines, start=1):
        try:
            yield line.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _UsageError(f"{path}:{number}: not UTF-8 text") from None


def check_rows(path: Path, kind: str, id_field: str | None) -> int:
    """Read every row once before the first call, so that a bad line, or a row whose id
    an earlier row has (a resume would skip it), stops the command before anything is
    paid for; the count is the progress bar's total."""
    ids = RowIds(id_field)
    count = 0
    for number, row in numbered_rows(path, kind):
        ids.assign(row, f"{path}:{number}")  # the same ids as the run's
        count += 1
    return count


def resume(out: Path) -> tuple[set[str], BatchSummary]:
    """The ids of the rows an earlier run did (the last line of a row counts), after
    removing a last line that a kill cut off."""
    done: set[str] = set()
    before = BatchSummary()
    if not out.exists():
        return done, before
    if not out.is_file():  # a folder, or a device that reading would never finish
        raise _UsageError(f"--out {out}: not a regular file")
    try:
        data = out.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):
            with out.open("r+b") as file:  # a kill cut the last line: drop it
                file.truncate(len(complete))
    except OSError as exc:
        raise _UsageError(f"--out {out}: cannot resume from it ({reason(exc)})") from None
    last: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(complete.splitlines(), start=1):
        if line.strip():
            record = _record(line, f"--out {out}:{number}")
            last[str(record["row_id"])] = record
    for row_id, record in last.items():
        if record.get("status") == "ok":
            done.add(row_id)
            before.done += 1
            tokens = record.get("tokens")
            before.tokens += tokens if isinstance(tokens, int) else 0
    return done, before


def _record(line: bytes, where: str) -> dict[str, Any]:
    """One line of an earlier run; anything else is a `_UsageError` naming the line."""
    try:
        record = parse_json(line.decode("utf-8"), "the line")
    except UnicodeDecodeError:
        raise _UsageError(f"{where}: not a line of fetch-hive batch (not UTF-8)") from None
    except _UsageError as exc:
        raise _UsageError(f"{where}: not a line of fetch-hive batch ({exc})") from None
    if not isinstance(record, dict) or "row_id" not in record:
        raise _UsageError(f"{where}: not a line of fetch-hive batch")
    return record


class _Progress:
    """A live bar (rich) or, without rich or a terminal, a line now and then."""

    def __init__(self, total: int, already: int, enabled: bool) -> None:
        self.total, self.already = total, already
        self.started = time.monotonic()
        self._bar: Any = None
        self._last_line = 0.0
        if not enabled:
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )
        except ImportError:
            return
        # On stderr: the terminal the caller found; stdout may be a pipe.
        self._bar = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TimeRemainingColumn(),
            TextColumn("failed {task.fields[failed]}  tokens {task.fields[tokens]:,}"),
            console=Console(stderr=True),
            transient=False,
            redirect_stdout=False,
        )
        self._task = self._bar.add_task(
            "batch", total=total, completed=already, rate=0.0, failed=0, tokens=0
        )
        self._bar.start()

    def update(self, summary: BatchSummary) -> None:
        finished = summary.done + summary.failed
        rate = finished / max(time.monotonic() - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(
                self._task, completed=self.already + finished, rate=rate,
                failed=summary.failed, tokens=summary.tokens,
            )  # fmt: skip
        elif time.monotonic() - self._last_line >= 2.0:
            self._last_line = time.monotonic()
            sys.stderr.write(
                f"batch: {self.already + finished}/{self.total} rows, {rate:.1f}/s, "
                f"{summary.failed} failed, {summary.tokens:,} tokens\n"
            )

    def note(self, text: str) -> None:
        """A line for the user, above the bar when there is one."""
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False)
        else:
            sys.stderr.write(f"\n{text}\n")

    def close(self, summary: BatchSummary) -> None:
        if self._bar is not None:
            self._bar.stop()
        else:
            self._last_line = 0.0
            self.update(summary)  # the final line


def summary_text(
    summary: BatchSummary,
    before: BatchSummary,
    seconds: float,
    interrupted: bool,
    abandoned: int = 0,
) -> str:
    p50, p95 = summary.percentile(0.5), summary.percentile(0.95)
    rows = [
        ("done", f"{summary.done} this run, {before.done} before"),
        ("failed", str(summary.failed)),
        *((f"  {code}", str(count)) for code, count in summary.failures.most_common()),
        ("tokens", f"{summary.tokens + before.tokens:,}"),
        ("latency p50 / p95", f"{p50 or 0:.3f} s / {p95 or 0:.3f} s"),
        ("time", f"{seconds:.1f} s" + (" (interrupted)" if interrupted else "")),
    ]
    if abandoned:
        rows.append(("abandoned", f"{abandoned} calls in flight, not saved"))
    try:
        from io import StringIO

        from rich.console import Console
        from rich.table import Table
    except ImportError:
        return "\n".join(f"{name:<20} {value}" for name, value in rows) + "\n"
    table = Table(title="fetch-hive batch", show_header=False)
    for name, value in rows:
        table.add_row(name, value)
    buffer = StringIO()
    Console(file=buffer, width=80).print(table)
    return buffer.getvalue()


def run_batch_command(
    args: argparse.Namespace, client: Any, metadata: dict[str, Any] | None, out: TextIO
) -> int:
    """The command itself (cli.main supplies the client and parses `--metadata`)."""
    if not args.input.is_file():
        raise _UsageError(f"--input {args.input}: no such file")
    try:
        total = check_rows(args.input, args.kind, args.id_field)
    except OSError as exc:
        raise _UsageError(f"--input {args.input}: cannot read it ({reason(exc)})") from None
    defaults: dict[str, Any] = {
        key: value
        for key, value in (("variant", args.variant), ("metadata", metadata), ("user", args.user))
        if value is not None
    }
    if args.callback_url:
        if args.kind != "workflow":
            raise _UsageError("--callback-url is for workflow batches")
        defaults.update(async_mode=True, callback_url=args.callback_url)
    done_ids, before = resume(args.out)
    runner: BatchRunner = client.batch(
        args.kind, args.name, InputRows(args.input, args.kind),
        concurrency=args.concurrency, plan=args.plan, arguments=args.arguments,
        skip=done_ids, id_field=args.id_field, **defaults,
    )  # fmt: skip
    results = _open_out(args.out)  # before the first call: a place we cannot write costs nothing
    progress = _Progress(total, len(done_ids), enabled=not args.no_progress and sys.stderr.isatty())
    interrupts = 0

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts == 1:
            runner.stop()
            progress.note(
                "fetch-hive: stopping: saving the calls in flight (Ctrl-C again to abandon them)"
            )
        else:  # never waits: the calls in flight are left to end without us
            runner.abandon()
            progress.note(
                f"fetch-hive: abandoning {runner.in_flight} calls in flight: not saved, "
                "a rerun runs their rows again"
            )

    previous = signal.signal(signal.SIGINT, on_interrupt)
    started = time.monotonic()
    try:
        with results:
            for outcome in runner:
                try:
                    _write(results, outcome)
                except OSError as exc:  # a full disk: stop, and say what is not saved
                    raise _CommandError(
                        f"--out {args.out}: cannot write ({reason(exc)}): stopped; the row "
                        f"{outcome.row_id!r} and the calls in flight are not saved, a rerun "
                        "runs them again"
                    ) from None
                progress.update(runner.summary)
    finally:
        signal.signal(signal.SIGINT, previous)
        progress.close(runner.summary)
    abandoned = runner.in_flight if interrupts > 1 else 0
    seconds = time.monotonic() - started
    sys.stderr.write(summary_text(runner.summary, before, seconds, interrupts > 0, abandoned))
    if interrupts:
        return EXIT_INTERRUPTED
    return EXIT_ROWS_FAILED if runner.summary.failed else 0


def _open_out(out: Path) -> FileIO:
    """`--out` for appending, unbuffered: each line goes to the file in one write, and a
    write that fails leaves nothing pending to fail again at close."""
    try:
        return out.open("ab", buffering=0)
    except OSError as exc:
        raise _UsageError(f"--out {out}: cannot write there ({reason(exc)})") from None


def _write(results: FileIO, outcome: BatchResult) -> None:
    # One line at a time, written at once: the file holds whole lines, whatever happens
    # next (a line cut by a kill or a full disk is dropped by the next resume).
    line = outcome.to_json()
    try:
        text = json.dumps(line, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:  # NaN or Infinity in an answer: JSON has neither (a rerun reads it)
        text = json.dumps(_finite(line), ensure_ascii=False, default=str)
    data = memoryview((text + "\n").encode("utf-8"))
    while data:  # a short write is followed by the error that cut it
        data = data[results.write(data) or 0 :]


def _finite(value: Any) -> Any:
    """`value` with NaN and Infinity as null, as JavaScript's JSON.stringify writes them."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value
