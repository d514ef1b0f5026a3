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
