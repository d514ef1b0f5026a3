from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tool_action_decision_decision import ToolActionDecisionDecision

T = TypeVar("T", bound="ToolActionDecision")


@_attrs_define
class ToolActionDecision:
    """
    Attributes:
        decision (ToolActionDecisionDecision): fetch-hive-sdk 0.4.1: `allow_once` or `deny`.
    """

    decision: ToolActionDecisionDecision

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = ToolActionDecisionDecision(d.pop("decision"))

        tool_action_decision = cls(
            decision=decision,
        )

        return tool_action_decision
