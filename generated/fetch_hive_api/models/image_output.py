from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_asset import ImageAsset
    from ..models.image_output_settings import ImageOutputSettings


T = TypeVar("T", bound="ImageOutput")


@_attrs_define
class ImageOutput:
    """Output of a workflow whose final step generates images.

    Attributes:
        settings (ImageOutputSettings | Unset):
        assets (list[ImageAsset] | Unset):
    """

    settings: ImageOutputSettings | Unset = UNSET
    assets: list[ImageAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_asset import ImageAsset  # noqa: PLC0415
        from ..models.image_output_settings import ImageOutputSettings  # noqa: PLC0415

        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        settings: ImageOutputSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ImageOutputSettings.from_dict(_settings)

        _assets = d.pop("assets", UNSET)
        assets: list[ImageAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = ImageAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        image_output = cls(
            settings=settings,
            assets=assets,
        )

        image_output.additional_properties = d
        return image_output

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
