"""`fetch-hive kb|agents|chats|models|assets|hive-agent|delegations|approvals ...`: the
resource APIs from the terminal.

The commands are built from `_cli_commands.COMMANDS`, which `make regenerate` writes from
openapi.yaml (each operation's `x-fetch-hive-cli` extension): a new operation with one gets
its command with no change here. Each command calls the SDK method it names with its
arguments, and prints a table (lists) or `field: value` lines (one object) for people, or
the wire JSON with `--json`. Workspace-scoped commands use `--workspace-id` (or
`FETCH_HIVE_WORKSPACE_ID`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._cli_args import _UsageError, add_global_options, client_from_args, parse_json
from ._cli_commands import COMMANDS, GROUPS
from ._cli_spec import Argument, Command

_TYPES: dict[str, Callable[[str], Any]] = {"int": int, "float": float, "path": Path}


def add_parsers(commands: Any) -> None:
    """Add every resource command to the `fetch-hive` subcommands `commands`."""
    groups: dict[tuple[str, ...], Any] = {(): commands}
    for command in COMMANDS:
        parent = _group(groups, command.words[:-1])
        text = _plain(command.help)
        parser = parent.add_parser(command.words[-1], help=text, description=text)
        for argument in command.arguments:
            _add_argument(parser, argument)
        parser.add_argument("--json", action="store_true", help="print the wire JSON")
        add_global_options(parser, after_command=True)
        parser.set_defaults(run=_runner(command))


def _group(groups: dict[tuple[str, ...], Any], words: tuple[str, ...]) -> Any:
    """The subcommands of the group `words` (`kb items`), made on first use."""
    if words not in groups:
        parent = _group(groups, words[:-1])
        parser = parent.add_parser(words[-1], help=GROUPS.get(words))
        add_global_options(parser, after_command=True)
        groups[words] = parser.add_subparsers(
            dest="_".join(words).replace("-", "_") + "_command", required=True, metavar="COMMAND"
        )
    return groups[words]


def _add_argument(parser: argparse.ArgumentParser, argument: Argument) -> None:
    options: dict[str, Any] = {"help": _plain(argument.help) or None}
    if argument.action != "store":
        options["action"] = argument.action
    elif argument.type in _TYPES:
        options["type"] = _TYPES[argument.type]
    for key in ("choices", "metavar", "default"):
        value = getattr(argument, key)
        if value is not None:
            options[key] = value
    if argument.positional:
        parser.add_argument(argument.name, **options)
        return
    assert argument.flag is not None
    if argument.text_file:
        parser.add_argument(
            argument.flag, dest=argument.name, metavar="TEXT", help=_plain(argument.help) or None
        )
        parser.add_argument(
            argument.flag + "-file", dest=argument.name + "_file", type=Path, metavar="FILE",
            help="the same, read from a UTF-8 file",
        )  # fmt: skip
        return
    parser.add_argument(argument.flag, dest=argument.name, required=argument.required, **options)


def _plain(text: str) -> str:
    """A help text from the spec, as argparse shows it (it formats `%` itself)."""
    return text.replace("%", "%%")


def _runner(command: Command) -> Callable[[argparse.Namespace, TextIO], None]:
    def run(args: argparse.Namespace, out: TextIO) -> None:
        arguments = _arguments(command, args)
        with client_from_args(args) as client:
            method: Any = client
            for part in command.method.split("."):
                method = getattr(method, part)
            result = method(**arguments)
            if hasattr(result, "to_list"):  # a paged list: every page
                result = result.to_list()
        if command.result is not None:
            result = result.get(command.result) or []
        if args.json:
            out.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
        elif isinstance(result, list):
            out.write(table(result, command.columns))
        else:
            out.write(fields(result))

    return run


def _arguments(command: Command, args: argparse.Namespace) -> dict[str, Any]:
    """The SDK method's keyword arguments from the parsed command line."""
    found: dict[str, Any] = {}
    given_options = False
    for argument in command.arguments:
        value: Any
        if argument.text_file:
            value = _text(args, argument)
        else:
            value = getattr(args, argument.name)
            if argument.type == "json" and value is not None:
                value = parse_json(value, argument.flag or argument.name)
        if value is None or value is False:  # not given (a flag not set)
            continue
        given_options |= not argument.positional
        _place(found, argument.to or argument.name, value)
    if command.update and not given_options:
        flags = [
            flag
            for argument in command.arguments
            if not argument.positional and argument.flag
            for flag in (
                [argument.flag, argument.flag + "-file"] if argument.text_file else [argument.flag]
            )
        ]
        raise _UsageError(f"nothing to change: give at least one of {', '.join(flags)}")
    return found


def _place(arguments: dict[str, Any], to: str, value: Any) -> None:
    """`value` as the argument `to`, or inside it for a dotted path (`sources.asset_ids`)."""
    *parents, last = to.split(".")
    for parent in parents:
        arguments = arguments.setdefault(parent, {})
    arguments[last] = value


def _text(args: argparse.Namespace, argument: Argument) -> str | None:
    """A text from `--<flag>` or from the file of `--<flag>-file`; None when neither is
    given and it is not required."""
    assert argument.flag is not None
    text: str | None = getattr(args, argument.name)
    path: Path | None = getattr(args, argument.name + "_file")
    both = f"{argument.flag} or {argument.flag}-file"
    if text is not None and path is not None:
        raise _UsageError(f"give the text with {both}, not both")
    if path is not None:
        try:
            return Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise _UsageError(f"{argument.flag}-file {path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise _UsageError(f"{argument.flag}-file {path}: not UTF-8 text") from None
    if text is None and argument.required:
        raise _UsageError(f"give the text with {both} (one of them)")
    return text


def table(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """Rows as an aligned text table of `columns` (rich's, when it is installed)."""
    if not rows:
        return "(none)\n"
    cells = [[_cell(row.get(c) if isinstance(row, dict) else row) for c in columns] for row in rows]
    try:
        from io import StringIO

        from rich.console import Console
        from rich.table import Table
    except ImportError:
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
        return "\n".join(line.rstrip() for line in lines) + "\n"
    rich_table = Table(*columns, box=None, header_style="bold")
    for row in cells:
        rich_table.add_row(*row)
    buffer = StringIO()
    Console(file=buffer, width=160).print(rich_table)
    return buffer.getvalue()


def fields(value: Any) -> str:
    if not isinstance(value, dict):
        return f"{value}\n"
    return "".join(f"{key}: {_cell(item)}\n" for key, item in value.items())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, default=str)
        return text if len(text) <= 60 else text[:57] + "..."
    return str(value)
