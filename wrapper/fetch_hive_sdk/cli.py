"""`fetch-hive`: the SDK from the terminal.

Every command prints a readable answer, or the wire JSON with `--json`. Errors print one
line on stderr and exit non-zero: 2 for bad arguments, no API key for a command that needs
one, or a file, stdin or stdout the command cannot use (nothing was sent); 1 for errors of the service or the connection, or
output that could not be written after sending (stdout closed by its reader); 3 for a
callback that fails verification; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from . import _batch_cli, _resources_cli
from ._cli_args import (
    _CommandError,
    _UsageError,
    add_global_options,
    client_from_args,
    parse_json,
    parse_pairs,
    reason,
)
from ._errors import APIStatusError, FetchHiveError, InputValidationError, MissingAPIKeyError
from ._version import __version__

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_UNVERIFIED = 3


def _inputs(args: argparse.Namespace) -> dict[str, Any] | None:
    inputs: dict[str, Any] = {}
    if args.inputs_json is not None:
        loaded = parse_json(args.inputs_json, "--inputs-json")
        if not isinstance(loaded, dict):
            raise _UsageError("--inputs-json must be a JSON object")
        inputs.update(loaded)
    inputs.update(parse_pairs(args.input, "--input"))
    return inputs or None


def _metadata(args: argparse.Namespace) -> dict[str, Any] | None:
    return parse_pairs(args.metadata, "--metadata") or None


def _print_json(value: Any, out: TextIO) -> None:
    data = value.to_dict() if hasattr(value, "to_dict") else value
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _print_stream(stream: Any, args: argparse.Namespace, out: TextIO) -> None:
    """Print answer tokens as they arrive; reasoning and tool calls go to stderr."""
    with stream:
        for event in stream:
            if args.json:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
                continue
            kind = event.get("type")
            if kind == "response":
                out.write(str(event.get("response") or ""))
                out.flush()
            elif kind == "tool":
                sys.stderr.write(f"\n[tool {event.get('tool')}]\n")
            elif kind == "usage":
                usage = event.get("usage") or {}
                sys.stderr.write(f"\n[{usage.get('total_tokens', '?')} tokens]\n")
    if not args.json:
        out.write("\n")


def cmd_prompt(args: argparse.Namespace, out: TextIO) -> None:
    with client_from_args(args) as client:
        call = dict(
            deployment=args.deployment,
            variant=args.variant,
            inputs=_inputs(args),
            metadata=_metadata(args),
            user=args.user,
        )
        if args.stream:
            _print_stream(client.invoke_prompt(**call, streaming=True), args, out)
            return
        result = client.invoke_prompt(**call)
        if args.json:
            _print_json(result, out)
        else:
            out.write(f"{result['response']}\n")


def cmd_workflow(args: argparse.Namespace, out: TextIO) -> None:
    with client_from_args(args) as client:
        run = client.invoke_workflow(
            deployment=args.deployment,
            variant=args.variant,
            inputs=_inputs(args),
            metadata=_metadata(args),
            user=args.user,
            async_mode=args.callback_url is not None,
            callback_url=args.callback_url,
        )
        if args.json:
            _print_json(run, out)
        elif "output" in run:
            output = run["output"]
            out.write((output if isinstance(output, str) else json.dumps(output, indent=2)) + "\n")
        else:
            out.write(
                f"{run['run_status']}: {run['request_id']} (result goes to the callback URL)\n"
            )


def cmd_agent(args: argparse.Namespace, out: TextIO) -> None:
    with client_from_args(args) as client:
        call = dict(
            agent=args.agent,
            message=args.message,
            thread_id=args.thread_id,
            metadata=_metadata(args),
            user=args.user,
            attachments=args.attachment or None,
        )
        if args.stream:
            _print_stream(client.invoke_agent(**call, streaming=True), args, out)
            return
        answer = client.invoke_agent(**call)
        if args.json:
            _print_json(answer, out)
            return
        for tool in answer.get("tool_calls") or []:
            sys.stderr.write(f"[tool {tool.get('tool_name')}]\n")
        out.write(f"{answer.get('response', '')}\n")


def cmd_request(args: argparse.Namespace, out: TextIO) -> None:
    with client_from_args(args) as client:
        record = client.get_request(args.request_id)
        if args.json:
            _print_json(record, out)
        else:
            out.write(f"{record['request_id']}: {record['status']} ({record['request_type']})\n")


def cmd_error_codes(args: argparse.Namespace, out: TextIO) -> None:
    with client_from_args(args) as client:
        catalogue = client.list_error_codes(locale=args.locale)
        if args.json:
            _print_json(catalogue, out)
            return
        for code in catalogue["codes"]:
            out.write(
                f"{code.get('code', '?'):<40} {code.get('status', ''):>3}  {code.get('message', '')}\n"
            )


def cmd_verify_webhook(args: argparse.Namespace, out: TextIO) -> None:
    from .webhooks import WebhookVerificationError, construct_event
    from .webhooks._signature import secret_problem

    source = "--secret" if args.secret else "FETCH_HIVE_WEBHOOK_SECRET"
    secret = args.secret or os.environ.get("FETCH_HIVE_WEBHOOK_SECRET")
    if not secret:
        raise _UsageError("no secret: pass --secret or set FETCH_HIVE_WEBHOOK_SECRET")
    problem = secret_problem(secret)
    if problem is not None:  # a bad secret is a usage error, not an unverified callback
        raise _UsageError(f"{source}: {problem}")
    if sys.stdin is None:  # started with stdin closed (`<&-`)
        raise _UsageError("verify-webhook reads the callback body on stdin, and stdin is closed")
    try:
        payload = sys.stdin.buffer.read()  # the raw bytes: decoding would change the signature
    except OSError as exc:
        raise _UsageError(f"stdin: cannot read the callback body ({reason(exc)})") from None
    try:
        event = construct_event(payload, {"X-Fetch-Hive-Signature": args.signature or ""}, secret)
    except WebhookVerificationError as exc:
        sys.stderr.write(f"fetch-hive: not verified: {exc}\n")
        raise SystemExit(EXIT_UNVERIFIED) from None
    if args.json:
        _print_json(event, out)
    else:
        out.write(f"verified: {event.event_type} {event.request_id}\n")


def cmd_mock(args: argparse.Namespace, out: TextIO) -> int:
    import importlib

    try:  # the server is an optional extra of the distribution
        serve = importlib.import_module("fetch_hive_reference.__main__").main
    except ImportError:
        raise _UsageError(
            "the reference server is not installed: pip install 'fetch-hive-sdk-python[server]'"
        ) from None
    return int(serve(args.server_args, prog="fetch-hive mock"))


def _add_common_call_options(parser: argparse.ArgumentParser, *, inputs: bool = True) -> None:
    if inputs:
        parser.add_argument("--variant", help="deployment variant (default: the server's)")
        parser.add_argument(
            "--input", action="append", metavar="KEY=VALUE",
            help="an input value (repeatable); KEY:=JSON for a JSON value",
        )  # fmt: skip
        parser.add_argument("--inputs-json", metavar="JSON", help="all inputs as a JSON object")
    parser.add_argument(
        "--metadata", action="append", metavar="KEY=VALUE",
        help="flat metadata (repeatable); KEY:=JSON for numbers, booleans, null",
    )  # fmt: skip
    parser.add_argument("--user", help="opaque caller id")
    parser.add_argument("--json", action="store_true", help="print the raw JSON answer")


EPILOG = """\
The global options go before or after the command:
  fetch-hive kb list --workspace-id WS   is   fetch-hive --workspace-id WS kb list
The API key comes from --api-key or FETCH_HIVE_API_KEY (a command that needs one
exits 2 without it, nothing sent), the base URL from --base-url or
FETCH_HIVE_BASE_URL, the workspace of the resource commands from --workspace-id
or FETCH_HIVE_WORKSPACE_ID.

Exit codes: 0 done; 2 bad arguments or no API key, nothing sent; 1 an error of
the service or the connection; 3 a callback that fails verification; 130
interrupted."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fetch-hive",
        description="Run Fetch Hive prompts, workflows and agents from the terminal.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"fetch-hive {__version__}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    prompt = commands.add_parser("prompt", help="run a prompt deployment")
    prompt.add_argument("deployment")
    _add_common_call_options(prompt)
    prompt.add_argument("--stream", action="store_true", help="print tokens as they arrive")
    add_global_options(prompt, after_command=True)
    prompt.set_defaults(run=cmd_prompt)

    workflow = commands.add_parser("workflow", help="run a workflow deployment")
    workflow.add_argument("deployment")
    _add_common_call_options(workflow)
    workflow.add_argument(
        "--callback-url", help="callback delivery: return at once, POST the result here"
    )
    add_global_options(workflow, after_command=True)
    workflow.set_defaults(run=cmd_workflow)

    agent = commands.add_parser("agent", help="send a message to an agent")
    agent.add_argument("agent", help="the agent's id")
    agent.add_argument("message")
    agent.add_argument("--thread-id", help="continue (or start) this conversation")
    agent.add_argument(
        "--attachment", action="append", metavar="URL", help="an https file (repeatable)"
    )
    _add_common_call_options(agent, inputs=False)
    agent.add_argument("--stream", action="store_true", help="print tokens as they arrive")
    add_global_options(agent, after_command=True)
    agent.set_defaults(run=cmd_agent)

    request = commands.add_parser("request", help="look up a run by its request id")
    request.add_argument("request_id")
    request.add_argument("--json", action="store_true", help="print the raw JSON answer")
    add_global_options(request, after_command=True)
    request.set_defaults(run=cmd_request)

    codes = commands.add_parser("error-codes", help="list the error-code catalogue")
    codes.add_argument("--locale", help="language of the texts, e.g. es")
    codes.add_argument("--json", action="store_true", help="print the raw JSON answer")
    add_global_options(codes, after_command=True)
    codes.set_defaults(run=cmd_error_codes)

    verify = commands.add_parser(
        "verify-webhook", help="verify a callback body read from stdin",
        description="Reads the raw callback body on stdin and checks its signature.",
    )  # fmt: skip
    verify.add_argument("--secret", help="webhook secret (default: $FETCH_HIVE_WEBHOOK_SECRET)")
    verify.add_argument("--signature", help="the X-Fetch-Hive-Signature header value")
    verify.add_argument("--json", action="store_true", help="print the verified event as JSON")
    add_global_options(verify, after_command=True)
    verify.set_defaults(run=cmd_verify_webhook)

    _batch_cli.add_parser(commands)
    _resources_cli.add_parsers(commands)

    # The server parses its own options: `fetch-hive mock --help` shows them.
    mock = commands.add_parser("mock", add_help=False, help="run the local reference server")
    mock.set_defaults(run=cmd_mock, prints=False)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "mock":
        args.server_args = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    out = out or sys.stdout  # None when started with stdout closed (`>&-`)
    if out is None:
        if getattr(args, "prints", True):  # found before sending: no answer paid for and lost
            sys.stderr.write("fetch-hive: stdout is closed: nowhere to print the answer\n")
            return EXIT_USAGE
        out = io.StringIO()  # a command that prints nothing there
    run: Callable[[argparse.Namespace, TextIO], int | None] = args.run
    try:
        exit_code = run(args, out)
        out.flush()  # now, so that a closed pipe is reported here, not at exit
    except (_UsageError, InputValidationError) as exc:
        sys.stderr.write(f"fetch-hive: {exc}\n")
        return EXIT_USAGE
    except MissingAPIKeyError:  # raised before the request is sent
        sys.stderr.write("fetch-hive: no API key: pass --api-key or set FETCH_HIVE_API_KEY\n")
        return EXIT_USAGE
    except APIStatusError as exc:
        code = f" [{exc.error_code}]" if exc.error_code else ""
        sys.stderr.write(f"fetch-hive: HTTP {exc.status_code}{code}: {exc.message}\n")
        return EXIT_API_ERROR
    except FetchHiveError as exc:
        sys.stderr.write(f"fetch-hive: {type(exc).__name__}: {exc}\n")
        return EXIT_API_ERROR
    except _CommandError as exc:
        sys.stderr.write(f"fetch-hive: {exc}\n")
        return EXIT_API_ERROR
    except BrokenPipeError:  # `fetch-hive ... | head -1`: the reader left
        _discard_stdout(out)
        sys.stderr.write("fetch-hive: stdout was closed by its reader: the output is cut short\n")
        return EXIT_API_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("fetch-hive: interrupted\n")
        return 130
    return exit_code or 0


def _discard_stdout(out: TextIO) -> None:
    """Point stdout at /dev/null, so that the interpreter's flush at exit does not fail on
    the closed pipe again (with a message of its own)."""
    if out is not sys.stdout:
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, out.fileno())
    finally:
        os.close(devnull)


if __name__ == "__main__":
    raise SystemExit(main())
