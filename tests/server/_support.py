"""Helpers shared by the reference server tests."""

from __future__ import annotations


def sse_events(text: str) -> list[str]:
    """The `data:` payloads of an SSE body, in order."""
    return [
        line.removeprefix("data: ")
        for block in text.split("\n\n")
        for line in block.splitlines()
        if line.startswith("data: ")
    ]
