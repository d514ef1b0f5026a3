"""Every Python snippet of README.md and docs/*.md passes `mypy --strict`, in the session's
one mypy run (tests/_mypy_snippets.py).

Each ```python block becomes a module of its own. A block may use names the text around it
assumes (`client`, `agent_id`, the knowledge base `kb` an earlier block made...): each name it
reads and does not bind gets a typed declaration from `CONTEXT` above it, the type the SDK
gives that value (or, for the reader's own functions, the one their code would have). A
block with a top-level `await`, `async for` or `async with` (written as in an asyncio REPL)
is checked as the body of an `async def`. A block right after a line
`<!-- not type-checked: REASON -->` is left out; `NOT_CHECKED` lists the few there are.
mypy's errors are reported at the markdown's own lines (`docs/resources.md:27: ...`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from _mypy_snippets import Checked, snippet, support_file

ROOT = Path(__file__).parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP_MARK = re.compile(r"<!-- not type-checked: (.+) -->")

# The blocks left out, by page, with the reason the page gives: each needs a web framework
# this project does not install (the SDK's part of each is the same as in checked blocks).
NOT_CHECKED = {
    "docs/webhooks.md": 3,
}

# What the text around the blocks assumes, by name: the declaration a block gets when it
# reads the name without binding it. `_sdk`, `_models`... are imported under names no block
# uses.
CONTEXT_IMPORTS = (
    "from collections.abc import Awaitable as _Awaitable, Callable as _Callable\n"
    "import fetch_hive_api.models as _models\n"
    "import fetch_hive_sdk as _sdk\n"
    "import fetch_hive_sdk.webhooks as _webhooks\n"
    "import starlette.requests as _starlette\n"
)
CONTEXT = {
    "client": "_sdk.FetchHive",
    "agent_id": "str",
    "secret": "str",
    "webhook_secret": "str",
    "url": "str",
    "raw_body_bytes": "bytes",
    "request": "_starlette.Request",
    "kb": "_models.KnowledgeBase",
    "item": "_models.KnowledgeBaseItem",
    "agent": "_models.WorkspaceAgent",
    "on_event": "_Callable[[_webhooks.WebhookEvent], _Awaitable[None]]",
    "save_output": "_Callable[[str, object], _Awaitable[None]]",
    "store_secret": "_Callable[[str, str], None]",
}
# The reader's own modules a block imports from.
STUB_MODULES = {
    "myapp/__init__.py": "",
    "myapp/results.py": (
        "from fetch_hive_sdk.webhooks import WebhookEvent\n\n\n"
        "async def save_result(event: WebhookEvent) -> None: ...\n"
    ),
}


@dataclass
class Block:
    page: str  # relative to the repository
    line: int  # the markdown line of the block's first line of code
    code: str
    skipped: str | None  # the reason, for a block marked not type-checked


def blocks() -> list[Block]:
    found = []
    for path in PAGES:
        lines = path.read_text(encoding="utf-8").splitlines()
        index = 0
        while index < len(lines):
            if lines[index].strip() == "```python":
                end = index + 1
                while not lines[end].startswith("```"):
                    end += 1
                mark = SKIP_MARK.fullmatch(lines[index - 1].strip()) if index else None
                found.append(
                    Block(
                        page=str(path.relative_to(ROOT)),
                        line=index + 2,
                        code="\n".join(lines[index + 1 : end]) + "\n",
                        skipped=mark.group(1) if mark else None,
                    )
                )
                index = end
            index += 1
    return found


def free_names(tree: ast.AST) -> set[str]:
    """The names a module reads and never binds (assignments, imports, definitions...)."""
    read, bound = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
            bound.add(node.name)
    return read - bound


def as_module(block: Block) -> tuple[str, int]:
    """The module mypy checks for `block`, and how many lines precede the block's code."""
    code = block.code
    try:
        compile(code, block.page, "exec")
    except SyntaxError:  # a top-level await: the body of an async function
        compile(code, block.page, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        body = "".join(f"    {line}" if line.strip() else line for line in code.splitlines(True))
        code = "async def _snippet() -> None:\n" + body
    tree = ast.parse(code)
    assumed = [name for name in CONTEXT if name in free_names(tree)]
    if not assumed:
        header = ""
    else:
        header = CONTEXT_IMPORTS + "".join(f"{name}: {CONTEXT[name]}\n" for name in assumed)
    offset = header.count("\n") + (code.count("\n") - block.code.count("\n"))
    return header + code, offset


def test_the_marked_blocks_are_the_few_listed() -> None:
    skipped: dict[str, int] = {}
    for block in blocks():
        if block.skipped is not None:
            skipped[block.page] = skipped.get(block.page, 0) + 1
    assert skipped == NOT_CHECKED


def register() -> dict[str, tuple[Block, int]]:
    """Each checked block as a snippet of the session's mypy run: its block and the number of
    lines before the block's code, by snippet name."""
    where = {}
    for number, block in enumerate(block for block in blocks() if block.skipped is None):
        source, offset = as_module(block)
        where[snippet(f"docs_snippet_{number:03d}", source)] = (block, offset)
    for path, source in STUB_MODULES.items():
        support_file(path, source)
    return where


WHERE = register()


@pytest.mark.mypy
def test_every_snippet_passes_mypy_strict(mypy_snippets: dict[str, Checked]) -> None:
    assert len(WHERE) > 25
    problems = []
    for name, (block, offset) in WHERE.items():
        for line in mypy_snippets[name].lines:
            match = re.match(r"(\d+): (.*)", line)
            if match is None:  # a line about no snippet
                problems.append(line)
                continue
            markdown_line = block.line + int(match.group(1)) - 1 - offset
            problems.append(f"{block.page}:{markdown_line}: {match.group(2)}")
    assert not problems, "\n" + "\n".join(sorted(set(problems)))
