"""Secret fields never shown: in a model's repr, in logged bodies and URLs."""

from __future__ import annotations

from typing import Any, Final

REDACTED: Final = "<redacted>"
# Body fields and query parameters that hold credentials.
SECRET_KEYS: Final = frozenset({"webhook_secret", "secret", "api_key", "authorization"})


def redact(value: Any) -> Any:
    """A copy of a JSON value with secret fields replaced."""
    if isinstance(value, dict):
        return {
            key: REDACTED if str(key).lower() in SECRET_KEYS else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value
