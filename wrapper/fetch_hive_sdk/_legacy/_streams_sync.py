"""`ainvoke_prompt_stream` and `ainvoke_agent_stream` of `FetchHive`: fetch-hive-sdk
0.4.1's async generators, on the sync client (see `_streams_async.py`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Unpack

if TYPE_CHECKING:
    from .._arguments import AgentArgs, PromptArgs
    from .._async._client import AsyncFetchHive
    from .._base_client import ClientConfig
    from .._events import StreamEvent

__all__ = ["StreamGenerators"]


class StreamGenerators:
    """For `FetchHive`: each generator runs on a short-lived `AsyncFetchHive` with this
    client's settings (a sync client's pool cannot serve an event loop); for many async
    streams prefer `AsyncFetchHive` itself."""

    _config: ClientConfig

    def _async_twin(self) -> AsyncFetchHive:
        # Loaded here: a program that never calls these generators never loads the async half.
        from .._async._client import AsyncFetchHive

        config = self._config
        return AsyncFetchHive(
            config.api_key,
            config.base_url,
            config.timeout,
            max_retries=config.max_retries,
            default_headers=config.default_headers,
            retry_uncertain_invokes=config.retry_uncertain_invokes,
        )  # requests in flight: each generator has a client (and a pool) of its own

    async def ainvoke_prompt_stream(
        self, **kwargs: Unpack[PromptArgs]
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events of a streamed prompt, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_prompt_stream(...)`)."""
        async with self._async_twin() as client:
            async for event in client.invoke_prompt_stream(**kwargs):
                yield event

    async def ainvoke_agent_stream(self, **kwargs: Unpack[AgentArgs]) -> AsyncIterator[StreamEvent]:
        """Async generator of the events of a streamed agent answer, as in fetch-hive-sdk
        0.4.1 (`async for chunk in client.ainvoke_agent_stream(...)`)."""
        async with self._async_twin() as client:
            async for event in client.invoke_agent_stream(**kwargs):
                yield event
