"""The Python snippets of docs/resources.md run, in order, against the reference server:
the guide cannot promise a call or an attribute the SDK does not have."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_hive_reference.testing import RunningServer, running_server

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "resources.md"


def snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningServer]:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 quarterly numbers\n")
    monkeypatch.chdir(tmp_path)
    with running_server(stream_pace=0.0, delegation_seconds=30) as running:
        monkeypatch.setenv("FETCH_HIVE_API_KEY", running.api_key)
        monkeypatch.setenv("FETCH_HIVE_BASE_URL", running.base_url)
        yield running


def test_every_snippet_of_the_resources_guide_runs(server: RunningServer) -> None:
    found = snippets()
    assert len(found) >= 7
    secrets: dict[str, str] = {}
    namespace: dict[str, object] = {
        "store_secret": secrets.__setitem__,
        "url": "http://127.0.0.1:9/fetch-hive/callback",
        "print": lambda *args, **kwargs: None,
    }
    for number, code in enumerate(found):
        try:
            exec(compile(code, f"{GUIDE.name} snippet {number}", "exec"), namespace)
        except Exception as exc:  # name the snippet that broke
            raise AssertionError(f"snippet {number} of {GUIDE.name} failed:\n{code}") from exc
    assert [secret[:6] for secret in secrets.values()] == ["whsec_"]
    assert server.settings.workspace_id in GUIDE.read_text(encoding="utf-8")
