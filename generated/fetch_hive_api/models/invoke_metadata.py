from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["InvokeMetadata"]


class InvokeMetadata(APIObject):
    """Flat caller-defined metadata for audit and log filtering, never an input to the
    run. Keys are non-empty strings; values are strings, numbers, booleans or null.
    Nested objects and arrays are rejected before the run starts. Keep secrets and
    large payloads out of it. No limits on key count or lengths are documented.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


InvokeMetadata._sdk_define(
    {},
)
