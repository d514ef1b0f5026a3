"""Local reference Fetch Hive server: every operation of openapi.yaml, offline.

``python -m fetch_hive_reference`` runs it; ``create_app(settings)`` gives the ASGI application;
``fetch_hive_reference.testing.running_server()`` runs it on a free loopback port for tests.

It needs the distribution's ``server`` extra (``pip install 'fetch-hive-sdk-python[server]'``).
Importing this package loads nothing else: its pytest plugin (``pytest_plugin``, installed for
every user) lives inside it. Each name below is loaded on first use, and without the extra
that first use raises an ImportError saying how to install it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._extra import needs_server_extra

if TYPE_CHECKING:
    from .app import create_app
    from .callbacks import SIGNATURE_HEADER, sign, webhook_secret
    from .faults import FAULT_HEADER, FaultSpec
    from .settings import DEV_API_KEY, PLAN_CONCURRENCY, Settings
    from .spec import ApiSpec

#: Each public name and the module that defines it.
_HOMES = {
    "DEV_API_KEY": "settings",
    "FAULT_HEADER": "faults",
    "PLAN_CONCURRENCY": "settings",
    "SIGNATURE_HEADER": "callbacks",
    "ApiSpec": "spec",
    "FaultSpec": "faults",
    "Settings": "settings",
    "create_app": "app",
    "sign": "callbacks",
    "webhook_secret": "callbacks",
}

__all__ = [
    "DEV_API_KEY",
    "FAULT_HEADER",
    "PLAN_CONCURRENCY",
    "SIGNATURE_HEADER",
    "ApiSpec",
    "FaultSpec",
    "Settings",
    "create_app",
    "sign",
    "webhook_secret",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with needs_server_extra():
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
