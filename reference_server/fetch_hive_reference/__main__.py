"""``python -m fetch_hive_reference``: run the reference server (``make mock``)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ._extra import ServerExtraMissing, needs_server_extra
from .faults import FaultSyntaxError
from .settings import DEV_API_KEY, PLAN_CONCURRENCY, Settings
from .sockets import listening_socket
from .store import StoreError

API_KEY_ENV = "FETCH_HIVE_REFERENCE_API_KEY"
MAX_PORT = 65535


#: The usage line's program name when the server runs as ``python -m fetch_hive_reference``.
DEFAULT_PROG = "python -m fetch_hive_reference"


def build_parser(prog: str = DEFAULT_PROG) -> argparse.ArgumentParser:
    """The server's options; ``prog`` names the command in usage lines (``fetch-hive mock``)."""
    defaults = Settings()
    parser = argparse.ArgumentParser(
        prog=prog,
        description=f"Local reference Fetch Hive server (development key: {DEV_API_KEY}).",
    )
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    add("--port", type=int, default=8765, help="port to bind (default 8765; 0: a free port)")
    add("--api-key", help=f"API key to accept (default ${API_KEY_ENV}, else the development key)")
    add(
        "--fault",
        help="server-wide fault, e.g. 'rate_limit; retry_after=2' (docs/reference-server.md)",
    )
    add(
        "--stream-pace",
        type=float,
        default=defaults.stream_pace,
        help="seconds between stream chunks",
    )
    add(
        "--workflow-seconds",
        type=float,
        default=defaults.workflow_seconds,
        help="duration of a workflow run",
    )
    add(
        "--plan",
        choices=sorted(PLAN_CONCURRENCY),
        default=defaults.plan,
        help="plan whose concurrency cap applies",
    )
    add("--concurrency-cap", type=int, help="workflow concurrency cap (overrides --plan)")
    add(
        "--callback-attempts",
        type=int,
        default=defaults.callback_attempts,
        help="delivery attempts per callback",
    )
    add(
        "--callback-backoff",
        type=float,
        default=defaults.callback_backoff,
        help="first retry delay, doubled each time",
    )
    add(
        "--callback-allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver callbacks to this host or network (loopback is always allowed)",
    )
    add("--history-limit", type=int, default=defaults.history_limit, help="runs remembered")
    add(
        "--context-limit",
        type=int,
        default=defaults.context_limit,
        help="agent context window in tokens; threads nearing it get a summary event",
    )
    add(
        "--secret-seed",
        default=defaults.secret_seed,
        help="seed of the per-deployment webhook secrets",
    )
    add(
        "--state",
        type=Path,
        metavar="PATH",
        help="SQLite file for the stored resources (default: in memory, gone at exit)",
    )
    add(
        "--workspace-id",
        default=defaults.workspace_id,
        help="the API key's workspace (UUID) for /public/workspaces/{workspace_id}/...",
    )
    add(
        "--max-upload-bytes",
        type=int,
        default=defaults.max_upload_bytes,
        help="largest asset upload accepted (default 10 MiB; beyond: 413)",
    )
    add(
        "--delegation-seconds",
        type=float,
        default=defaults.delegation_seconds,
        help="how long an agent's background workflow runs",
    )
    add(
        "--hive-agent-seconds",
        type=float,
        default=defaults.hive_agent_seconds,
        help="how long a Hive Agent run takes before its callback",
    )
    add("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings(
        api_key=args.api_key or os.environ.get(API_KEY_ENV) or DEV_API_KEY,
        fault=args.fault,
        stream_pace=args.stream_pace,
        workflow_seconds=args.workflow_seconds,
        plan=args.plan,
        concurrency_cap=args.concurrency_cap,
        callback_attempts=args.callback_attempts,
        callback_backoff=args.callback_backoff,
        callback_allow_hosts=tuple(args.callback_allow_host),
        history_limit=args.history_limit,
        context_limit=args.context_limit,
        secret_seed=args.secret_seed,
        state_path=args.state,
        workspace_id=args.workspace_id,
        max_upload_bytes=args.max_upload_bytes,
        delegation_seconds=args.delegation_seconds,
        hive_agent_seconds=args.hive_agent_seconds,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: Exit status of a start-up failure (as argparse's for a bad option).
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None, *, prog: str = DEFAULT_PROG) -> int:
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if not 0 <= args.port <= MAX_PORT:  # else the system would take it modulo 65536
        return _refuse(prog, f"--port {args.port}: not a port (0 to {MAX_PORT}; 0: a free one)")
    try:
        settings = settings_from_args(args)
    except (ValueError, FaultSyntaxError) as exc:
        parser.error(str(exc))
    if not _is_loopback(args.host):
        print(
            f"warning: binding {args.host}: the server is reachable from other machines",
            file=sys.stderr,
        )
    try:
        with needs_server_extra():  # the options above need none of it: --help always works
            import uvicorn

            from .app import create_app
            from .quiet import quiet_expected_noise
    except ServerExtraMissing as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    try:
        app = create_app(settings)
    except StoreError as exc:
        print(f"{parser.prog}: error: --state {exc}", file=sys.stderr)
        return 2
    key_note = DEV_API_KEY if settings.api_key == DEV_API_KEY else "(custom key, not shown)"
    key_note += f"  workspace: {settings.workspace_id}"
    if settings.state_path is not None:
        key_note += f"  state: {settings.state_path}"
    quiet_expected_noise()
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        # Access logs carry no headers, so no Authorization value is ever written.
        access_log=args.log_level == "debug",
    )
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as exc:  # in use, an address not of this machine, a name unknown...
        cause = exc.strerror or str(exc)
        return _refuse(prog, f"cannot listen on {_url(args.host, args.port)} ({cause})")
    with sock:
        # Announced after binding, so that `--port 0` tells the port the system chose.
        port = sock.getsockname()[1]
        print(
            f"Fetch Hive reference server on {_url(args.host, port)}/v1  API key: {key_note}",
            file=sys.stderr,
            flush=True,
        )
        uvicorn.Server(config).run(sockets=[sock])
    return 0


def _refuse(prog: str, problem: str) -> int:
    """One line on stderr for a start-up failure, no traceback."""
    print(f"{prog}: {problem}", file=sys.stderr)
    return EXIT_USAGE


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


if __name__ == "__main__":
    raise SystemExit(main())
