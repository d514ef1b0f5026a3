"""A tiny real HTTP/1.1 server on 127.0.0.1 for the tests that need real sockets.

It counts TCP connections (to prove pool reuse and the absence of leaks) and answers every
POST/GET with what `respond(handler)` writes. Started and stopped by each test's `with`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[BaseHTTPRequestHandler], None]


def json_responder(body: bytes) -> Responder:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return respond


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, respond: Responder) -> None:
        self.respond = respond
        self.connections = 0
        self.open_connections = 0
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that stop reading early reset their connections: expected here.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so that pooling is observable
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections += 1
            self.server.open_connections += 1

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.lock:
                self.server.open_connections -= 1

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        try:
            self.server.respond(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_POST = _answer
    do_GET = _answer

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


@contextmanager
def local_server(respond: Responder) -> Iterator[_Server]:
    server = _Server(respond)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def base_url(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/v1"
