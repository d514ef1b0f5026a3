from __future__ import annotations

from fetch_hive_sdk._api_object import (
    STR,
    APIObject,
    Field,
)

__all__ = ["TriggerAsyncOptions"]


class TriggerAsyncOptions(APIObject):
    """Callback delivery settings of a webhook trigger (always enabled).

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()

    @property
    def callback_url(self) -> str:
        """The `callback_url` field. Required by the schema."""
        value = self.get("callback_url")
        if isinstance(value, str):
            return value
        raise self._sdk_misfit("callback_url")


TriggerAsyncOptions._sdk_define(
    {
        "callback_url": Field(STR, required=True),
    }
)
