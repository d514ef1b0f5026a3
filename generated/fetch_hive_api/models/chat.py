from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_agent import ChatAgent


T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """A chat with an agent (published SDK spec).

    Attributes:
        id (str | Unset):
        name (None | str | Unset):
        last_message_content (None | str | Unset):
        last_message_sent_at (datetime.datetime | None | Unset):
        message_count (int | Unset):
        generated_at (datetime.datetime | Unset):
        status (str | Unset):
        agent (ChatAgent | Unset):
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    last_message_content: None | str | Unset = UNSET
    last_message_sent_at: datetime.datetime | None | Unset = UNSET
    message_count: int | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    agent: ChatAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        last_message_content: None | str | Unset
        if isinstance(self.last_message_content, Unset):
            last_message_content = UNSET
        else:
            last_message_content = self.last_message_content

        last_message_sent_at: None | str | Unset
        if isinstance(self.last_message_sent_at, Unset):
            last_message_sent_at = UNSET
        elif isinstance(self.last_message_sent_at, datetime.datetime):
            last_message_sent_at = self.last_message_sent_at.isoformat()
        else:
            last_message_sent_at = self.last_message_sent_at

        message_count = self.message_count

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        status = self.status

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if last_message_content is not UNSET:
            field_dict["last_message_content"] = last_message_content
        if last_message_sent_at is not UNSET:
            field_dict["last_message_sent_at"] = last_message_sent_at
        if message_count is not UNSET:
            field_dict["message_count"] = message_count
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if status is not UNSET:
            field_dict["status"] = status
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_agent import ChatAgent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_last_message_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_message_content = _parse_last_message_content(
            d.pop("last_message_content", UNSET)
        )

        def _parse_last_message_sent_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_message_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_message_sent_at = _parse_last_message_sent_at(
            d.pop("last_message_sent_at", UNSET)
        )

        message_count = d.pop("message_count", UNSET)

        _generated_at = d.pop("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        status = d.pop("status", UNSET)

        _agent = d.pop("agent", UNSET)
        agent: ChatAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ChatAgent.from_dict(_agent)

        chat = cls(
            id=id,
            name=name,
            last_message_content=last_message_content,
            last_message_sent_at=last_message_sent_at,
            message_count=message_count,
            generated_at=generated_at,
            status=status,
            agent=agent,
        )

        chat.additional_properties = d
        return chat

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
