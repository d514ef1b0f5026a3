"""The arguments of fetch-hive-sdk 0.4.1's resource methods: each after the workspace id is
required (0.4.1 has no default for them), and a missing one is named with the two calls that
give it."""

from __future__ import annotations

from .._errors import InputValidationError

__all__ = ["given"]


def given(method: str, **arguments: object) -> None:
    """Refuse a call whose arguments after the workspace id are not all given."""
    for name, value in arguments.items():
        if value is None:
            names = list(arguments)
            positional = ", ".join(["None", *names])
            keywords = ", ".join(f"{other}=..." for other in names)
            raise InputValidationError(
                f"{method}: {name} is missing. fetch-hive-sdk 0.4.1 takes the workspace id "
                f"first ({method}(workspace_id, {', '.join(names)})); with the client's "
                f"workspace, call {method}({positional}) or {method}({keywords})",
                argument=name,
            )
