from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_action_approval import ToolActionApproval


T = TypeVar("T", bound="ToolActionApprovalList")


@_attrs_define
class ToolActionApprovalList:
    """
    Attributes:
        tool_action_approvals (list[ToolActionApproval]):
        next_cursor (None | str | Unset): Pass as `cursor` for the next page; null on the last page (assumption of this
            SDK).
    """

    tool_action_approvals: list[ToolActionApproval]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_action_approvals = []
        for tool_action_approvals_item_data in self.tool_action_approvals:
            tool_action_approvals_item = tool_action_approvals_item_data.to_dict()
            tool_action_approvals.append(tool_action_approvals_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_action_approvals": tool_action_approvals,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_action_approval import ToolActionApproval  # noqa: PLC0415

        d = dict(src_dict)
        tool_action_approvals = []
        _tool_action_approvals = d.pop("tool_action_approvals")
        for tool_action_approvals_item_data in _tool_action_approvals:
            tool_action_approvals_item = ToolActionApproval.from_dict(
                tool_action_approvals_item_data
            )

            tool_action_approvals.append(tool_action_approvals_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        tool_action_approval_list = cls(
            tool_action_approvals=tool_action_approvals,
            next_cursor=next_cursor,
        )

        tool_action_approval_list.additional_properties = d
        return tool_action_approval_list

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
