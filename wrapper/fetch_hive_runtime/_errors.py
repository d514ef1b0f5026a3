"""The two exceptions the runtime raises itself. `fetch_hive_sdk._errors` draws the whole
tree and re-exports both: `FetchHiveError` is its root, so it lives here, below the SDK."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["FetchHiveError", "ResponseFieldError"]


class FetchHiveError(Exception):
    """Root of every exception raised by this SDK."""


class ResponseFieldError(FetchHiveError, TypeError):
    """A field of an answer does not have its documented type, and was read as a typed
    attribute (`result.usage` when `usage` holds a string, or a required field that is
    missing).

    The answer itself was returned: the tolerant reader never fails a call over one field,
    and `result["usage"]` still reads the raw value. `model` and `field` name the field
    (`tool_calls[2]` for an item of a list), `expected` and `got` the types (never the
    value, which may be large or private).

    A resource method (`client.knowledge_bases.get(...)`) returns the object its answer
    wraps; when that wrapped value is unusable the call raises this error, and then `body`
    holds the whole answer (the wire JSON) and `http_response` the response, so nothing is
    lost. Both are None for a typed read of a result you hold.
    """

    def __init__(self, *, model: str, field: str, expected: str, got: str) -> None:
        super().__init__(f"{model}.{field}: expected {expected}, got {got}")
        self.model = model
        self.field = field
        self.expected = expected
        self.got = got
        self.body: Any = None
        self.http_response: httpx.Response | None = None
