"""Mutation testing of the SDK's core modules (`make mutation`): which changes of the code
do the tests fail to notice?

mutmut 3.8.1 cannot be used here (it derives module names from ./, src/ or source/, while
this repository's packages sit in wrapper/ behind an editable install: its run stops with
"could not find any test case for any mutant"); cosmic-ray 8.7.0 mutates the checkout in
place and runs one fixed test command per mutant. So this harness, in four steps:

1. the tests of tests/wrapper, tests/webhooks and tests/cli run once under coverage, each
   test its own coverage context: which tests run each line, and how long each takes;
2. each target module is parsed and every mutation point listed (the operators below);
3. each mutant is written into a private copy of wrapper/ (first on sys.path and on
   PYTHONPATH, so subprocesses see it too) and only the tests that ran its lines are run, in
   a process forked from one that imported pytest and the third-party libraries already;
   the first failure kills the mutant (`-x`); a run past its time limit kills it too;
4. the report, docs/mutation.md: the score of each module, its survivors, and the mutants
   judged equivalent (scripts/mutation_equivalents.toml, each with its reason).

    python scripts/mutation.py [--module fetch_hive_sdk._retry ...] [--jobs 2]
        [--survivors-only] [--reuse-map] [--extra-tests tests/x.py ...] [--report PATH]
        [--report-only]
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRAPPER = ROOT / "wrapper"
WORK = Path(os.environ.get("MUTATION_WORK", ROOT / ".mutation"))
EQUIVALENTS = ROOT / "scripts" / "mutation_equivalents.toml"
REPORT = ROOT / "docs" / "mutation.md"
TARGET = 0.95

TARGETS = {
    "fetch_hive_sdk._retry": "fetch_hive_sdk/_retry.py",
    "fetch_hive_sdk._sse": "fetch_hive_sdk/_sse.py",
    "fetch_hive_sdk._stream_state": "fetch_hive_sdk/_stream_state.py",
    "fetch_hive_sdk._rules": "fetch_hive_sdk/_rules.py",
    "fetch_hive_sdk._invoke_arguments": "fetch_hive_sdk/_invoke_arguments.py",
    "fetch_hive_runtime._object": "fetch_hive_runtime/_object.py",
    "fetch_hive_sdk.webhooks._signature": "fetch_hive_sdk/webhooks/_signature.py",
    "fetch_hive_sdk.webhooks._replay": "fetch_hive_sdk/webhooks/_replay.py",
    "fetch_hive_sdk.webhooks._replay_sqlite": "fetch_hive_sdk/webhooks/_replay_sqlite.py",
    "fetch_hive_sdk.webhooks._replay_redis": "fetch_hive_sdk/webhooks/_replay_redis.py",
    "fetch_hive_sdk._batch": "fetch_hive_sdk/_batch.py",
}
MAP_TESTS = ["tests/wrapper", "tests/webhooks", "tests/cli"]
# Type-checker and toolchain tests: no mutant changes what they check.
MAP_DESELECT = "not packaging and not slow and not mypy"
PRAGMA = "pragma: no mutate"


# -- Mutation points ----------------------------------------------------------------------------

COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
BINARY_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.Div,
    ast.Pow: ast.Mult,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.BitXor: ast.BitAnd,
}


@dataclass
class Point:
    """One mutation of a module: where, and what it becomes."""

    index: int
    line: int
    operator: str
    before: str
    after: str


class Mutator(ast.NodeTransformer):
    """Walks a module in a fixed order, offering each mutation point; with `target`, applies
    the mutation of that index and leaves the rest alone."""

    def __init__(self, source: str, target: int | None = None) -> None:
        self.lines = source.splitlines()
        self.target = target
        self.points: list[Point] = []

    # Which nodes are never mutated: docstrings, annotations, `if TYPE_CHECKING:`, `__all__`,
    # the literal parts of f-strings, and lines marked `# pragma: no mutate`.

    def offer(self, node: ast.AST, replacement: ast.AST, operator: str) -> ast.AST:
        line = getattr(node, "lineno", 0)
        if PRAGMA in self.lines[line - 1]:
            return node
        index = len(self.points)
        before, after = ast.unparse(node), ast.unparse(ast.fix_missing_locations(replacement))
        self.points.append(Point(index, line, operator, _short(before), _short(after)))
        if index == self.target:
            return ast.copy_location(replacement, node)
        return node

    def _body(self, body: list[ast.stmt]) -> list[ast.stmt]:
        start = 1 if body and _is_docstring(body[0]) else 0
        out = body[:start]
        for statement in body[start:]:
            new = self.visit(statement)
            out.extend(new if isinstance(new, list) else [new])
        return out

    def visit_Module(self, node: ast.Module) -> ast.AST:
        node.body = self._body(node.body)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.bases = [self.visit(base) for base in node.bases]
        node.body = self._body(node.body)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        node.args.kw_defaults = [d if d is None else self.visit(d) for d in node.args.kw_defaults]
        node.body = self._body(node.body)
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> ast.AST:
        if ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            return node
        return self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return node
        self.generic_visit(node)
        if not _is_none(node.value):
            new = copy.deepcopy(node)
            new.value = ast.Constant(None)
            return self.offer(node, new, "assign None")
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                value.value = self.visit(value.value)
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swap = COMPARE_SWAPS.get(type(op))
            if swap is not None:
                new = copy.deepcopy(node)
                new.ops[i] = swap()
                result = self.offer(node, new, "compare")
                if result is not node:
                    return result
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        swap = BINARY_SWAPS.get(type(node.op))
        if swap is None or (isinstance(node.op, ast.Mod) and _is_str(node.left)):
            return node
        return self.offer(node, ast.BinOp(node.left, swap(), node.right), "arithmetic")

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        swap = BINARY_SWAPS.get(type(node.op))
        if swap is None:
            return node
        return self.offer(node, ast.AugAssign(node.target, swap(), node.value), "arithmetic")

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return self.offer(node, ast.BoolOp(other, node.values), "and/or")

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not | ast.USub | ast.Invert):
            return self.offer(node, node.operand, "drop unary")
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            return self.offer(node, ast.Constant(not value), "constant")
        if isinstance(value, int | float):
            return self.offer(node, ast.Constant(value + 1), "constant")
        if isinstance(value, str):
            return self.offer(node, ast.Constant(f"XX{value}XX"), "constant")
        if isinstance(value, bytes):
            return self.offer(node, ast.Constant(b"XX" + value + b"XX"), "constant")
        return node

    def visit_Return(self, node: ast.Return) -> ast.AST:
        self.generic_visit(node)
        if node.value is None or _is_none(node.value):
            return node
        return self.offer(node, ast.Return(ast.Constant(None)), "return None")

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if _is_str(node.value):  # a docstring of an attribute: no code
            return node
        self.generic_visit(node)
        if isinstance(node.value, ast.Call | ast.Await):
            return self.offer(node, ast.Pass(), "drop call")
        return node

    def visit_Break(self, node: ast.Break) -> ast.AST:
        return self.offer(node, ast.Continue(), "break/continue")

    def visit_Continue(self, node: ast.Continue) -> ast.AST:
        return self.offer(node, ast.Break(), "break/continue")

    # Annotations are never visited.
    def visit_arg(self, node: ast.arg) -> ast.AST:
        return node


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and _is_str(statement.value)


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 90 else text[:87] + "..."


def mutation_points(source: str) -> list[Point]:
    mutator = Mutator(source)
    mutator.visit(ast.parse(source))
    return mutator.points


def mutated_source(source: str, index: int) -> str:
    mutator = Mutator(source, target=index)
    tree = ast.fix_missing_locations(mutator.visit(ast.parse(source)))
    return ast.unparse(tree) + "\n"


# -- Step 1: which tests run which lines ---------------------------------------------------


def build_map(paths: Sequence[str], out: Path) -> None:
    """Runs in a fresh process (`--map`): coverage must start before the SDK is imported."""
    import coverage
    import pytest

    files = [str(WRAPPER / relative) for relative in TARGETS.values()]
    cov = coverage.Coverage(data_file=None, include=files, config_file=False)
    durations: dict[str, float] = {}

    class Contexts:
        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_protocol(self, item: pytest.Item) -> Iterator[None]:
            cov.switch_context(item.nodeid)
            try:
                return (yield)
            finally:
                cov.switch_context("")

        def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
            durations[report.nodeid] = durations.get(report.nodeid, 0.0) + report.duration

    cov.start()
    status = pytest.main(
        ["-q", "-p", "no:cacheprovider", "-m", MAP_DESELECT, *paths], plugins=[Contexts()]
    )
    cov.stop()
    if status not in (0, 5):
        raise SystemExit(f"the tests fail without any mutant (pytest exit {status})")
    data = cov.get_data()
    lines: dict[str, dict[str, list[str]]] = {}
    for module, relative in TARGETS.items():
        by_line = data.contexts_by_lineno(str(WRAPPER / relative))
        lines[module] = {str(n): sorted(c for c in contexts) for n, contexts in by_line.items()}
    out.write_text(json.dumps({"lines": lines, "durations": durations}))


def load_map(path: Path) -> tuple[dict[str, dict[int, set[str]]], dict[str, float]]:
    data = json.loads(path.read_text())
    lines = {
        module: {int(n): set(contexts) for n, contexts in by_line.items()}
        for module, by_line in data["lines"].items()
    }
    return lines, data["durations"]


def statement_lines(tree: ast.Module) -> dict[int, int]:
    """Each line -> the first line of the innermost statement holding it (coverage records
    a statement on its first line); the line of a `def` (its defaults, its decorators) -> the
    first line of its body, whose tests are the ones that call it."""
    first: dict[int, int] = {}
    statements = [node for node in ast.walk(tree) if isinstance(node, ast.stmt)]
    for node in sorted(
        statements, key=lambda n: (n.end_lineno or n.lineno) - n.lineno, reverse=True
    ):
        target = node.lineno
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            # The first statement that runs: a docstring is no code, coverage never sees it.
            body = node.body[1:] if _is_docstring(node.body[0]) and node.body[1:] else node.body
            start = node.decorator_list[0].lineno if node.decorator_list else node.lineno
            for line in range(start, node.body[0].lineno):
                first[line] = body[0].lineno
            continue
        for line in range(target, (node.end_lineno or target) + 1):
            first[line] = target
    return first


class Selection:
    """Which tests run a line of one module (from the coverage map)."""

    def __init__(self, by_line: dict[int, set[str]], all_tests: Iterable[str]) -> None:
        self.by_line = by_line
        # The test files that run the module, all their tests: a test that only reads a
        # constant (a rule's name) runs no line of the module.
        files = {test.split("::")[0] for test in set().union(*by_line.values()) - {""}}
        self.everything = sorted(t for t in all_tests if t.split("::")[0] in files)

    def tests_for(self, line: int) -> list[str] | None:
        """The tests that run the statement of the mutated line; for code that (also) runs
        at import (a constant, a class body, what builds a model), every test of the test
        files that run the module; None if no test runs it."""
        contexts = self.by_line.get(line, set())
        if "" in contexts:  # also run at import: what it builds then, every test may read
            return self.everything
        if contexts:
            return sorted(contexts)
        return None


# -- Step 3: the runs ----------------------------------------------------------------------------


@dataclass
class Result:
    module: str
    index: int
    line: int
    operator: str
    before: str
    after: str
    status: str  # killed, timeout, survived, uncovered, equivalent
    tests: int = 0
    seconds: float = 0.0
    reason: str = ""


@dataclass
class Job:
    module: str
    point: Point
    source: str
    tests: list[str]
    limit: float
    # The mutated statement also runs while the module's users are imported (a model's
    # shapes are built then): swapping code afterwards would miss those runs.
    at_import: bool = False
    workdir: Path = field(default=Path())
    swap: Swap | None = None


def run_jobs(jobs: list[Job], workers: int, on_done: Callable[[Job, str, float], None]) -> None:
    """At most `workers` test runs at a time, each with its own copy of wrapper/ (on PYTHONPATH,
    for the tests' subprocesses). A mutant inside a function runs in a process forked from this
    one after it imported every test module: the child swaps the function's code for the
    mutant's and runs the tests, with nothing to import. Other mutants (a constant, a class
    body, a default) need the module imported anew: a fresh `python -m pytest`."""
    environ = os.environ
    environ["HYPOTHESIS_PROFILE"] = "mutation"
    environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True
    _collect({test.split("::")[0] for job in jobs for test in job.tests})
    for job in jobs:
        job.swap = _swap_plan(job)
    fast = sum(job.swap is not None for job in jobs)
    print(f"mutation: {fast} mutants run in forked processes, {len(jobs) - fast} in fresh ones")
    free = [_copy_tree(i) for i in range(workers)]
    running: dict[int, tuple[Job, float]] = {}
    pending = list(jobs)
    while pending or running:
        while pending and free:
            job = pending.pop(0)
            job.workdir = free.pop()
            (job.workdir / TARGETS[job.module]).write_text(job.source)
            running[_start(job)] = (job, time.monotonic())
        time.sleep(0.02)
        for pid, (job, started) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            elapsed = time.monotonic() - started
            if done == 0 and elapsed < job.limit:
                continue
            if done == 0:
                _kill_group(pid)
                os.waitpid(pid, 0)
                outcome = "timeout"
            else:
                outcome = "killed" if os.waitstatus_to_exitcode(status) != 0 else "survived"
                _kill_group(pid)  # servers a test left behind
            del running[pid]
            original = (WRAPPER / TARGETS[job.module]).read_text()
            (job.workdir / TARGETS[job.module]).write_text(original)
            free.append(job.workdir)
            on_done(job, outcome, elapsed)


def _collect(files: set[str]) -> None:
    """Import every test module (and so the SDK) here, once, as pytest does."""
    import pytest

    null = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1), os.dup(2)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        status = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *sorted(files)])
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
    if status != 0:
        raise SystemExit(f"mutation: collecting the tests failed (pytest exit {status})")


def _copy_tree(i: int) -> Path:
    workdir = WORK / f"worker-{i}"
    shutil.rmtree(workdir, ignore_errors=True)
    shutil.copytree(WRAPPER, workdir, ignore=shutil.ignore_patterns("__pycache__"))
    return workdir


# -- Swapping a function's code in place --------------------------------------------------


@dataclass
class Swap:
    """The live function that holds the mutant, and the code to give it."""

    function: types.FunctionType
    code: types.CodeType


def _swap_plan(job: Job) -> Swap | None:
    """The swap for a mutant inside a function's body; None when the module must be imported
    anew (module or class level, a default, a decorator, a function that also runs while
    modules are imported) or the function is not found."""
    module = sys.modules.get(job.module)
    if module is None or job.at_import:
        return None
    path = str(WRAPPER / TARGETS[job.module])
    original = (WRAPPER / TARGETS[job.module]).read_text()
    qualname, ordinal = _enclosing_function(ast.parse(original), job.point.line)
    if qualname is None:
        return None
    before = _codes_named(compile(original, path, "exec"), qualname)
    after = _codes_named(compile(job.source, path, "exec"), qualname)
    if len(before) != len(after) or ordinal >= len(before):
        return None
    first_line = before[ordinal].co_firstlineno
    for function in _live_functions(module):
        code = function.__code__
        if code.co_qualname == qualname and code.co_firstlineno == first_line:
            new = after[ordinal]
            if new.co_freevars != code.co_freevars:
                return None
            return Swap(function, new)
    return None


def _enclosing_function(tree: ast.Module, line: int) -> tuple[str | None, int]:
    """The qualified name of the outermost function whose body holds `line` (a function in
    a function lives only in its caller's code), with its ordinal among the defs of that
    name (overloads, a property's setter); None at module or class level."""
    seen: dict[str, int] = {}
    found: tuple[str | None, int] = (None, 0)

    def walk(body: list[ast.stmt], prefix: str) -> None:
        nonlocal found
        for node in body:
            if isinstance(node, ast.ClassDef):
                walk(node.body, f"{prefix}{node.name}.")
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + node.name
                ordinal = seen.get(name, 0)
                seen[name] = ordinal + 1
                if node.body[0].lineno <= line <= (node.end_lineno or node.lineno):
                    found = (name, ordinal)
            else:  # `if`, `try`, `with` at module or class level
                for field_name in ("body", "orelse", "finalbody"):
                    walk(getattr(node, field_name, []), prefix)
                for handler in getattr(node, "handlers", []):
                    walk(handler.body, prefix)

    walk(tree.body, "")
    return found


def _codes_named(code: types.CodeType, qualname: str) -> list[types.CodeType]:
    found = []
    stack = [code]
    while stack:
        current = stack.pop()
        if current.co_qualname == qualname:
            found.append(current)
        stack.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    return sorted(found, key=lambda c: c.co_firstlineno)


def _live_functions(module: types.ModuleType) -> list[types.FunctionType]:
    found: list[types.FunctionType] = []
    seen: set[int] = set()

    def visit(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, staticmethod | classmethod):
            visit(value.__func__)
        elif isinstance(value, property):
            for accessor in (value.fget, value.fset, value.fdel):
                visit(accessor)
        elif isinstance(value, functools.cached_property):
            visit(value.func)
        elif isinstance(value, types.FunctionType):
            if value.__module__ == module.__name__:
                found.append(value)
            visit(getattr(value, "__wrapped__", None))
        elif isinstance(value, type) and value.__module__ == module.__name__:
            for member in vars(value).values():
                visit(member)
        elif hasattr(value, "__wrapped__"):
            visit(value.__wrapped__)

    for value in list(vars(module).values()):
        visit(value)
    return found


def _start(job: Job) -> int:
    """The test run of one mutant, in its own process group; returns its pid."""
    tests = ["-x", "-q", "-p", "no:cacheprovider", *job.tests]
    pid = os.fork()
    if pid:
        return pid
    try:
        os.setpgrp()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.environ["PYTHONPATH"] = os.pathsep.join(
            [str(job.workdir), *filter(None, [os.environ.get("PYTHONPATH")])]
        )
        if job.swap is None:
            os.execv(sys.executable, [sys.executable, "-m", "pytest", *tests])
        job.swap.function.__code__ = job.swap.code
        import pytest

        os._exit(int(pytest.main(tests)))
    except BaseException:
        os._exit(3)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


# -- Step 4: the report ----------------------------------------------------------------------


def load_equivalents() -> dict[str, dict[tuple[int, str, str], str]]:
    """module -> (line, before, after) -> reason."""
    if not EQUIVALENTS.exists():
        return {}
    data = tomllib.loads(EQUIVALENTS.read_text())
    out: dict[str, dict[tuple[int, str, str], str]] = {}
    for entry in data.get("equivalent", []):
        key = (int(entry["line"]), entry["before"], entry["after"])
        out.setdefault(entry["module"], {})[key] = entry["reason"]
    return out


def score(results: list[Result]) -> tuple[int, int, int, float]:
    """(killed, counted, equivalents, score) where counted leaves the equivalents out."""
    killed = sum(r.status in ("killed", "timeout") for r in results)
    equivalents = sum(r.status == "equivalent" for r in results)
    counted = len(results) - equivalents
    return killed, counted, equivalents, (killed / counted if counted else 1.0)


def write_report(results: list[Result], path: Path, seconds: float, mode: str) -> str:
    by_module: dict[str, list[Result]] = {}
    for result in results:
        by_module.setdefault(result.module, []).append(result)
    lines = [
        "# Mutation testing",
        "",
        "`make mutation` (scripts/mutation.py) changes the code of the core modules one small",
        "step at a time (a comparison, an operator, a constant, a returned value, a dropped call,",
        "`and`/`or`, `break`/`continue`) and runs the tests that run the changed lines: a mutant",
        "that no test notices is a survivor. Mutants that cannot change any behaviour are judged",
        "equivalent in `scripts/mutation_equivalents.toml`, each with its reason, and are left",
        "out of the score. Why a harness of our own rather than mutmut or cosmic-ray: the",
        "docstring of scripts/mutation.py.",
        "",
        f"Last run ({mode}): {time.strftime('%Y-%m-%d')}, {seconds / 60:.0f} minutes, "
        f"load average {os.getloadavg()[0]:.1f} at the end. Target: {TARGET:.0%} per module.",
        "",
        "| Module | Mutants | Killed | Survived | Not run by any test | Equivalent | Score |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    summary = []
    for module, items in by_module.items():
        killed, counted, equivalents, value = score(items)
        survived = sum(r.status == "survived" for r in items)
        uncovered = sum(r.status == "uncovered" for r in items)
        row = (
            f"| `{module}` | {len(items)} | {killed} | {survived} | {uncovered} | "
            f"{equivalents} | {value:.1%} |"
        )
        lines.append(row)
        summary.append(
            f"{module:42} {killed:4}/{counted:<4} {value:6.1%}  ({equivalents} equivalent)"
        )
    killed, counted, equivalents, value = score(results)
    lines.append(f"| all | {len(results)} | {killed} | | | {equivalents} | {value:.1%} |")
    for module, items in by_module.items():
        left = [r for r in items if r.status in ("survived", "uncovered", "not run")]
        if left:
            lines += ["", f"## Survivors in `{module}`", ""]
            lines += [f"- line {r.line}: `{r.before}` -> `{r.after}` ({r.status})" for r in left]
    lines += ["", "## Equivalent mutants", ""]
    for module, items in by_module.items():
        for r in items:
            if r.status == "equivalent":
                lines.append(f"- `{module}` line {r.line}: `{r.before}` -> `{r.after}`: {r.reason}")
    path.write_text("\n".join(lines) + "\n")
    return "\n".join(summary)


# -- Main -----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", choices=sorted(TARGETS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--reuse-map", action="store_true", help="keep the last coverage map")
    parser.add_argument("--survivors-only", action="store_true", help="rerun the last survivors")
    parser.add_argument(
        "--report-only", action="store_true", help="the report of the last results, run nothing"
    )
    parser.add_argument("--extra-tests", nargs="*", default=[], help="run with every mutant")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--map-tests", nargs="*", default=MAP_TESTS, help="tests to map")
    parser.add_argument("--map", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress as it comes
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))  # as `python -m pytest` has it: `tests.webhooks...` imports
    if args.map:
        build_map(args.map_tests, args.map)
        return 0

    started = time.monotonic()
    WORK.mkdir(exist_ok=True)
    map_file, results_file = WORK / "map.json", WORK / "results.json"
    if not ((args.reuse_map or args.report_only) and map_file.exists()):
        print("mutation: running the tests under coverage to see which run each line...")
        subprocess.run(
            [sys.executable, __file__, "--map", str(map_file), "--map-tests", *args.map_tests],
            cwd=ROOT,
            check=True,
        )
    by_module_line, durations = load_map(map_file)
    # The last results by what was mutated (indexes shift when the code changes).
    previous: dict[tuple[str, int, str, str], list[Result]] = {}
    if results_file.exists():
        for item in json.loads(results_file.read_text()):
            old_key = (item["module"], item["line"], item["before"], item["after"])
            previous.setdefault(old_key, []).append(Result(**item))
    equivalents = load_equivalents()
    modules = args.module or list(TARGETS)

    # Modules not run this time keep their last results.
    results: dict[tuple[str, int], Result] = {
        (r.module, r.index): r
        for same in previous.values()
        for r in same
        if r.module in TARGETS and r.module not in modules
    }
    jobs: list[Job] = []
    for module in modules:
        source = (WRAPPER / TARGETS[module]).read_text()
        first_line = statement_lines(ast.parse(source))
        selection = Selection(by_module_line[module], durations)
        for point in mutation_points(source):
            key = (module, point.index)
            base = Result(module, point.index, point.line, point.operator, point.before,
                          point.after, "")  # fmt: skip
            reason = equivalents.get(module, {}).get((point.line, point.before, point.after))
            same = previous.get((module, point.line, point.before, point.after))
            old = same.pop(0) if same else None
            if reason is not None:
                results[key] = Result(**{**asdict(base), "status": "equivalent", "reason": reason})
                continue
            if args.report_only and old is not None and old.status != "equivalent":
                results[key] = Result(**{**asdict(old), "index": point.index})
                continue
            if args.survivors_only and old is not None and old.status in ("killed", "timeout"):
                results[key] = Result(**{**asdict(old), "index": point.index})
                continue
            tests = selection.tests_for(first_line.get(point.line, point.line))
            if tests is None and not args.extra_tests:
                results[key] = Result(**{**asdict(base), "status": "uncovered"})
                continue
            tests = sorted(tests or [], key=lambda t: durations.get(t, 0.0))
            tests = list(dict.fromkeys([*args.extra_tests, *tests]))
            limit = 30 + 5 * sum(durations.get(t, 1.0) for t in tests)
            results[key] = base
            line = first_line.get(point.line, point.line)
            at_import = "" in by_module_line[module].get(line, set())
            mutated = mutated_source(source, point.index)
            jobs.append(Job(module, point, mutated, tests, limit, at_import=at_import))

    total = len(jobs)
    print(f"mutation: {total} mutants to run over {len(modules)} modules, {args.jobs} at a time")
    done_count = 0

    def on_done(job: Job, outcome: str, seconds: float) -> None:
        nonlocal done_count
        done_count += 1
        result = results[(job.module, job.point.index)]
        result.status, result.tests, result.seconds = outcome, len(job.tests), seconds
        if outcome == "survived":
            print(f"  survived {job.module}:{job.point.line} {job.point.before!r} -> "
                  f"{job.point.after!r}")  # fmt: skip
        if done_count % 50 == 0 or done_count == total:
            print(f"mutation: {done_count}/{total} run")
            results_file.write_text(json.dumps([asdict(r) for r in results.values()]))

    if args.report_only:  # a mutant without a result yet counts as a survivor
        for job in jobs:
            results[(job.module, job.point.index)].status = "not run"
    else:
        run_jobs(jobs, max(1, args.jobs), on_done)
    results_file.write_text(json.dumps([asdict(r) for r in results.values()]))
    ordered = sorted(results.values(), key=lambda r: (list(TARGETS).index(r.module), r.index))
    mode = "every mutant"
    if args.survivors_only:
        mode = "the survivors of the run before, with the tests since; the killed kept"
    if args.report_only:
        mode = "the report of the results before"
    summary = write_report(ordered, args.report, time.monotonic() - started, mode)
    print(summary)
    print(f"mutation: report written to {args.report}")
    low = [m for m in TARGETS if score([r for r in ordered if r.module == m])[3] < TARGET]
    return 1 if low else 0


if __name__ == "__main__":
    raise SystemExit(main())
