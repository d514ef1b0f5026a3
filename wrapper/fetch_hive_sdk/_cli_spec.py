"""The shape of a generated resource command (`_cli_commands.py`): data only."""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["Argument", "Command"]


class Argument(NamedTuple):
    """One argument of a command: a positional one, or an `--option`."""

    name: str
    """The SDK method's argument (or body field) it gives."""
    positional: bool = False
    flag: str | None = None
    type: Literal["str", "int", "float", "json", "path"] = "str"
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] | None = None
    metavar: str | None = None
    action: Literal["store", "store_true", "append"] = "store"
    default: object = None
    to: str | None = None
    """Where the value goes when not to `name`: a dotted path into an argument
    (`sources.knowledge_base_ids`)."""
    text_file: bool = False
    """The text comes from `--<flag>` or from a file, `--<flag>-file`."""


class Command(NamedTuple):
    """One resource command: `fetch-hive <words...> <arguments>`, calling an SDK method."""

    words: tuple[str, ...]
    help: str
    method: str
    """The SDK method it calls, by its path from the client (`knowledge_bases.items.create`)."""
    operation_id: str
    arguments: tuple[Argument, ...]
    columns: tuple[str, ...] = ()
    """The table's columns when the result is a list."""
    result: str | None = None
    """The field of the result to show (`chunks` of a search)."""
    update: bool = False
    """The command changes what its options give: at least one is needed."""
