"""`fetch-hive kb|agents|chats|models|assets|hive-agent|delegations|approvals ...`: the
resource APIs from the terminal.

Each command prints a table (lists) or `field: value` lines (one object) for people, or the
wire JSON with `--json`. Workspace-scoped commands use `--workspace-id` (or
`FETCH_HIVE_WORKSPACE_ID`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._cli_args import _UsageError, client_from_args

Runner = Callable[[Any, argparse.Namespace], Any]


def _command(
    group: Any,
    name: str,
    help_text: str,
    run: Runner,
    *,
    arguments: Sequence[tuple[str, dict[str, Any]]] = (),
    columns: Sequence[str] = (),
) -> None:
    parser = group.add_parser(name, help=help_text, description=help_text)
    for flag, options in arguments:
        parser.add_argument(flag, **options)
    parser.add_argument("--json", action="store_true", help="print the wire JSON")
    parser.set_defaults(run=_runner(run, columns))


def _runner(run: Runner, columns: Sequence[str]) -> Callable[[argparse.Namespace, TextIO], None]:
    def command(args: argparse.Namespace, out: TextIO) -> None:
        with client_from_args(args) as client:
            result = run(client, args)
        if args.json:
            out.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
        elif isinstance(result, list):
            out.write(table(result, columns))
        else:
            out.write(fields(result))

    return command


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


def _some(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The options among `names` that were given (attribute name -> API field name)."""
    found = {}
    for name in names:
        value = getattr(args, name.replace("-", "_"), None)
        if value is not None:
            found[name.replace("-", "_")] = value
    return found


def _id(name: str, help_text: str) -> tuple[str, dict[str, Any]]:
    return (name, {"help": help_text})


def _changes(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The fields an `update` command was given; a usage error when it was given none."""
    found = _some(args, *names)
    if not found:
        options = ", ".join("--" + name.replace("_", "-") for name in names)
        raise _UsageError(f"nothing to change: give at least one of {options}")
    return found


def _item_changes(args: argparse.Namespace) -> dict[str, Any]:
    found = _some(args, *ITEM_FIELDS)
    content = _content(args, required=False)
    if content is not None:
        found["data_content"] = content
    if not found:
        raise _UsageError(
            "nothing to change: give at least one of --name, --description, --content, "
            "--content-file, --chunk-overlap, --maximum-chunk-length"
        )
    return found


def add_parsers(commands: Any) -> None:
    _knowledge_bases(commands)
    _agents(commands)
    _chats(commands)
    _command(
        commands,
        "models",
        "list the models deployments can use",
        lambda client, args: client.models.list(),
        columns=("slug", "name", "provider", "model_type", "context_limit"),
    )
    _assets(commands)
    _hive_agents(commands)
    _delegations(commands)
    _approvals(commands)


KB_COLUMNS = ("id", "name", "search_type", "data_item_count", "status")
KB_SETTINGS: list[tuple[str, dict[str, Any]]] = [
    ("--description", {}),
    ("--search-type", {"choices": ["hybrid", "vector", "full_text"]}),
    ("--search-score-threshold", {"type": float, "metavar": "0..1"}),
    ("--search-chunk-limit", {"type": int, "metavar": "1..100"}),
]
SETTING_FIELDS = ("description", "search_type", "search_score_threshold", "search_chunk_limit")


def _knowledge_bases(commands: Any) -> None:
    kb = commands.add_parser("kb", help="knowledge bases and their items").add_subparsers(
        dest="kb_command", required=True, metavar="COMMAND"
    )
    _command(
        kb,
        "list",
        "list the knowledge bases",
        lambda c, a: c.knowledge_bases.list(),
        columns=KB_COLUMNS,
    )
    _command(
        kb,
        "create",
        "create a knowledge base",
        lambda c, a: c.knowledge_bases.create(name=a.name, **_some(a, *SETTING_FIELDS)),
        arguments=[_id("name", "its name"), *KB_SETTINGS],
    )
    _command(
        kb,
        "get",
        "show a knowledge base",
        lambda c, a: c.knowledge_bases.get(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        kb,
        "update",
        "change a knowledge base",
        lambda c, a: c.knowledge_bases.update(a.id, **_changes(a, "name", *SETTING_FIELDS)),
        arguments=[_id("id", "its id"), ("--name", {}), *KB_SETTINGS],
    )
    _command(
        kb,
        "delete",
        "delete a knowledge base",
        lambda c, a: c.knowledge_bases.delete(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        kb,
        "search",
        "search a knowledge base (the API requires the search type, chunk limit and score "
        "threshold in every search: the defaults below are sent when not given, not the "
        "knowledge base's stored settings)",
        lambda c, a: (
            c.knowledge_bases.search(
                a.id,
                a.query,
                search_type=a.search_type,
                chunk_limit=a.chunk_limit,
                score_threshold=a.score_threshold,
            ).get("chunks")
            or []
        ),
        arguments=[
            _id("id", "the knowledge base's id"),
            _id("query", "what to look for"),
            (
                "--search-type",
                {
                    "choices": ["hybrid", "vector", "full_text"],
                    "default": "hybrid",
                    "help": "default: hybrid",
                },
            ),
            (
                "--chunk-limit",
                {"type": int, "default": 5, "metavar": "1..100", "help": "default: 5"},
            ),
            (
                "--score-threshold",
                {"type": float, "default": 0.0, "metavar": "0..1", "help": "default: 0.0"},
            ),
        ],
        columns=("score", "item_name", "content"),
    )
    items = kb.add_parser("items", help="items of a knowledge base").add_subparsers(
        dest="items_command", required=True, metavar="COMMAND"
    )
    kb_id = _id("knowledge_base_id", "the knowledge base's id")
    _command(
        items,
        "list",
        "list the items",
        lambda c, a: c.knowledge_bases.items.list(a.knowledge_base_id),
        arguments=[kb_id],
        columns=("id", "name", "item_type", "status"),
    )
    _command(
        items,
        "add",
        "add an item (its text from --content or --content-file)",
        lambda c, a: c.knowledge_bases.items.create(
            a.knowledge_base_id, name=a.name, data_content=_content(a)
        ),
        arguments=[
            kb_id,
            _id("name", "its name"),
            ("--content", {}),
            ("--content-file", {"type": Path}),
        ],
    )
    _command(
        items,
        "update",
        "change an item (its text from --content or --content-file)",
        lambda c, a: c.knowledge_bases.items.update(a.knowledge_base_id, a.id, **_item_changes(a)),
        arguments=[
            kb_id,
            _id("id", "the item's id"),
            ("--name", {}),
            ("--description", {}),
            ("--content", {}),
            ("--content-file", {"type": Path}),
            ("--chunk-overlap", {"type": int, "metavar": "WORDS"}),
            ("--maximum-chunk-length", {"type": int, "metavar": "WORDS"}),
        ],
    )
    item_verbs = {
        "get": "show an item",
        "delete": "delete an item",
        "regenerate": "chunk and embed an item again",
    }
    for verb, text in item_verbs.items():
        arguments = [kb_id, _id("id", "the item's id")]
        _command(items, verb, text, _item_call(verb), arguments=arguments)


def _item_call(method: str) -> Runner:
    def run(client: Any, args: argparse.Namespace) -> Any:
        return getattr(client.knowledge_bases.items, method)(args.knowledge_base_id, args.id)

    return run


ITEM_FIELDS = ("name", "description", "chunk_overlap", "maximum_chunk_length")


def _content(args: argparse.Namespace, *, required: bool = True) -> str | None:
    """The item's text from --content or --content-file; None when neither is given and
    none is `required`."""
    if args.content is not None and args.content_file is not None:
        raise _UsageError("give the item's text with --content or --content-file, not both")
    if args.content is None and args.content_file is None:
        if not required:
            return None
        raise _UsageError("give the item's text with --content or --content-file (one of them)")
    if args.content is not None:
        return str(args.content)
    try:
        return Path(args.content_file).read_text(encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"--content-file {args.content_file}: {exc.strerror}") from None


AGENT_FIELDS = (
    "name",
    "llm_model",
    "model_type",
    "description",
    "instruction_prompt",
    "temperature",
)


def _agents(commands: Any) -> None:
    agents = commands.add_parser("agents", help="workspace agents (their settings)").add_subparsers(
        dest="agents_command", required=True, metavar="COMMAND"
    )
    columns = ("id", "name", "llm_model", "model_type")
    _command(agents, "list", "list the agents", lambda c, a: c.agents.list(), columns=columns)
    _command(
        agents,
        "get",
        "show an agent",
        lambda c, a: c.agents.get(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        agents,
        "create",
        "create an agent",
        lambda c, a: c.agents.create(
            name=a.name,
            llm_model=a.llm_model,
            model_type=a.model_type,
            **_some(a, "description", "instruction_prompt", "temperature"),
        ),
        arguments=[
            _id("name", "its name"),
            ("--llm-model", {"required": True, "help": "a slug of `fetch-hive models`"}),
            ("--model-type", {"required": True}),
            ("--description", {}),
            ("--instruction-prompt", {}),
            ("--temperature", {"type": float, "metavar": "0..2"}),
        ],
    )
    _command(
        agents,
        "update",
        "change an agent's settings",
        lambda c, a: c.agents.update(a.id, **_changes(a, *AGENT_FIELDS)),
        arguments=[
            _id("id", "its id"),
            ("--name", {}),
            ("--llm-model", {"help": "a slug of `fetch-hive models`"}),
            ("--model-type", {}),
            ("--description", {}),
            ("--instruction-prompt", {}),
            ("--temperature", {"type": float, "metavar": "0..2"}),
        ],
    )
    _command(
        agents,
        "delete",
        "delete an agent",
        lambda c, a: c.agents.delete(a.id),
        arguments=[_id("id", "its id")],
    )


def _chats(commands: Any) -> None:
    chats = commands.add_parser("chats", help="chats of an agent").add_subparsers(
        dest="chats_command", required=True, metavar="COMMAND"
    )
    agent, chat = _id("agent_id", "the agent's id"), _id("chat_id", "the chat's id")
    _command(
        chats,
        "create",
        "start a chat",
        lambda c, a: c.agents.chats.create(a.agent_id, a.name),
        arguments=[agent, _id("name", "its name")],
    )
    _command(
        chats,
        "get",
        "show a chat",
        lambda c, a: c.agents.chats.get(a.agent_id, a.chat_id),
        arguments=[agent, chat],
    )
    _command(
        chats,
        "update",
        "rename a chat",
        lambda c, a: c.agents.chats.update(a.agent_id, a.chat_id, name=a.name),
        arguments=[agent, chat, ("--name", {"required": True, "help": "its new name"})],
    )
    _command(
        chats,
        "messages",
        "list a chat's messages",
        lambda c, a: c.agents.chats.messages(a.agent_id, a.chat_id),
        arguments=[agent, chat],
        columns=("role", "content"),
    )
    _command(
        chats,
        "clear",
        "remove a chat's messages",
        lambda c, a: c.agents.chats.clear_messages(a.agent_id, a.chat_id),
        arguments=[agent, chat],
    )
    _command(
        chats,
        "delete",
        "delete a chat",
        lambda c, a: c.agents.chats.delete(a.agent_id, a.chat_id),
        arguments=[agent, chat],
    )


def _assets(commands: Any) -> None:
    assets = commands.add_parser("assets", help="files of a workspace").add_subparsers(
        dest="assets_command", required=True, metavar="COMMAND"
    )
    _command(
        assets,
        "list",
        "list the assets",
        lambda c, a: c.assets.list(),
        columns=("id", "file_name", "file_type", "file_size"),
    )
    _command(
        assets,
        "upload",
        "upload a file (streamed)",
        lambda c, a: c.assets.upload(_existing(a.file), content_type=a.content_type),
        arguments=[("file", {"type": Path}), ("--content-type", {})],
    )


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise _UsageError(f"{path}: no such file")
    return path


def _hive_agents(commands: Any) -> None:
    hive = commands.add_parser("hive-agent", help="Hive Agent runs").add_subparsers(
        dest="hive_command", required=True, metavar="COMMAND"
    )
    _command(
        hive,
        "run",
        "start a Hive Agent run (its result is POSTed to --callback-url)",
        lambda c, a: c.hive_agents.invoke(
            a.hive_agent,
            a.objective,
            callback_url=a.callback_url,
            unattended=a.unattended or None,
            budget_policy=a.budget_policy,
            sources={"knowledge_base_ids": a.knowledge_base} if a.knowledge_base else None,
        ),
        arguments=[
            _id("hive_agent", "the Hive Agent's id"),
            _id("objective", "what it should achieve"),
            ("--callback-url", {"required": True}),
            ("--unattended", {"action": "store_true"}),
            ("--budget-policy", {"choices": ["stop", "proceed_to_cap"]}),
            (
                "--knowledge-base",
                {"action": "append", "metavar": "ID", "help": "a source (repeatable)"},
            ),
        ],
    )


def _delegations(commands: Any) -> None:
    delegations = commands.add_parser(
        "delegations", help="background work of agents"
    ).add_subparsers(dest="delegations_command", required=True, metavar="COMMAND")
    _command(
        delegations,
        "get",
        "show a delegation",
        lambda c, a: c.delegations.get(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        delegations,
        "cancel",
        "cancel a delegation",
        lambda c, a: c.delegations.cancel(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        delegations,
        "list",
        "list a thread's pending delegations",
        lambda c, a: c.delegations.list(a.thread_id),
        arguments=[_id("thread_id", "the conversation thread")],
        columns=("id", "status", "kind", "expected_by"),
    )


def _approvals(commands: Any) -> None:
    approvals = commands.add_parser("approvals", help="tool-action approvals").add_subparsers(
        dest="approvals_command", required=True, metavar="COMMAND"
    )
    _command(
        approvals,
        "list",
        "list the approvals (every page)",
        lambda c, a: c.approvals.list(**_some(a, "status", "agent_id")),
        arguments=[("--status", {}), ("--agent-id", {})],
        columns=("id", "status", "tool_name", "agent_id"),
    )
    _command(
        approvals,
        "get",
        "show an approval",
        lambda c, a: c.approvals.get(a.id),
        arguments=[_id("id", "its id")],
    )
    _command(
        approvals,
        "decide",
        "allow a tool call once, or deny it",
        lambda c, a: c.approvals.decide(a.id, a.decision),
        arguments=[_id("id", "its id"), ("decision", {"choices": ["allow_once", "deny"]})],
    )
