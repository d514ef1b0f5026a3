from enum import StrEnum


class ToolActionDecisionDecision(StrEnum):
    ALLOW_ONCE = "allow_once"
    DENY = "deny"

    def __str__(self) -> str:
        return str(self.value)
