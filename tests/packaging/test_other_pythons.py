"""tests/packaging/other_pythons.py, the runner of `make other-pythons-test`: which interpreters
it finds, which it runs and which it skips (and why), and the pin check of its venvs. The runs
themselves are a step of `make extra-test` (CI)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from other_pythons import (
    Interpreter,
    Probe,
    Skipped,
    candidate_commands,
    choose,
    explicit,
    probe,
    report,
    unpinned,
)

MAIN = Interpreter("CPython", (3, 11, 7), "/py/3.11.7/bin/python3.11")


def found(
    command: str,
    version: tuple[int, int, int],
    *,
    executable: str | None = None,
    implementation: str = "CPython",
    free_threaded: bool = False,
    venv: bool = True,
) -> Probe:
    path = executable or f"/py/{'.'.join(map(str, version))}/bin/python"
    return Probe(command, Interpreter(implementation, version, path, free_threaded, venv))


def test_one_interpreter_per_other_minor_version_runs() -> None:
    chosen, skipped = choose(
        [
            Probe("/shims/python3.14", None, "pyenv: python3.14: command not found"),
            found("/venv/bin/python3", (3, 11, 7), executable=MAIN.executable),  # .venv itself
            found("/usr/bin/python3", (3, 11, 2)),
            found("/usr/bin/python3.12", (3, 12, 3)),
            # The same interpreter by another path: counted once, not listed.
            found("/usr/local/bin/python3.12", (3, 12, 3), executable="/py/3.12.3/bin/python"),
            found("/pyenv/3.12.1/bin/python3", (3, 12, 1)),
            found("/pyenv/3.10.13/bin/python3", (3, 10, 13)),
            found("/pyenv/pypy3.10/bin/python3", (3, 10, 14), implementation="PyPy"),
            found(
                "/pyenv/3.13.0t/bin/python3",
                (3, 13, 0),
                free_threaded=True,
                executable="/py/3.13.0t/bin/python",
            ),
            found("/opt/3.14/bin/python3", (3, 14, 0), venv=False),
            found("/pyenv/3.13.0/bin/python3", (3, 13, 0)),
        ],
        MAIN,
    )
    assert [(command, i.version) for command, i in chosen] == [
        ("/usr/bin/python3.12", (3, 12, 3)),
        ("/pyenv/3.13.0/bin/python3", (3, 13, 0)),
    ]
    assert skipped == [
        Skipped("/shims/python3.14", "does not run (pyenv: python3.14: command not found)"),
        Skipped(
            "/usr/bin/python3 (Python 3.11.2)",
            "the same minor version as .venv's Python 3.11.7, which `make unit-test` runs",
        ),
        Skipped(
            "/pyenv/3.12.1/bin/python3 (Python 3.12.1)", "/usr/bin/python3.12 already runs 3.12"
        ),
        Skipped("/pyenv/3.10.13/bin/python3 (Python 3.10.13)", "older than 3.11"),
        Skipped("/pyenv/pypy3.10/bin/python3 (Python 3.10.14)", "PyPy, not CPython"),
        Skipped("/pyenv/3.13.0t/bin/python3 (Python 3.13.0)", "a free-threaded build"),
        Skipped(
            "/opt/3.14/bin/python3 (Python 3.14.0)",
            "has no venv/ensurepip module (Debian: apt-get install python3.X-venv)",
        ),
    ]


def test_nothing_else_found_is_not_an_error() -> None:
    assert choose([found("/usr/bin/python3", (3, 11, 7), executable=MAIN.executable)], MAIN) == (
        [],
        [],
    )


def test_the_report_groups_the_skipped_ones() -> None:
    chosen = [("/pyenv/3.12.1/bin/python3", Interpreter("CPython", (3, 12, 1), "/real/3.12"))]
    lines = report(
        chosen,
        [
            Skipped("/a (Python 3.10.1)", "older than 3.11"),
            Skipped("/b (Python 3.9.1)", "older than 3.11"),
            Skipped("/shims/python3.10", "does not run (pyenv: python3.10: command not found)"),
            Skipped("/shims/python3.9", "does not run (pyenv: python3.9: command not found)"),
        ],
    )
    assert lines == [
        "  found   Python 3.12.1 at /real/3.12",
        "  skipped (older than 3.11): /a (Python 3.10.1), /b (Python 3.9.1)",
        "  skipped (does not run (pyenv: python3.10: command not found), ...): "
        "/shims/python3.10, /shims/python3.9",
    ]


def executable(path: Path, text: str = "#!/bin/sh\nexit 0\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)
    return path


def test_candidates_come_from_path_then_pyenv_then_uv(tmp_path: Path) -> None:
    first, second = tmp_path / "bin1", tmp_path / "bin2"
    for name in ("python3", "python3.12", "python3.12-config", "python3x", "python"):
        executable(first / name)
    (first / "python3.13").write_text("")  # not executable
    executable(second / "python3.13")
    executable(second / "python3")
    home = tmp_path / "home"
    executable(home / ".pyenv/versions/3.12.1/bin/python3")
    (home / ".pyenv/versions/empty").mkdir()
    executable(home / ".local/share/uv/python/cpython-3.13.0/bin/python3")
    environ = {"PATH": os.pathsep.join([str(first), str(second)]), "HOME": str(home)}
    assert candidate_commands(environ) == [
        str(first / "python3"),
        str(first / "python3.12"),
        str(second / "python3"),
        str(second / "python3.13"),
        str(home / ".pyenv/versions/3.12.1/bin/python3"),
        str(home / ".local/share/uv/python/cpython-3.13.0/bin/python3"),
    ]
    pyenv_root = tmp_path / "elsewhere"
    executable(pyenv_root / "versions/3.13.1/bin/python3")
    assert str(pyenv_root / "versions/3.13.1/bin/python3") in candidate_commands(
        {**environ, "PYENV_ROOT": str(pyenv_root)}
    )


def test_the_probe_reads_a_real_interpreter_and_names_a_broken_one(tmp_path: Path) -> None:
    real = probe(sys.executable).interpreter
    assert real is not None
    assert real.version == tuple(sys.version_info[:3]) and real.implementation == "CPython"
    assert real.executable == os.path.realpath(sys.executable) and real.venv
    shim = executable(
        tmp_path / "python3.14",
        "#!/bin/sh\necho 'pyenv: python3.14: command not found' >&2\nexit 127\n",
    )
    assert probe(str(shim)) == Probe(str(shim), None, "pyenv: python3.14: command not found")
    chatty = executable(tmp_path / "python3.15", "#!/bin/sh\necho hello\n")
    assert probe(str(chatty)).error.startswith("unexpected answer to the probe")
    assert "No such file" in probe(str(tmp_path / "missing")).error


def test_interpreters_given_by_hand_must_be_cpython_311_or_newer(tmp_path: Path) -> None:
    chosen, errors = explicit([sys.executable, str(tmp_path / "missing")])
    assert [command for command, _ in chosen] == [sys.executable]
    assert errors == [
        f"{tmp_path / 'missing'} does not run "
        f"([Errno 2] No such file or directory: '{tmp_path / 'missing'}')"
    ]


@pytest.mark.parametrize(
    ("freeze", "stray"),
    [
        ("httpx==0.28.1\nPyYAML==6.0.3\ntyping_extensions==4.16.0\n", []),
        ("httpx==0.28.0\nsniffio==1.3.1\n", ["httpx==0.28.0"]),
        ("requests-toolbelt==1.0.0\n", ["requests-toolbelt==1.0.0"]),
    ],
)
def test_a_venv_may_hold_only_what_dev_txt_pins(freeze: str, stray: list[str]) -> None:
    pins = "# header\nhttpx==0.28.1\npyyaml==6.0.3\ntyping-extensions==4.16.0\nsniffio==1.3.1\n"
    assert unpinned(freeze, pins) == stray
