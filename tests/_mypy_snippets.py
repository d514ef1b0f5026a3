"""User files for `mypy --strict`, checked together in one mypy run per test session.

A cold mypy start (typeshed, httpx, the SDK) costs far more than checking one more small
file: test modules register their snippets when imported (`snippet(name, source)`), and the
session fixture `mypy_snippets` (tests/conftest.py) checks them all in one run, like a
user's project (no configuration file, packages found where they are installed). The tests
that read it carry `@pytest.mark.mypy`, which keeps them on one xdist worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SNIPPETS: dict[str, str] = {}
#: Files the snippets import (the reader's own modules), by path under the folder: written
#: beside the snippets, checked only through them.
SUPPORT_FILES: dict[str, str] = {}


def snippet(name: str, source: str) -> str:
    """Register `source` as `<name>.py`; returns the name to look its result up by."""
    assert SNIPPETS.get(name, source) == source, f"two snippets named {name}"
    SNIPPETS[name] = source
    return name


def support_file(path: str, source: str) -> None:
    """Write `source` at `path` beside the snippets, for them to import."""
    assert SUPPORT_FILES.get(path, source) == source, f"two support files at {path}"
    SUPPORT_FILES[path] = source


@dataclass(frozen=True)
class Checked:
    """mypy's lines about one snippet (without the file name), and what reveal_type said."""

    lines: list[str]

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    @property
    def revealed(self) -> list[str]:
        return [line.split("Revealed type is ")[1] for line in self.lines if "Revealed" in line]

    @property
    def error_lines(self) -> list[int]:
        return sorted(int(line.split(":")[0]) for line in self.lines if ": error:" in line)


def check_all(folder: Path, cache_dir: Path) -> dict[str, Checked]:
    from mypy import api

    for name, source in SNIPPETS.items():
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
    for path, source in SUPPORT_FILES.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(source, encoding="utf-8")
    (folder / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # no project settings
    out, err, _ = api.run(
        [
            "--strict",
            "--config-file",
            str(folder / "mypy.ini"),
            "--no-error-summary",
            "--cache-dir",
            str(cache_dir),
            *(str(folder / f"{name}.py") for name in SNIPPETS),
        ]
    )
    assert not err, err
    lines: dict[str, list[str]] = {name: [] for name in SNIPPETS}
    for line in out.splitlines():
        file, _, rest = line.partition(".py:")
        name = Path(file).name
        if rest and name in lines:
            lines[name].append(rest)
        else:  # about no snippet (a support file, mypy itself): every snippet gets it
            for found in lines.values():
                found.append(line)
    return {name: Checked(found) for name, found in lines.items()}
