"""`ainvoke_prompt_stream` and `ainvoke_agent_stream` of `AsyncFetchHive`: fetch-hive-sdk
0.4.1's async generators.

They differ between the clients by more than `await` (the sync client has no event loop of
its own), so each client's version is written by hand: this module's for `AsyncFetchHive`,
`_streams_sync.py`'s for `FetchHive`. As in 0.4.1, the request is sent when the
iteration starts, and every error comes from the loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Unpack

if TYPE_CHECKING:
    from .._arguments import AgentArgs, PromptArgs
    from .._events import StreamEvent

__all__ = ["AsyncStreamGenerators"]


class AsyncStreamGenerators:
    """For `AsyncFetchHive`: the same events as `invoke_prompt_stream` / `invoke_agent_stream`."""

    if TYPE_CHECKING:

        def invoke_prompt_stream(
            self, **kwargs: Unpack[PromptArgs]
        ) -> AsyncIterator[StreamEvent]: ...

        def invoke_agent_stream(
            self, **kwargs: Unpack[AgentArgs]
        ) -> AsyncIterator[StreamEvent]: ...

    async def ainvoke_prompt_stream(
        self, **kwargs: Unpack[PromptArgs]
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events of a streamed prompt, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_prompt_stream(...)`)."""
        async for event in self.invoke_prompt_stream(**kwargs):
            yield event

    async def ainvoke_agent_stream(self, **kwargs: Unpack[AgentArgs]) -> AsyncIterator[StreamEvent]:
        """Async generator of the events of a streamed agent answer, as in fetch-hive-sdk
        0.4.1 (`async for chunk in client.ainvoke_agent_stream(...)`)."""
        async for event in self.invoke_agent_stream(**kwargs):
            yield event
