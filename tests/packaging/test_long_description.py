"""The wheel's long description (what a package index shows): docs/pypi.md, short, with no
relative link (an index page has no files next to it to link to), and with examples the
README's tests run."""

from __future__ import annotations

import email
import re
import zipfile
from pathlib import Path

from _packaging_support import PROJECT, ROOT

PAGE = ROOT / "docs" / "pypi.md"
# Every kind of link Markdown (and the HTML it may hold) has: inline `[text](target)` and
# `![alt](target)`, reference definitions `[name]: target`, autolinks `<target>`, and
# `href=` / `src=` attributes.
LINKS = re.compile(
    r"\]\(\s*<?([^)\s>]+)"
    r"|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)"
    r"|<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^>\s]*)>"
    r"|\b(?:href|src)\s*=\s*[\"']([^\"']*)",
    flags=re.M,
)


def long_description(wheel: Path) -> tuple[str, str]:
    """The description in the wheel's METADATA, and its content type."""
    name = f"fetch_hive_sdk_python-{PROJECT['version']}.dist-info/METADATA"
    metadata = email.message_from_string(zipfile.ZipFile(wheel).read(name).decode())
    return str(metadata.get_payload()), str(metadata["Description-Content-Type"])


def links(markdown: str) -> list[str]:
    return [next(group for group in match.groups() if group) for match in LINKS.finditer(markdown)]


def test_the_link_finder_finds_every_kind_of_link() -> None:
    text = (
        "See [the guide](docs/client.md), ![logo](./logo.png), [top](#install),\n"
        "[ref]: ../LICENSE\n<https://example.com> and <a href='x.html'>x</a>."
    )
    assert links(text) == [
        "docs/client.md",
        "./logo.png",
        "#install",
        "../LICENSE",
        "https://example.com",
        "x.html",
    ]


def test_the_long_description_is_docs_pypi_md_without_relative_links(wheel: Path) -> None:
    description, content_type = long_description(wheel)
    assert content_type == "text/markdown"
    found = links(description)
    assert found, "the page links to Fetch Hive's sites"
    relative = [link for link in found if not re.match(r"https?://", link)]
    assert relative == [], f"links that break on a package index: {relative}"
    assert description.strip() == PAGE.read_text(encoding="utf-8").strip()
    assert len(description.splitlines()) < 100  # a summary: the guide is README.md and docs/


def test_the_long_description_examples_are_the_readmes() -> None:
    """Each Python example of docs/pypi.md is also in README.md, whose tests run it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.S)
    assert blocks
    for block in blocks:
        assert block in readme
