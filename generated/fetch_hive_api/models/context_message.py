from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.context_message_role import ContextMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ContextMessage")


@_attrs_define
class ContextMessage:
    """An earlier turn used as context (not stored).

    Attributes:
        role (ContextMessageRole):
        content (str):
        attachments (list[Attachment | str] | Unset):
        image_urls (list[str] | Unset):
    """

    role: ContextMessageRole
    content: str
    attachments: list[Attachment | str] | Unset = UNSET
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment  # noqa: PLC0415

        role = self.role.value

        content = self.content

        attachments: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any] | str
                if isinstance(attachments_item_data, Attachment):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data
                attachments.append(attachments_item)

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415

        d = dict(src_dict)
        role = ContextMessageRole(d.pop("role"))

        content = d.pop("content")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment | str] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(data: object) -> Attachment | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_item_type_1 = Attachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Attachment | str, data)

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        context_message = cls(
            role=role,
            content=content,
            attachments=attachments,
            image_urls=image_urls,
        )

        return context_message
