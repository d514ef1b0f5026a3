from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_create import ChatCreate


T = TypeVar("T", bound="ChatCreateRequest")


@_attrs_define
class ChatCreateRequest:
    """
    Attributes:
        chat (ChatCreate):
    """

    chat: ChatCreate

    def to_dict(self) -> dict[str, Any]:
        chat = self.chat.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chat": chat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_create import ChatCreate  # noqa: PLC0415

        d = dict(src_dict)
        chat = ChatCreate.from_dict(d.pop("chat"))

        chat_create_request = cls(
            chat=chat,
        )

        return chat_create_request
