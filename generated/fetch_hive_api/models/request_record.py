from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_record_metadata_type_0 import RequestRecordMetadataType0
    from ..models.request_record_user_metadata_type_0 import (
        RequestRecordUserMetadataType0,
    )


T = TypeVar("T", bound="RequestRecord")


@_attrs_define
class RequestRecord:
    """
    Attributes:
        request_id (str):
        status (str): Open string (values not documented).
        request_type (str): Open string (values not documented).
        id (int | str | Unset):
        requestable_type (str | Unset):
        requestable_id (int | str | Unset):
        message (None | str | Unset):
        generated_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
        ended_at (datetime.datetime | None | Unset):
        metadata (None | RequestRecordMetadataType0 | Unset):
        user_metadata (None | RequestRecordUserMetadataType0 | Unset):
        data (Any | Unset): Any JSON value.
    """

    request_id: str
    status: str
    request_type: str
    id: int | str | Unset = UNSET
    requestable_type: str | Unset = UNSET
    requestable_id: int | str | Unset = UNSET
    message: None | str | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    metadata: None | RequestRecordMetadataType0 | Unset = UNSET
    user_metadata: None | RequestRecordUserMetadataType0 | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_record_metadata_type_0 import RequestRecordMetadataType0  # noqa: PLC0415
        from ..models.request_record_user_metadata_type_0 import (
            RequestRecordUserMetadataType0,  # noqa: PLC0415
        )

        request_id = self.request_id

        status = self.status

        request_type = self.request_type

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        requestable_type = self.requestable_type

        requestable_id: int | str | Unset
        if isinstance(self.requestable_id, Unset):
            requestable_id = UNSET
        else:
            requestable_id = self.requestable_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        elif isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RequestRecordMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        user_metadata: dict[str, Any] | None | Unset
        if isinstance(self.user_metadata, Unset):
            user_metadata = UNSET
        elif isinstance(self.user_metadata, RequestRecordUserMetadataType0):
            user_metadata = self.user_metadata.to_dict()
        else:
            user_metadata = self.user_metadata

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "status": status,
                "request_type": request_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if requestable_type is not UNSET:
            field_dict["requestable_type"] = requestable_type
        if requestable_id is not UNSET:
            field_dict["requestable_id"] = requestable_id
        if message is not UNSET:
            field_dict["message"] = message
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_record_metadata_type_0 import RequestRecordMetadataType0  # noqa: PLC0415
        from ..models.request_record_user_metadata_type_0 import (
            RequestRecordUserMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        request_id = d.pop("request_id")

        status = d.pop("status")

        request_type = d.pop("request_type")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        requestable_type = d.pop("requestable_type", UNSET)

        def _parse_requestable_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        requestable_id = _parse_requestable_id(d.pop("requestable_id", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_generated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generated_at_type_0 = datetime.datetime.fromisoformat(data)

                return generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_metadata(data: object) -> None | RequestRecordMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RequestRecordMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestRecordMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_user_metadata(
            data: object,
        ) -> None | RequestRecordUserMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_metadata_type_0 = RequestRecordUserMetadataType0.from_dict(data)

                return user_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestRecordUserMetadataType0 | Unset, data)

        user_metadata = _parse_user_metadata(d.pop("user_metadata", UNSET))

        data = d.pop("data", UNSET)

        request_record = cls(
            request_id=request_id,
            status=status,
            request_type=request_type,
            id=id,
            requestable_type=requestable_type,
            requestable_id=requestable_id,
            message=message,
            generated_at=generated_at,
            started_at=started_at,
            ended_at=ended_at,
            metadata=metadata,
            user_metadata=user_metadata,
            data=data,
        )

        request_record.additional_properties = d
        return request_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
