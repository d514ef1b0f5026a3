"""The `fetch_hive_sdk` logger and secret redaction.

`FETCH_HIVE_LOG=debug` or `info` turns the logger on (to stderr) when the application has
not configured it. Log lines carry method, path, status, request id and retries; never
headers, never the API key, never a webhook secret. Bodies are logged only when
`FETCH_HIVE_LOG_BODIES=1` (at debug level), with secret-looking fields redacted.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from fetch_hive_runtime import REDACTED, SECRET_KEYS, redact

__all__ = [
    "REDACTED",
    "SECRET_KEYS",
    "hide_secret_headers",
    "log_bodies",
    "loggable_path",
    "logger",
    "redact",
    "setup_from_env",
]

logger = logging.getLogger("fetch_hive_sdk")


def setup_from_env() -> None:
    level = os.environ.get("FETCH_HIVE_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_bodies() -> bool:
    return os.environ.get("FETCH_HIVE_LOG_BODIES", "").strip().lower() in ("1", "true", "yes")


def loggable_path(url: Any) -> str:
    """The URL's path and query with secret query parameters redacted (`?secret=` on
    webhook triggers)."""
    path: str = url.path
    params = url.params
    if not params:
        return path
    shown = [
        f"{key}={REDACTED if key.lower() in SECRET_KEYS else value}"
        for key, value in params.multi_items()
    ]
    return f"{path}?{'&'.join(shown)}"


# Request headers that carry secrets httpx does not hide (its repr masks Authorization).
SECRET_HEADERS = ("x-fetch-hive-webhook-secret",)


def hide_secret_headers(request: Any) -> None:
    """Replace the secret headers of a sent `httpx.Request`: it stays reachable from results
    and errors (`exc.request.headers`), whose repr would show them."""
    headers = request.headers
    for name in SECRET_HEADERS:
        if name in headers:
            headers[name] = REDACTED
