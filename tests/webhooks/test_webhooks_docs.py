"""docs/webhooks.md: every Python snippet compiles and every name it imports from
`fetch_hive_sdk.webhooks` exists."""

from __future__ import annotations

import re
from pathlib import Path

import fetch_hive_sdk.webhooks

PAGE = Path(__file__).parents[2] / "docs" / "webhooks.md"


def snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", PAGE.read_text(), flags=re.S)


def test_snippets_compile() -> None:
    found = snippets()
    assert len(found) >= 5
    for code in found:
        compile(code, str(PAGE), "exec")


def test_imported_names_exist() -> None:
    imported = [
        name.strip()
        for code in snippets()
        for match in re.finditer(r"from fetch_hive_sdk\.webhooks import ([\w, ]+)", code)
        for name in match.group(1).split(",")
    ]
    assert "RedisReplayStore" in imported
    for name in imported:
        assert name in fetch_hive_sdk.webhooks.__all__, name


def test_every_store_and_error_in_the_api_table_is_exported() -> None:
    text = PAGE.read_text()
    for name in ("InMemoryReplayStore", "SQLiteReplayStore", "RedisReplayStore",
                 "ReplayStoreError", "replay_key"):  # fmt: skip
        assert f"`{name}" in text and hasattr(fetch_hive_sdk.webhooks, name), name
