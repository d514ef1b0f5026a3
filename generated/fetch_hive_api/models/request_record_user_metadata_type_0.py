from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["RequestRecordUserMetadataType0"]


class RequestRecordUserMetadataType0(APIObject):
    """The `RequestRecordUserMetadataType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


RequestRecordUserMetadataType0._sdk_define(
    {},
)
