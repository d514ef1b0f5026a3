"""The shape of the package itself: both clients offer the same methods, the modules import
each other one way only, and every public exception lives in `_errors.py`."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import Any

import fetch_hive_sdk
import pytest
from fetch_hive_sdk import AsyncFetchHive, AsyncStream, FetchHive, Stream
from fetch_hive_sdk._async import _resources as async_resources
from fetch_hive_sdk._sync import _resources as sync_resources

PACKAGE_DIR = Path(fetch_hive_sdk.__file__).parent


def _public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    } | {
        name: getattr(cls, name)
        for name in ("__enter__", "__exit__", "__aenter__", "__aexit__", "__iter__", "__aiter__")
        if name in vars(cls)
    }


def _as_sync(text: str) -> str:
    """The async text with the only differences allowed: `Async` type names (AsyncStream,
    AsyncIterator, httpx.AsyncClient), and `async`/`await` in code examples."""
    text = re.sub(r"\bAsync(?=[A-Z])", "", text)
    text = re.sub(r"\basync (with|for) ", r"\1 ", text)
    text = re.sub(r"\bawait ", "", text)
    return text.replace("__aenter__", "__enter__").replace("__aexit__", "__exit__")


TWINS = {"__enter__": "__aenter__", "__exit__": "__aexit__", "__iter__": "__aiter__"}
SYNC_ONLY_NAMES = {"__enter__", "__exit__", "__iter__"}
ASYNC_ONLY_NAMES = {"__aenter__", "__aexit__", "__aiter__", "aclose"}


NAMESPACES = [
    (getattr(sync_resources, name[5:]), getattr(async_resources, name))
    for name in async_resources.__all__
]
PAIRS = [(FetchHive, AsyncFetchHive), (Stream, AsyncStream), *NAMESPACES]


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=[p[0].__name__ for p in PAIRS])
def test_both_clients_offer_the_same_methods(sync_cls: type, async_cls: type) -> None:
    sync_methods = _public_methods(sync_cls)
    async_methods = _public_methods(async_cls)
    assert (
        set(sync_methods) - SYNC_ONLY_NAMES
        == {_as_sync(name) for name in async_methods if name not in ASYNC_ONLY_NAMES}
        - SYNC_ONLY_NAMES
    )
    for name, sync_method in sync_methods.items():
        async_name = TWINS.get(name, name)
        async_method = async_methods[async_name]
        sync_signature = inspect.signature(sync_method)
        async_signature = inspect.signature(async_method)
        # fetch-hive-sdk 0.4.1's async generators are async generators on both clients.
        same = (lambda text: text) if name.startswith("ainvoke_") else _as_sync
        assert str(sync_signature) == same(str(async_signature)), name
        for parameter in sync_signature.parameters.values():
            twin = async_signature.parameters[parameter.name]
            assert (parameter.kind, parameter.default) == (twin.kind, twin.default), name
        assert (inspect.getdoc(sync_method) or "") == same(inspect.getdoc(async_method) or ""), name


def test_every_method_of_the_clients_has_a_docstring() -> None:
    for cls in {cls for pair in PAIRS for cls in pair}:
        for name, method in _public_methods(cls).items():
            if not name.startswith("__"):
                assert inspect.getdoc(method), f"{cls.__name__}.{name}"


def _module_imports(path: Path, module: str) -> set[str]:
    """The package modules `path` imports, at its top or inside its functions (a lazy
    import that points back closes a cycle all the same); not under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
    type_checking = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }
    for child in ast.walk(tree):
        if id(child) in type_checking:
            continue
        if isinstance(child, ast.ImportFrom):
            if child.level:
                base = package
                for _ in range(child.level - 1):
                    base = base.rsplit(".", 1)[0]
                target = f"{base}.{child.module}" if child.module else base
            else:
                target = child.module or ""
            names = [f"{target}.{alias.name}" for alias in child.names]
            # `from . import _x` imports the module `_x`, not the package's names.
            targets = names if child.module is None else [target, *names]
            found.update(n for n in targets if n.startswith("fetch_hive_sdk"))
        elif isinstance(child, ast.Import):
            found.update(a.name for a in child.names if a.name.startswith("fetch_hive_sdk"))
    return found


def _modules() -> dict[str, Path]:
    modules = {"fetch_hive_sdk": PACKAGE_DIR / "__init__.py"}
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], "fetch_hive_sdk."):
        spec = importlib.util.find_spec(info.name)
        assert spec is not None and spec.origin is not None
        modules[info.name] = Path(spec.origin)
    return modules


def test_the_module_graph_has_no_cycle() -> None:
    modules = _modules()
    graph = {
        name: {
            target for target in _module_imports(path, name) if target in modules and target != name
        }
        for name, path in modules.items()
    }
    # A package's __init__ re-exports its modules; a module importing its own package's
    # __init__ would close a loop, so edges into a package are kept.
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = "open"
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycle = [*stack[stack.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[name] = "done"

    for name in sorted(graph):
        if name not in state and not name.endswith("__init__"):
            visit(name)


def test_every_public_exception_is_defined_in_errors() -> None:
    misplaced = []
    for name in _modules():
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__ == name
                and not attribute.startswith("_")
                and name != "fetch_hive_sdk._errors"
            ):
                misplaced.append(f"{name}.{attribute}")
    assert misplaced == []


def test_one_name_per_concept() -> None:
    import fetch_hive_sdk.webhooks as webhooks

    shared = set(fetch_hive_sdk.__all__) & set(webhooks.__all__)
    assert shared == set(), shared


def test_test_modules_outside_packages_have_unique_names() -> None:
    # pytest imports a test file of a folder without __init__.py by its bare name: two such
    # files of one name stop the whole run at collection (on a clean clone, no cache).
    tests = Path(__file__).resolve().parents[1]
    bare: dict[str, list[str]] = {}
    for path in tests.rglob("test_*.py"):
        if not (path.parent / "__init__.py").exists():
            bare.setdefault(path.name, []).append(str(path.relative_to(tests)))
    assert {name: paths for name, paths in bare.items() if len(paths) > 1} == {}
