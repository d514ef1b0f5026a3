"""The Starlette application: one route per path of openapi.yaml under ``/v1``, each method
to the handler registered for its operationId (``registry.py``) through the gate
(``gate.py``), and the error envelope everywhere."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from . import agent_work, gate
from .errors import ApiError
from .registry import Registration, load_handlers
from .settings import Settings
from .spec import ApiSpec, Operation
from .state import ServerState

logger = logging.getLogger("fetch_hive_reference")

_HTTP_ERRORS = {
    404: ("Not found", "not_found"),
    405: ("Method not allowed", "method_not_allowed"),
}


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    error, code = _HTTP_ERRORS.get(exc.status_code, ("Request failed", "http_error"))
    body = {"error": error, "message": str(exc.detail), "error_code": code}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


class _AnyText(Convertor[str]):
    """A path parameter of any text: `/` (sent as `%2F`, decoded before routing) and line
    breaks included. Starlette's `:path` is `.*`, which stops at a line break."""

    regex = r"[\s\S]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("any_text", _AnyText())


class MissingHandlers(RuntimeError):
    """Operations of openapi.yaml that no handler is registered for."""


def route_path(operation: Operation) -> str:
    """The operation's path as a Starlette route path under ``/v1``: a parameter marked
    ``x-fetch-hive-any-text`` takes any text, the others one path segment."""
    path = operation.path
    for parameter in operation.parameters:
        if parameter.location == "path" and parameter.any_text:
            path = path.replace(f"{{{parameter.name}}}", f"{{{parameter.name}:any_text}}")
    return "/v1" + path


def api_routes(
    spec: ApiSpec, registrations: Mapping[str, Registration], state: ServerState
) -> list[Route]:
    """One Route per path of the spec, in the spec's order (the invokes come first, and
    Starlette tries the routes in order on every request), with all its methods: Starlette
    answers 405 with Allow for the rest."""
    missing = sorted(set(spec.operations) - set(registrations))
    if missing:
        raise MissingHandlers(
            "no handler for " + ", ".join(missing) + ": add @handles(operationId) in "
            "fetch_hive_reference/handlers/"
        )
    by_path: dict[str, dict[str, gate.Endpoint]] = {}
    for operation in spec.operations.values():
        endpoint = gate.endpoint(operation, registrations[operation.operation_id], state)
        by_path.setdefault(route_path(operation), {})[operation.method] = endpoint
    return [
        Route(path, _dispatch(methods), methods=list(methods)) for path, methods in by_path.items()
    ]


def _dispatch(methods: dict[str, gate.Endpoint]) -> gate.Endpoint:
    if len(methods) == 1:
        [only] = methods.values()  # HEAD (Starlette adds it to GET routes) reaches it too
        return only

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await methods[method](request)

    return endpoint


def create_app(settings: Settings | None = None, *, spec: ApiSpec | None = None) -> Starlette:
    """The reference server as an ASGI application (``app.state.reference`` is its state)."""
    settings = settings if settings is not None else Settings()
    spec = spec if spec is not None else ApiSpec.load(settings.spec_path)
    state = ServerState(settings, spec)
    routes = api_routes(spec, load_handlers(), state)
    agent_work.expire_unfinished(state)

    async def openapi(request: Request) -> Response:
        return PlainTextResponse(spec.raw_text, media_type="application/yaml")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        try:
            yield
        finally:
            await state.aclose()

    app = Starlette(
        # Routes carry the /v1 prefix themselves: a Mount matches its rest with `.*`, which
        # stops at a line break, so a path parameter holding one would 404 at the mount.
        routes=[*routes, Route("/openapi.yaml", openapi, methods=["GET"])],
        lifespan=lifespan,
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
        },
    )
    app.state.reference = state
    return app
