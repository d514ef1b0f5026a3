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


# Exported values that are not a class or function of their own name.
NAMELESS_EXPORTS = {"NOT_GIVEN", "StreamEvent", "__version__"}


def test_every_exported_name_is_what_it_says() -> None:
    # A class or function exported under another one's name (a wrong import in __init__)
    # would resolve all the same: each is the SDK's own object of that very name.
    for name in fetch_hive_sdk.__all__:
        value = getattr(fetch_hive_sdk, name)
        if name in NAMELESS_EXPORTS:
            continue
        assert value.__name__ == name, (name, value)
        assert value.__module__.split(".")[0] in (
            "fetch_hive_sdk",
            "fetch_hive_api",
            "fetch_hive_runtime",
        )
    assert fetch_hive_sdk.NOT_GIVEN is fetch_hive_sdk._base_client.NOT_GIVEN
    assert fetch_hive_sdk.__version__ == fetch_hive_sdk._version.__version__
    assert fetch_hive_sdk.ResponseEvent.__module__ == "fetch_hive_api.models.response_event"
