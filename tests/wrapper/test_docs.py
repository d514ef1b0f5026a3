"""The Python snippets of docs/client.md and docs/streaming.md are valid code, and every
public name they mention exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import fetch_hive_sdk
import pytest

DOCS = Path(__file__).parents[2] / "docs"
PAGES = ["client.md", "streaming.md"]


def snippets(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / page).read_text(), flags=re.S)


@pytest.mark.parametrize("page", PAGES)
def test_snippets_compile(page: str) -> None:
    found = snippets(page)
    assert found
    for code in found:
        compile(code, page, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


@pytest.mark.parametrize("page", PAGES)
def test_imported_names_exist(page: str) -> None:
    for code in snippets(page):
        for match in re.finditer(r"from fetch_hive_sdk import ([\w, ]+)", code):
            for name in match.group(1).split(","):
                assert hasattr(fetch_hive_sdk, name.strip()), name


def test_every_exported_name_resolves() -> None:
    for name in fetch_hive_sdk.__all__:
        assert getattr(fetch_hive_sdk, name) is not None, name
    assert fetch_hive_sdk.ResponseEvent.__module__ == "fetch_hive_api.models.response_event"
