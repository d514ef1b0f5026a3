from enum import StrEnum


class HiveAgentInvokeRequestBudgetPolicy(StrEnum):
    PROCEED_TO_CAP = "proceed_to_cap"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
