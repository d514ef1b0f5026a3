"""A server of the server benchmark, in a process of its own:
`_servers.py reference|minimal PORT_FILE [ANSWERS_JSON_FILE]`.

- `reference`: the reference server (auth, validation from the spec, deterministic answers,
  run records), streams unpaced;
- `minimal`: the smallest Starlette app returning the same bytes: the recorded answer of
  the reference server to the benchmark's JSON prompt and to its streamed prompt;
- `reference-routing`: the reference server's application (its routes, error handlers,
  middleware) with the minimal app's prompt handler in place of its own: what the
  application around the handler costs, apart from the handler's work.

Both on uvicorn with the same settings and a TCP_NODELAY loopback socket; the port is
written to PORT_FILE once the server listens.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
from pathlib import Path
from typing import Any

import uvicorn


def minimal_app(answers: dict[str, Any]) -> Any:
    from starlette.applications import Starlette
    from starlette.routing import Route

    return Starlette(
        routes=[Route("/v1/prompt/invoke", _minimal_prompt(answers), methods=["POST"])]
    )


def _minimal_prompt(answers: dict[str, Any]) -> Any:
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse

    json_body = base64.b64decode(answers["json"])
    stream_events = [base64.b64decode(event) for event in answers["stream"]]

    async def prompt(request: Request) -> Response:
        body = await request.json()
        if body.get("streaming"):

            async def events() -> Any:
                for event in stream_events:
                    yield event

            return StreamingResponse(events(), media_type="text/event-stream")
        return Response(json_body, media_type="application/json")

    return prompt


def reference_app() -> Any:
    from fetch_hive_reference.app import create_app
    from fetch_hive_reference.settings import Settings

    return create_app(Settings(stream_pace=0.0))


def reference_routing_app(answers: dict[str, Any]) -> Any:
    from starlette.routing import Route

    app = reference_app()
    routes = app.router.routes
    index = next(i for i, route in enumerate(routes) if route.path == "/v1/prompt/invoke")
    routes[index] = Route("/v1/prompt/invoke", _minimal_prompt(answers), methods=["POST"])
    return app


def main() -> None:
    kind, port_file = sys.argv[1], Path(sys.argv[2])
    if kind == "minimal":
        app = minimal_app(json.loads(Path(sys.argv[3]).read_text()))
    elif kind == "reference-routing":
        app = reference_routing_app(json.loads(Path(sys.argv[3]).read_text()))
    else:
        app = reference_app()
    from fetch_hive_reference.sockets import listening_socket

    sock = listening_socket("127.0.0.1", 0)
    sock.listen(1024)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            await asyncio.sleep(0.01)
        port_file.write_text(str(sock.getsockname()[1]))
        await task

    asyncio.run(serve())


if __name__ == "__main__":
    main()
