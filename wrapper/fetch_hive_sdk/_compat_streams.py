"""`ainvoke_prompt_stream` and `ainvoke_agent_stream`: fetch-hive-sdk 0.4.1's async
generators, on both clients.

They differ between the clients by more than `await` (the sync client has no event loop of
its own), so they are written here by hand: `AsyncStreamGenerators` is mixed into
`AsyncFetchHive`, `StreamGenerators` into `FetchHive`. As in 0.4.1, the request is sent
when the iteration starts, and every error comes from the loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Unpack

if TYPE_CHECKING:
    from ._arguments import AgentArgs, PromptArgs
    from ._async._client import AsyncFetchHive
    from ._base_client import ClientConfig
    from ._events import StreamEvent


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


class StreamGenerators:
    """For `FetchHive`: each generator runs on a short-lived `AsyncFetchHive` with this
    client's settings (a sync client's pool cannot serve an event loop); for many async
    streams prefer `AsyncFetchHive` itself."""

    _config: ClientConfig

    def _async_twin(self) -> AsyncFetchHive:
        from ._async._client import AsyncFetchHive

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


__all__ = ["AsyncStreamGenerators", "StreamGenerators"]
