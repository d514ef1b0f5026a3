"""Write the sync clients from their async sources: `wrapper/fetch_hive_sdk/_async/*.py` ->
`wrapper/fetch_hive_sdk/_sync/*.py`, and fetch-hive-sdk 0.4.1's methods
`_legacy/_async_methods.py` -> `_legacy/_sync_methods.py`.

The async code is the one source; this turns it into sync code line by line with a table
of whole-word substitutions (`async def` -> `def`, `await x` -> `x`, `AsyncStream` ->
`Stream`, `aiter_bytes` -> `iter_bytes`...). Lines between `# unasync: async-only` and
`# unasync: end` exist only in the async version. The output is formatted with the
project's pinned ruff (imports sorted, then formatted), so it is byte-identical run to
run and passes `make lint`.

    python scripts/unasync.py          # write _sync/
    python scripts/unasync.py --check  # exit 1 when _sync/ differs (make check-generated)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "wrapper" / "fetch_hive_sdk"
SOURCE = PACKAGE / "_async"
TARGET = PACKAGE / "_sync"
# Async sources outside _async/, each with the sync module written from it.
SINGLE_SOURCES = {
    PACKAGE / "_legacy" / "_async_methods.py": PACKAGE / "_legacy" / "_sync_methods.py"
}

ASYNC_ONLY = "# unasync: async-only"
END = "# unasync: end"

# Applied in order, to whole words.
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"async def ", "def "),
    (r"async for ", "for "),
    (r"async with ", "with "),
    (r"await ", ""),
    (r"__aenter__", "__enter__"),
    (r"__aexit__", "__exit__"),
    (r"__aiter__", "__iter__"),
    (r"__anext__", "__next__"),
    (r"aiter_bytes", "iter_bytes"),
    (r"aread", "read"),
    (r"aclose", "close"),
    (r"asleep", "sleep"),
    (r"_aiterate", "_iterate"),
    (r"aiter_sse", "iter_sse"),
    # fetch-hive-sdk 0.4.1's async generators differ between the clients by more than
    # `await`: each client mixes in its own, written by hand.
    (r"_streams_async", "_streams_sync"),
    (r"_async_methods", "_sync_methods"),
    (r"aiter_lines", "iter_lines"),
    (r"AsyncIterator", "Iterator"),
    # What a sync call returns is the value itself: Awaitable[X] -> X (one level of [...]).
    (r"Awaitable\[([^\[\]]*(?:\[[^\[\]]*\])?[^\[\]]*)\]", r"\1"),
    # AsyncFetchHive -> FetchHive, AsyncStream -> Stream, httpx.AsyncClient -> httpx.Client
    (r"Async([A-Z]\w*)", r"\1"),
]
_COMPILED = [(re.compile(r"\b" + pattern), repl) for pattern, repl in SUBSTITUTIONS]
# The substitutions that changed some line: one that changes nothing is stale, and a stale
# table hides mistakes (httpcore's unasync fails on one too).
_USED: set[str] = set()


def unasync_text(text: str, source_name: str) -> str:
    lines: list[str] = [
        f'"""Written by scripts/unasync.py from {source_name}: do not edit.\n',
        "\n",
    ]
    skipping = False
    body = text.splitlines(keepends=True)
    # The source's docstring opening `"""` is replaced by the header's.
    if body and body[0].startswith('"""'):
        body[0] = body[0][3:]
    for line in body:
        marker = line.strip()
        if marker == ASYNC_ONLY:
            skipping = True
            continue
        if marker == END:
            skipping = False
            continue
        if skipping:
            continue
        for pattern, repl in _COMPILED:
            line, count = pattern.subn(repl, line)
            if count:
                _USED.add(pattern.pattern)
        lines.append(line)
    if skipping:
        raise SystemExit(f"{source_name}: '{ASYNC_ONLY}' without '{END}'")
    return "".join(lines)


def ruff_tidy(text: str, name: str) -> str:
    """Imports sorted again (`AsyncIterator` -> `Iterator` changes their order), unused ones
    dropped, `__all__` sorted, then formatted, with the project's settings: the output passes
    `make lint` as written. (scripts/generate.py tidies its output with it too.)"""
    ruff = Path(sys.executable).with_name("ruff")
    program = str(ruff if ruff.exists() else "ruff")
    for step in (["check", "--select", "I,F401,RUF022", "--fix", "--quiet"], ["format"]):
        result = subprocess.run(
            [program, *step, "--stdin-filename", name, "-"],
            input=text, capture_output=True, text=True, check=False, cwd=ROOT,
        )  # fmt: skip
        if result.returncode != 0:
            raise SystemExit(f"ruff {step[0]} failed on the sync {name}:\n{result.stderr}")
        text = result.stdout
    return text


def expected_files() -> dict[Path, str]:
    files: dict[Path, str] = {}
    for source in sorted(SOURCE.glob("*.py")):
        if source.name == "__init__.py":  # each package's own, written by hand
            continue
        target = TARGET / source.name
        text = unasync_text(source.read_text(encoding="utf-8"), f"_async/{source.name}")
        files[target] = ruff_tidy(text, str(target.relative_to(ROOT)))
    for source, target in SINGLE_SOURCES.items():
        text = unasync_text(source.read_text(encoding="utf-8"), str(source.relative_to(PACKAGE)))
        files[target] = ruff_tidy(text, str(target.relative_to(ROOT)))
    unused = [pattern.pattern[2:] for pattern, _ in _COMPILED if pattern.pattern not in _USED]
    if unused:
        raise SystemExit(f"unasync: these substitutions change nothing, remove them: {unused}")
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    files = expected_files()
    stale = [
        path
        for path, text in files.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    extra = [
        path for path in TARGET.glob("*.py") if path not in files and path.name != "__init__.py"
    ]
    if args.check:
        for path in stale + extra:
            print(f"{path.relative_to(ROOT)} is stale: run 'make regenerate'", file=sys.stderr)
        return 1 if stale or extra else 0
    TARGET.mkdir(exist_ok=True)
    for path in extra:
        path.unlink()
    for path in stale:
        path.write_text(files[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
