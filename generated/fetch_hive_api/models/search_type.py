from enum import StrEnum


class SearchType(StrEnum):
    FULL_TEXT = "full_text"
    HYBRID = "hybrid"
    VECTOR = "vector"

    def __str__(self) -> str:
        return str(self.value)
