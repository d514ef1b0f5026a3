from __future__ import annotations

from fetch_hive_runtime import (
    APIObject,
)

__all__ = ["RequestRecordMetadataType0"]


class RequestRecordMetadataType0(APIObject):
    """The `RequestRecordMetadataType0` object of the API.

    A dict holding the wire JSON; the properties read its fields with their types.
    """

    __slots__ = ()


RequestRecordMetadataType0._sdk_define(
    {},
)
