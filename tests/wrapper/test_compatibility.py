"""Code written against fetch-hive-sdk 0.4.1 keeps working: same method names and keywords.

0.4.1 has our import name, so it is never imported here: its source is read with `ast`.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
from fetch_hive_sdk import AsyncFetchHive, FetchHive

OLD_CLIENT = (
    Path(__file__).parents[2] / ".vendor" / "fetch-hive-sdk-0.4.1" / "fetch_hive_sdk" / "client.py"
)
INVOKE_METHODS = ("invoke_prompt", "invoke_workflow", "invoke_agent")


def old_keywords(method: str) -> list[str]:
    tree = ast.parse(OLD_CLIENT.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == method:
            return [arg.arg for arg in node.args.kwonlyargs]
    raise AssertionError(f"{method} not found in fetch-hive-sdk 0.4.1")


def test_the_old_sdk_is_unpacked() -> None:
    # No skip: without `.vendor/` every comparison below would prove nothing.
    assert OLD_CLIENT.is_file(), f"{OLD_CLIENT} is missing: run `make install`"


@pytest.mark.parametrize("client_class", [FetchHive, AsyncFetchHive])
@pytest.mark.parametrize("method", INVOKE_METHODS)
def test_invoke_methods_accept_every_old_keyword(client_class: type, method: str) -> None:
    ours = inspect.signature(getattr(client_class, method)).parameters
    for keyword in old_keywords(method):
        assert keyword in ours, f"{method}({keyword}=...) from 0.4.1 is missing"
        assert ours[keyword].kind is inspect.Parameter.KEYWORD_ONLY


def test_constructor_matches_old_and_documented_signature() -> None:
    parameters = inspect.signature(FetchHive).parameters
    assert list(parameters)[:3] == ["api_key", "base_url", "timeout"]
    assert parameters["timeout"].default == 120.0


def _old_methods() -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(OLD_CLIENT.read_text())
    (client,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "FetchHive"]
    return {
        node.name: node
        for node in client.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and not node.name.startswith("_")
    }


# Positional arguments this SDK names otherwise (0.4.1's name is still a keyword).
RENAMED = {"get_request": {"id": "request_id"}}


def test_0_4_1_has_38_public_methods() -> None:
    assert len(_old_methods()) == 38


@pytest.mark.parametrize("client_class", [FetchHive, AsyncFetchHive])
@pytest.mark.parametrize("method", sorted(_old_methods()) if OLD_CLIENT.is_file() else [])
def test_every_0_4_1_method_takes_its_arguments_in_its_order(
    client_class: type, method: str
) -> None:
    old = _old_methods()[method].args
    ours = inspect.signature(getattr(client_class, method)).parameters
    positional = [arg.arg for arg in old.args[1:]]  # without self
    ours_positional = [
        name for name, p in ours.items()
        if name != "self"
        and p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]  # fmt: skip
    # 0.4.1's positional arguments, in its order, first (more may follow)...
    renamed = RENAMED.get(method, {})
    assert ours_positional[: len(positional)] == [renamed.get(a, a) for a in positional], method
    for old_name in renamed:  # ...and a renamed one still works as a keyword
        assert old_name in ours
    # ...and each of its keywords, by name (or a **kwargs that takes them, checked at run time).
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in ours.values())
    for keyword in (arg.arg for arg in old.kwonlyargs):
        assert keyword in ours or takes_any, f"{method}({keyword}=...) from 0.4.1 is missing"
