"""Reading command-line values: `key=value` / `key:=json` pairs and strict JSON.

Shared by `fetch-hive`'s commands (`cli.py`) and `fetch-hive batch` (`_batch_cli.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


class _UsageError(Exception):
    """A command-line argument that cannot be understood."""


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
