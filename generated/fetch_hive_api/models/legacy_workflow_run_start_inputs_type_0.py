from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["LegacyWorkflowRunStartInputsType0"]


class LegacyWorkflowRunStartInputsType0(APIObject):
    """The `LegacyWorkflowRunStartInputsType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


LegacyWorkflowRunStartInputsType0._sdk_define(
    {},
)
