"""The Starlette application: routes of openapi.yaml under ``/v1``, the error envelope everywhere."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route

from .errors import ApiError
from .handlers import Handlers
from .settings import Settings
from .spec import ApiSpec
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


Endpoint = Callable[[Request], Awaitable[Response]]


def _guard(endpoint: Endpoint) -> Endpoint:
    """A bug becomes a 500 with the envelope, and the connection stays usable.

    (Starlette's last-resort handler re-raises, which makes the server close the connection.)
    """

    @functools.wraps(endpoint)
    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)
        except (ApiError, HTTPException):
            raise
        except Exception:
            logger.exception("unexpected error in %s %s", request.method, request.url.path)
            body = {
                "error": "Internal server error",
                "message": "The reference server failed unexpectedly.",
                "error_code": "internal_server_error",
            }
            return JSONResponse(body, status_code=500)

    return guarded


def create_app(settings: Settings | None = None, *, spec: ApiSpec | None = None) -> Starlette:
    """The reference server as an ASGI application (``app.state.reference`` is its state)."""
    settings = settings if settings is not None else Settings()
    spec = spec if spec is not None else ApiSpec.load(settings.spec_path)
    state = ServerState(settings, spec)
    handlers = Handlers(state)

    async def openapi(request: Request) -> Response:
        return PlainTextResponse(spec.raw_text, media_type="application/yaml")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        try:
            yield
        finally:
            await state.aclose()

    api = [
        Route("/prompt/invoke", _guard(handlers.invoke_prompt), methods=["POST"]),
        Route("/workflow/invoke", _guard(handlers.invoke_workflow), methods=["POST"]),
        Route("/agent/invoke", _guard(handlers.invoke_agent), methods=["POST"]),
        Route(
            "/workflow/webhooks/{workflow_endpoint_id}/variants/{variant_id}",
            _guard(handlers.trigger_workflow),
            methods=["POST"],
        ),
        Route("/agent/webhooks/{agent_id}", _guard(handlers.trigger_agent), methods=["POST"]),
        Route(
            "/prompt/webhooks/{prompt_endpoint_id}/variants/{variant_id}",
            _guard(handlers.trigger_prompt),
            methods=["POST"],
        ),
        Route("/public/requests/{id}", _guard(handlers.get_request), methods=["GET"]),
        Route("/error_codes", _guard(handlers.list_error_codes), methods=["GET"]),
    ]
    app = Starlette(
        routes=[Route("/openapi.yaml", openapi, methods=["GET"]), Mount("/v1", routes=api)],
        lifespan=lifespan,
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
        },
    )
    app.state.reference = state
    return app
