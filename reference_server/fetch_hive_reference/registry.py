"""Handlers by operationId: ``@handles("invokeAgent")`` on an async function of a ``Call``.

The application routes each operation of openapi.yaml (its method and path) to the handler
registered for its ``operationId``; the gate checks what the spec says before the handler
runs. Every module of the ``handlers`` package is imported by ``load_handlers``, so a new
operation needs its entry in openapi.yaml and one decorated function in that package.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.responses import Response

from .calls import Call

Handler = Callable[[Call], Awaitable[Response]]


@dataclass(frozen=True)
class Registration:
    operation_id: str
    handler: Handler
    #: False: faults never apply to this operation (``listErrorCodes``).
    faults: bool = True
    #: For operations whose credential is a webhook secret (the spec's security): whose
    #: secret it is, as (kind of deployment, path parameter naming it).
    secret_of: tuple[str, str] | None = None


_REGISTERED: dict[str, Registration] = {}


class DuplicateHandler(RuntimeError):
    """Two handlers registered for one operationId."""


def handles(
    operation_id: str, *, faults: bool = True, secret_of: tuple[str, str] | None = None
) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(handler: Handler) -> Handler:
        known = _REGISTERED.get(operation_id)
        # Compared by name: a module imported again (pytester's in-process runs drop the
        # modules they imported) registers new function objects for the same handlers.
        if known is not None and _name(known.handler) != _name(handler):
            raise DuplicateHandler(
                f"{operation_id}: handled by {_name(known.handler)} and {_name(handler)}"
            )
        _REGISTERED[operation_id] = Registration(operation_id, handler, faults, secret_of)
        return handler

    return register


def _name(handler: Handler) -> str:
    return f"{handler.__module__}.{handler.__qualname__}"


def load_handlers() -> dict[str, Registration]:
    """Every handler of the ``handlers`` package, by operationId."""
    package = importlib.import_module(f"{__package__}.handlers")
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return dict(_REGISTERED)
