"""Reading command-line values: `key=value` / `key:=json` pairs and strict JSON.

Shared by `fetch-hive`'s commands (`cli.py`), `fetch-hive batch` (`_batch_cli.py`) and the
resource commands (`_resources_cli.py`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import Any

from ._errors import InputValidationError


class _UsageError(Exception):
    """A command-line argument that cannot be understood, or a file, stdin or stdout the
    command cannot use: found before anything is sent (exit 2)."""


class _CommandError(Exception):
    """The command cannot go on after something was sent (its output cannot be written):
    one line, exit 1."""


def reason(exc: OSError) -> str:
    """An operating-system error's cause in words (`No such file or directory`)."""
    return exc.strerror or type(exc).__name__


def _not_json_constant(name: str) -> Any:
    # Python's json module reads NaN and Infinity; JSON has neither.
    raise ValueError(f"{name} is not a JSON value (JSON numbers are finite)")


def parse_json(text: str, what: str) -> Any:
    """Strict JSON: no NaN or Infinity, and a `_UsageError` (never a traceback) for
    anything unreadable, too deep or too long."""
    try:
        return json.loads(text, parse_constant=_not_json_constant)
    except json.JSONDecodeError as exc:
        raise _UsageError(f"{what} is not JSON: {exc.msg}") from None
    except ValueError as exc:  # NaN/Infinity, or an integer of more than 4300 digits
        raise _UsageError(f"{what} is not usable JSON: {exc}") from None
    except RecursionError:
        raise _UsageError(f"{what} is nested too deeply") from None


def parse_pairs(pairs: Iterable[str] | None, option: str) -> dict[str, Any]:
    """`key=value` pairs as a dict; `key:=json` takes a JSON value (number, true, null...)."""
    result: dict[str, Any] = {}
    for pair in pairs or ():
        key, separator, raw = pair.partition("=")
        if not separator:
            raise _UsageError(f"{option} {pair!r}: expected key=value or key:=json")
        value: Any = raw
        if key.endswith(":"):  # key:=json
            key = key[:-1]
            value = parse_json(raw, f"{option} {key}: the value after ':='")
        if not key:
            raise _UsageError(f"{option} {pair!r}: the key is empty")
        result[key] = value
    return result


def add_global_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """The options every command takes, before its name (`fetch-hive --timeout 5 kb list`)
    or, on the command's own parser (`after_command`), after it (`fetch-hive kb list
    --timeout 5`); given in both places, the one after the command wins."""
    # After the command, an option not given must leave the value given before it alone.
    default = argparse.SUPPRESS if after_command else None
    where = "also before the command" if after_command else "also after the command"
    group = parser.add_argument_group(f"global options ({where})")
    group.add_argument(
        "--api-key", default=default, help="workspace API key (default: $FETCH_HIVE_API_KEY)"
    )
    group.add_argument(
        "--base-url",
        default=default,
        help="API base URL (default: $FETCH_HIVE_BASE_URL or production)",
    )
    group.add_argument(
        "--timeout", type=float, default=default, help="seconds per request (default 120)"
    )
    group.add_argument(
        "--max-retries",
        type=int,
        default=default,
        help="retries of a call that failed for a passing reason (default 2)",
    )
    group.add_argument(
        "--workspace-id",
        default=default,
        help="workspace of kb, agents, assets... (default: $FETCH_HIVE_WORKSPACE_ID)",
    )


def client_from_args(args: argparse.Namespace) -> Any:
    """The `FetchHive` client the command line's options ask for; a bad option is a
    `_UsageError` that names it as the user typed it."""
    from .client import FetchHive

    options: dict[str, Any] = {"api_key": args.api_key, "base_url": args.base_url}
    if getattr(args, "workspace_id", None) is not None:
        options["workspace_id"] = args.workspace_id
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    try:
        return FetchHive(**options)
    except InputValidationError as exc:
        if exc.argument not in _OPTION_NAMES:
            raise
        _, _, problem = exc.message.partition(": ")  # say it as the user typed it
        raise _UsageError(f"{_OPTION_NAMES[exc.argument]}: {problem}") from None


# Client arguments the command line sets through options of another name.
_OPTION_NAMES = {
    "api_key": "--api-key",
    "base_url": "--base-url",
    "timeout": "--timeout",
    "workspace_id": "--workspace-id",
}
