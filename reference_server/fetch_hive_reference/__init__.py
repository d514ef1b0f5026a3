"""Local reference Fetch Hive server: every operation of openapi.yaml, offline.

``python -m fetch_hive_reference`` runs it; ``create_app(settings)`` gives the ASGI application;
``fetch_hive_reference.testing.running_server()`` runs it on a free loopback port for tests.
"""

from __future__ import annotations

from .app import create_app
from .callbacks import SIGNATURE_HEADER, sign, webhook_secret
from .faults import FAULT_HEADER, FaultSpec
from .settings import DEV_API_KEY, PLAN_CONCURRENCY, Settings
from .spec import ApiSpec

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
