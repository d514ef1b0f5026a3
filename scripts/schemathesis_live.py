"""Contract test over a real socket: `schemathesis run` against the reference server.

Starts the reference server on a free 127.0.0.1 port, runs the schemathesis CLI with every check,
at least 100 examples per operation, the development API key and the triggers' webhook secrets,
and the checks of scripts/contract_checks.py, and exits with schemathesis's status. Auth warnings are failures, so a missing or wrong key fails
the run. The server is always stopped, whatever happens.

    python scripts/schemathesis_live.py [--max-examples N] [--api-key KEY] [-- extra CLI args]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from fetch_hive_reference.callbacks import webhook_secret
from fetch_hive_reference.contract import TRIGGER_TARGETS, schemathesis_config
from fetch_hive_reference.spec import find_spec_file
from fetch_hive_reference.testing import RunningServer, running_server

MIN_EXAMPLES = 100
CHECKS = Path(__file__).resolve().parent / "contract_checks.py"
# schemathesis probes the server with a header holding a NULL byte ("API capabilities"):
# uvicorn refuses it with 400 and logs a warning that reads like a failure of the run.
UVICORN_PROBE_WARNING = "Invalid HTTP request received."


class _HideCapabilityProbe(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != UVICORN_PROBE_WARNING


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return (
            "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
        )
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def to_toml(config: Mapping[str, Any]) -> str:
    """The few shapes schemathesis settings use: scalars, tables, arrays of tables."""
    lines: list[str] = []
    tables: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in config.items():
        if isinstance(value, Mapping):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{json.dumps(key)} = {toml_value(value)}")
    for key, table in tables:
        lines += [
            "",
            f"[{json.dumps(key)}]",
            *(f"{json.dumps(k)} = {toml_value(v)}" for k, v in table.items()),
        ]
    for key, items in arrays:
        for item in items:
            lines += [
                "",
                f"[[{json.dumps(key)}]]",
                *(f"{json.dumps(k)} = {toml_value(v)}" for k, v in item.items()),
            ]
    return "\n".join(lines) + "\n"


def seed_run(
    server: RunningServer, path: str = "/prompt/invoke", deployment: str = "welcome-email"
) -> str:
    """One finished run, so that the lookups (``GET /public/requests/{id}``,
    ``GET /workflow_runs/{id}``) have something to find."""
    response = httpx.post(
        server.base_url + path,
        json={"deployment": deployment, "inputs": {"name": "Alice"}},
        headers={"Authorization": f"Bearer {server.api_key}"},
        trust_env=False,
    )
    response.raise_for_status()
    request_id: str = response.json()["request_id"]
    return request_id


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=MIN_EXAMPLES)
    parser.add_argument("--api-key", help="key schemathesis sends (default: the server's key)")
    parser.add_argument("--no-auth", action="store_true", help="send no API key (must fail)")
    parser.add_argument("--seed", type=int, help="hypothesis seed, for a reproducible run")
    # One worker: with two threads, CPython 3.11.7 can hit its ast.parse race (gh-106905,
    # fixed in 3.11.8) inside hypothesis, which fails the run for nothing.
    parser.add_argument("--workers", default="1", help="schemathesis workers (default 1)")
    if "--" in argv:
        split = list(argv).index("--")
        return parser.parse_args(argv[:split]), list(argv[split + 1 :])
    return parser.parse_args(argv), []


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = parse_args(sys.argv[1:] if argv is None else argv)
    logging.getLogger("uvicorn.error").addFilter(_HideCapabilityProbe())
    spec = find_spec_file()
    schemathesis = Path(sys.executable).parent / "schemathesis"
    # Pace 0 and one quick callback attempt keep the run fast; callbacks to invented hosts are
    # refused by the server anyway (it only calls loopback).
    with (
        running_server(
            stream_pace=0, callback_attempts=1, callback_timeout=1.0, history_limit=100_000
        ) as server,
        tempfile.TemporaryDirectory(prefix="schemathesis-live-") as workdir,
    ):
        config = schemathesis_config(
            server.settings,
            api_key=args.api_key,
            max_examples=args.max_examples,
            seed=args.seed,
            known_request_id=seed_run(server),
            known_workflow_run=seed_run(server, "/workflow/invoke", "market-report"),
        )
        if args.no_auth:
            del config["auth"]
        config_file = Path(workdir) / "schemathesis.toml"
        config_file.write_text(to_toml(config), encoding="utf-8")
        command = [
            str(schemathesis),
            "--config-file",
            str(config_file),
            "run",
            str(spec),
            "--url",
            server.base_url,
            "--checks",
            "all",
            "--max-examples",
            str(args.max_examples),
            "--workers",
            args.workers,
            "--generation-database",
            "none",
            *extra,
        ]
        print(
            f"schemathesis against {server.base_url} ({args.max_examples} examples per operation)"
        )
        secrets = [
            webhook_secret(server.settings.secret_seed, kind, next(iter(path.values())))
            for kind, path in TRIGGER_TARGETS.values()
        ]
        environ = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": str(CHECKS),
            "CONTRACT_CREDENTIALS": json.dumps({"api_key": server.api_key, "secrets": secrets}),
        }
        result = subprocess.run(command, check=False, env=environ)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
