"""Run the reference server inside a test: a real socket on 127.0.0.1, a free port, clean stop.

with running_server(stream_pace=0) as server:
    client = FetchHive(api_key=server.api_key, base_url=server.base_url)
    server.set_fault("rate_limit; retry_after=1")
    ...
    deliveries = server.wait_for_deliveries(1)
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from ._extra import needs_server_extra

with needs_server_extra():  # without the server extra: one line saying how to install it
    import uvicorn
    from starlette.applications import Starlette

    from .app import create_app
    from .callbacks import Delivery
    from .faults import FaultSpec
    from .quiet import quiet_expected_noise
    from .settings import Settings
    from .sockets import listening_socket
    from .state import RunRecord, ServerState

_START_TIMEOUT = 10.0


class RunningServer:
    """A reference server running in a background thread."""

    def __init__(self, app: Starlette, host: str, port: int) -> None:
        self.app = app
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` (no ``/v1``)."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL, ``http://127.0.0.1:PORT/v1``."""
        return self.url + "/v1"

    @property
    def state(self) -> ServerState:
        state: ServerState = self.app.state.reference
        return state

    @property
    def settings(self) -> Settings:
        """The live settings: changes apply to the next request."""
        return self.state.settings

    @property
    def api_key(self) -> str:
        return self.settings.api_key

    def webhook_secret(self, kind: str, name: str) -> str:
        """The webhook secret of a deployment; ``kind`` is prompt, workflow or agent."""
        return self.state.secret_for(kind, name)

    def set_fault(self, fault: str | None) -> None:
        """Change the server-wide fault (None: behave); also resets the flaky counters."""
        FaultSpec.parse_optional(fault)
        self.settings.fault = fault
        self.state.flaky.reset()

    def clear_fault(self) -> None:
        self.set_fault(None)

    def reset(self, *, timeout: float = 10.0) -> None:
        """Forget every run, thread, delivery and stored resource; cancel background work.

        Runs on the server's event loop and returns when it is done. Settings stay as they are.
        """
        loop = self.state.loop
        if loop is None:
            raise RuntimeError("the server has not started")
        asyncio.run_coroutine_threadsafe(self.state.reset(), loop).result(timeout)

    def runs(self) -> list[RunRecord]:
        return self.state.runs()

    def get_run(self, request_id: str) -> RunRecord | None:
        return self.state.get_run(request_id)

    def deliveries(self) -> list[Delivery]:
        """Every callback delivery so far (delivered, failed, refused or still pending)."""
        return self.state.deliveries()

    def wait_for_deliveries(
        self, count: int, *, timeout: float = 10.0, request_id: str | None = None
    ) -> list[Delivery]:
        """Wait until ``count`` deliveries (for ``request_id`` if given) have finished."""
        deadline = time.monotonic() + timeout
        while True:
            found = [
                delivery
                for delivery in self.deliveries()
                if delivery.finished and request_id in (None, delivery.request_id)
            ]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(found)} of {count} callback deliveries finished")
            time.sleep(0.01)

    def __repr__(self) -> str:
        return f"RunningServer(base_url={self.base_url!r})"


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test runner owns the signals
        pass


@contextlib.contextmanager
def serving_asgi(
    app: Any, *, lifespan: Literal["auto", "on", "off"] = "on", name: str = "asgi"
) -> Iterator[int]:
    """Serve any ASGI app with uvicorn on 127.0.0.1 (a free port, given to the caller) in a
    background thread; stop it on exit. Used for the reference server and for receivers."""
    sock = listening_socket("127.0.0.1", 0)
    port: int = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan=lifespan, timeout_graceful_shutdown=2
    )
    server = _Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"{name}:{port}", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start")
            time.sleep(0.005)
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=_START_TIMEOUT)
        sock.close()


@contextlib.contextmanager
def running_server(**settings: Any) -> Iterator[RunningServer]:
    """Start the server on 127.0.0.1 with a free port; stop it (and its deliveries) on exit.

    Keywords are ``Settings`` fields, e.g. ``stream_pace=0``, ``fault="drop; after=1"``,
    ``concurrency_cap=1``, ``workflow_seconds=0.5``.
    """
    app = create_app(Settings(**settings))
    quiet_expected_noise()
    with serving_asgi(app, name="the reference server") as port:
        yield RunningServer(app, "127.0.0.1", port)


@dataclass(frozen=True)
class ReceivedCallback:
    """One POST the receiver got: the raw body bytes, exactly as sent."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int


class CallbackReceiver:
    """A tiny HTTP endpoint on 127.0.0.1 that records callback POSTs."""

    def __init__(self, port: int, statuses: Sequence[int]) -> None:
        self.port = port
        self._statuses = list(statuses)
        self._received: list[ReceivedCallback] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT/callback``."""
        return f"http://127.0.0.1:{self.port}/callback"

    def _next_status(self) -> int:
        with self._lock:
            return self._statuses.pop(0) if self._statuses else 200

    def _record(self, callback: ReceivedCallback) -> None:
        with self._lock:
            self._received.append(callback)

    @property
    def received(self) -> list[ReceivedCallback]:
        with self._lock:
            return list(self._received)

    def wait_for(self, count: int, *, timeout: float = 10.0) -> list[ReceivedCallback]:
        """Wait until ``count`` POSTs arrived (whatever the receiver answered them)."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.received)} of {count} callbacks received")
            time.sleep(0.01)
        return self.received


@contextlib.contextmanager
def callback_receiver(statuses: Sequence[int] = ()) -> Iterator[CallbackReceiver]:
    """Receive callbacks on a free 127.0.0.1 port; answers ``statuses`` in turn, then 200."""
    receiver: CallbackReceiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = receiver._next_status()
            receiver._record(ReceivedCallback(self.path, dict(self.headers.items()), body, status))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver = CallbackReceiver(httpd.server_address[1], statuses)
    thread = threading.Thread(target=httpd.serve_forever, name="callback-receiver", daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
