from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["Inputs"]


class Inputs(APIObject):
    """Values for the deployment's variables (any JSON values). Array inputs must be real
    JSON arrays, not JSON strings.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


Inputs._sdk_define(
    {},
)
