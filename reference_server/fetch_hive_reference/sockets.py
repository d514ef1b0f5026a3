"""The listening socket of the server.

TCP_NODELAY matters: uvicorn writes a response's headers and body separately, and with
Nagle's algorithm on, the body waits for the client's delayed ACK (about 40 ms on Linux)
on every response. Accepted connections inherit the option from the listening socket.
"""

from __future__ import annotations

import socket


def listening_socket(host: str, port: int) -> socket.socket:
    """A listening socket for uvicorn (`sockets=[...]`), with TCP_NODELAY and SO_REUSEADDR.

    Listening already: the address is announced before uvicorn starts, and a client that
    connects at once must wait in the backlog, not be refused."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
        sock.listen(2048)  # uvicorn's own backlog
    except OSError:
        sock.close()  # not left open until the collector finds it
        raise
    return sock
