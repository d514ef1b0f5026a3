"""The Starlette application: routes of openapi.yaml under ``/v1``, the error envelope everywhere."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from .errors import ApiError
from .handlers import Handlers
from .resources import Resources
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


class _AnyText(Convertor[str]):
    """A path parameter of any text: `/` (sent as `%2F`, decoded before routing) and line
    breaks included. Starlette's `:path` is `.*`, which stops at a line break."""

    regex = r"[\s\S]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("any_text", _AnyText())


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


def _resource_routes(handlers: Handlers, resources: Resources) -> list[Route]:
    """The operations beyond invoke: background work, stored resources, catalogues, legacy."""
    workspace = "/public/workspaces/{workspace_id}"
    kb = workspace + "/knowledge_bases"
    items = kb + "/{knowledge_base_id}/items"
    agents = workspace + "/agents"
    chat = agents + "/{agent_id}/chats/{chat_id}"
    approvals = workspace + "/tool_action_approvals"
    table: list[tuple[str, str, Endpoint]] = [
        ("/hive-agent/invoke", "POST", handlers.invoke_hive_agent),
        ("/agent/delegations/{id}", "GET", handlers.get_agent_delegation),
        ("/agent/delegations/{id}/cancel", "POST", handlers.cancel_agent_delegation),
        # A thread id is any caller-chosen string (nothing more is documented): one holding a
        # `/` arrives percent-encoded and is decoded before routing, so it may span segments.
        (
            "/agent/threads/{thread_id:any_text}/delegations",
            "GET",
            handlers.list_thread_delegations,
        ),
        (approvals, "GET", handlers.list_tool_action_approvals),
        (approvals + "/{id}", "GET", handlers.get_tool_action_approval),
        (approvals + "/{id}/decide", "POST", handlers.decide_tool_action_approval),
        (kb, "GET", resources.list_knowledge_bases),
        (kb, "POST", resources.create_knowledge_base),
        (kb + "/{id}", "GET", resources.get_knowledge_base),
        (kb + "/{id}", "PATCH", resources.update_knowledge_base),
        (kb + "/{id}", "DELETE", resources.delete_knowledge_base),
        (kb + "/{id}/search", "POST", resources.search_knowledge_base),
        (items, "GET", resources.list_items),
        (items, "POST", resources.create_item),
        (items + "/{id}", "GET", resources.get_item),
        (items + "/{id}", "PATCH", resources.update_item),
        (items + "/{id}", "DELETE", resources.delete_item),
        (items + "/{id}/regenerate", "POST", resources.regenerate_item),
        (agents, "GET", resources.list_agents),
        (agents, "POST", resources.create_agent),
        (agents + "/{id}", "GET", resources.get_agent),
        (agents + "/{id}", "PATCH", resources.update_agent),
        (agents + "/{id}", "DELETE", resources.delete_agent),
        (agents + "/{agent_id}/chats", "POST", resources.create_chat),
        (chat, "GET", resources.get_chat),
        (chat, "PATCH", resources.update_chat),
        (chat, "DELETE", resources.delete_chat),
        (chat + "/clear_messages", "PATCH", resources.clear_chat_messages),
        (chat + "/messages", "GET", resources.list_chat_messages),
        ("/public/models", "GET", resources.list_models),
        (workspace + "/assets", "GET", resources.list_assets),
        (workspace + "/assets", "POST", resources.upload_asset),
        ("/public/search_services/countries", "GET", resources.list_search_service_countries),
        (
            "/public/search_services/{service}/countries",
            "GET",
            resources.get_search_service_countries,
        ),
        ("/invoke", "POST", handlers.invoke_prompt_legacy),
        ("/workflow_runs/{id}", "GET", handlers.get_workflow_run_legacy),
    ]
    # One Route per path with all its methods: Starlette answers 405 with Allow for the rest.
    by_path: dict[str, dict[str, Endpoint]] = {}
    for path, method, endpoint in table:
        by_path.setdefault(path, {})[method] = endpoint
    return [
        Route(path, _dispatch(methods), methods=list(methods)) for path, methods in by_path.items()
    ]


def _dispatch(methods: dict[str, Endpoint]) -> Endpoint:
    guarded = {method: _guard(endpoint) for method, endpoint in methods.items()}

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method  # Starlette adds HEAD
        return await guarded[method](request)

    return endpoint


def create_app(settings: Settings | None = None, *, spec: ApiSpec | None = None) -> Starlette:
    """The reference server as an ASGI application (``app.state.reference`` is its state)."""
    settings = settings if settings is not None else Settings()
    spec = spec if spec is not None else ApiSpec.load(settings.spec_path)
    state = ServerState(settings, spec)
    handlers = Handlers(state)
    handlers.expire_unfinished()

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
        *_resource_routes(handlers, Resources(state)),
    ]
    app = Starlette(
        # Routes carry the /v1 prefix themselves: a Mount matches its rest with `.*`, which
        # stops at a line break, so a path parameter holding one would 404 at the mount.
        # The invoke routes first: Starlette tries the routes in order on every request.
        routes=[
            *(Route("/v1" + route.path, route.endpoint, methods=route.methods) for route in api),
            Route("/openapi.yaml", openapi, methods=["GET"]),
        ],
        lifespan=lifespan,
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
        },
    )
    app.state.reference = state
    return app
