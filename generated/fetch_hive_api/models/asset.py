from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_transcription_type_0 import AssetTranscriptionType0


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """A workspace asset (published SDK spec `AssetObject`).

    Attributes:
        id (str | Unset):
        object_key (str | Unset):
        file_name (str | Unset):
        file_url (str | Unset):
        file_url_expires_at (datetime.datetime | Unset):
        file_type (str | Unset):
        file_size (int | Unset):
        asset_type (str | Unset):
        workspace_id (None | str | Unset):
        uploaded_at (datetime.datetime | Unset):
        error_message (None | str | Unset):
        transcription (AssetTranscriptionType0 | None | Unset):
    """

    id: str | Unset = UNSET
    object_key: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_url: str | Unset = UNSET
    file_url_expires_at: datetime.datetime | Unset = UNSET
    file_type: str | Unset = UNSET
    file_size: int | Unset = UNSET
    asset_type: str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    uploaded_at: datetime.datetime | Unset = UNSET
    error_message: None | str | Unset = UNSET
    transcription: AssetTranscriptionType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_transcription_type_0 import AssetTranscriptionType0  # noqa: PLC0415

        id = self.id

        object_key = self.object_key

        file_name = self.file_name

        file_url = self.file_url

        file_url_expires_at: str | Unset = UNSET
        if not isinstance(self.file_url_expires_at, Unset):
            file_url_expires_at = self.file_url_expires_at.isoformat()

        file_type = self.file_type

        file_size = self.file_size

        asset_type = self.asset_type

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat()

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, AssetTranscriptionType0):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_key is not UNSET:
            field_dict["object_key"] = object_key
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file_url_expires_at is not UNSET:
            field_dict["file_url_expires_at"] = file_url_expires_at
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if transcription is not UNSET:
            field_dict["transcription"] = transcription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_transcription_type_0 import AssetTranscriptionType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_key = d.pop("object_key", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_url = d.pop("file_url", UNSET)

        _file_url_expires_at = d.pop("file_url_expires_at", UNSET)
        file_url_expires_at: datetime.datetime | Unset
        if isinstance(_file_url_expires_at, Unset):
            file_url_expires_at = UNSET
        else:
            file_url_expires_at = datetime.datetime.fromisoformat(_file_url_expires_at)

        file_type = d.pop("file_type", UNSET)

        file_size = d.pop("file_size", UNSET)

        asset_type = d.pop("asset_type", UNSET)

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        _uploaded_at = d.pop("uploaded_at", UNSET)
        uploaded_at: datetime.datetime | Unset
        if isinstance(_uploaded_at, Unset):
            uploaded_at = UNSET
        else:
            uploaded_at = datetime.datetime.fromisoformat(_uploaded_at)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_transcription(
            data: object,
        ) -> AssetTranscriptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_transcription_type_0 = (
                    AssetTranscriptionType0.from_dict(data)
                )

                return componentsschemas_asset_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetTranscriptionType0 | None | Unset, data)

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        asset = cls(
            id=id,
            object_key=object_key,
            file_name=file_name,
            file_url=file_url,
            file_url_expires_at=file_url_expires_at,
            file_type=file_type,
            file_size=file_size,
            asset_type=asset_type,
            workspace_id=workspace_id,
            uploaded_at=uploaded_at,
            error_message=error_message,
            transcription=transcription,
        )

        asset.additional_properties = d
        return asset

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
