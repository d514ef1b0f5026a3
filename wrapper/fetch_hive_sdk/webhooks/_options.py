"""Checks of the receivers' and replay stores' own options, made when they are created (a
bad option found on the first delivery would turn every delivery into a 500)."""

from __future__ import annotations

import math

from .._errors import InputValidationError


def positive_int(value: object, argument: str) -> int:
    """`value` when it is an int of at least 1 (not a bool); else `InputValidationError`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputValidationError(
            f"{argument}: must be an int, got {type(value).__name__}", argument=argument
        )
    if value < 1:
        raise InputValidationError(
            f"{argument}: must be at least 1, got {value}", argument=argument
        )
    return value


def finite_number(
    value: object, argument: str, *, minimum: float, maximum: float = math.inf
) -> float:
    """`value` as a float when it is a finite number from `minimum` to `maximum` (not a
    bool); else `InputValidationError`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputValidationError(
            f"{argument}: must be a number, got {type(value).__name__}", argument=argument
        )
    if not minimum <= value < math.inf:  # NaN fails every comparison
        raise InputValidationError(
            f"{argument}: must be a finite number of at least {minimum:g}, got {value!r}",
            argument=argument,
        )
    if value > maximum:
        raise InputValidationError(
            f"{argument}: must be at most {maximum:g}, got {value!r}", argument=argument
        )
    return float(value)
