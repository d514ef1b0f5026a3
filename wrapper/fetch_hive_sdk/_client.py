"""`FetchHive` and `AsyncFetchHive`: the public clients.

Methods are declarative: arguments go to a builder in `_operations` (validation and the
generated request), the answer comes back through the shared HTTP policy of
`_base_client`. `AsyncFetchHive` mirrors `FetchHive` method for method.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from . import _operations as ops
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncAPIClient,
    CallOptions,
    NotGiven,
    SyncAPIClient,
    Timeout,
)
from ._trigger_methods import AsyncTriggerMethods, TriggerMethods

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from fetch_hive_api.models.agent_response import AgentResponse
    from fetch_hive_api.models.error_code_catalogue import ErrorCodeCatalogue
    from fetch_hive_api.models.prompt_response import PromptResponse
    from fetch_hive_api.models.request_record import RequestRecord
    from fetch_hive_api.models.workflow_run import WorkflowRun

    from ._events import StreamEvent
    from ._streaming import AsyncStream, Stream

__all__ = ["AsyncFetchHive", "FetchHive"]


class FetchHive(SyncAPIClient, TriggerMethods):
    """Client for the Fetch Hive API over one pooled `httpx.Client`.

    `api_key` defaults to `FETCH_HIVE_API_KEY`; a client without a key can be created (for
    webhook triggers), and calls that need the key raise `MissingAPIKeyError`. `base_url`
    defaults to `FETCH_HIVE_BASE_URL`, else `https://api.fetchhive.com/v1`. `http_client`
    takes a configured `httpx.Client` (proxies, transports); the SDK still applies its base
    URL, auth, timeout and headers per request, and leaves that client open on `close()`.

    Every method also takes `timeout=`, `max_retries=` and `extra_headers=` for one call.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._init_base(
            api_key, base_url, timeout, max_retries, default_headers, http_client, httpx.Client
        )

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool.

        `default_headers` are added to the current ones.
        """
        clone: Self = self._copy_with(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        return clone

    def _async_twin(self) -> AsyncFetchHive:
        """An `AsyncFetchHive` with this client's settings and a pool of its own, for the
        0.4.1-style async generators (`ainvoke_*_stream`) on the sync client. A pool
        belongs to one event loop, so it lives only as long as one generator."""
        config = self._config
        return AsyncFetchHive(
            config.api_key,
            base_url=config.base_url,
            timeout=config.timeout,
            max_retries=config.max_retries,
            default_headers=config.default_headers,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Operations ---------------------------------------------------------------------------

    @overload
    def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: Literal[False] = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse: ...

    @overload
    def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: Literal[True],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stream: ...

    @overload
    def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: bool,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse | Stream: ...

    def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse | Stream:
        """Run a prompt deployment: `POST /prompt/invoke`. Read `result["response"]`.

        `streaming=True` returns a `Stream` of typed events instead (see docs/streaming.md).
        """
        op = ops.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=streaming,
        )
        result: PromptResponse | Stream = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def invoke_prompt_stream(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stream:
        """`invoke_prompt(..., streaming=True)`, under the name fetch-hive-sdk 0.4.1 used."""
        return self.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def ainvoke_prompt_stream(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_prompt_stream(...)`).

        Uses a short-lived async pool of its own (a sync client's pool cannot serve
        asyncio); for many async streams prefer `AsyncFetchHive`.
        """
        async with self._async_twin() as client:
            stream = await client.invoke_prompt(
                deployment=deployment,
                variant=variant,
                inputs=inputs,
                metadata=metadata,
                user=user,
                streaming=True,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            async with stream:
                async for event in stream:
                    yield event

    def invoke_workflow(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        async_mode: bool = False,
        callback_url: str | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkflowRun:
        """Run a workflow deployment: `POST /workflow/invoke`.

        With `async_mode=True` (needs an https `callback_url`) the answer comes at once with
        `run_status` `running` or `queued` and the `webhook_secret` that signs the callback.
        """
        op = ops.invoke_workflow(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            async_mode=async_mode,
            callback_url=callback_url,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
        )
        result: WorkflowRun = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    @overload
    def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: Literal[False] = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse: ...

    @overload
    def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: Literal[True],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stream: ...

    @overload
    def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: bool,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse | Stream: ...

    def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse | Stream:
        """Send a message to an agent: `POST /agent/invoke`.

        `streaming=True` returns a `Stream` of typed events instead. `async_options=
        {"enabled": True, "callback_url": ...}` asks for callback delivery (as in 0.4.1).
        """
        op = ops.invoke_agent(
            agent=agent,
            message=message,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
            async_options=async_options,
            streaming=streaming,
        )
        result: AgentResponse | Stream = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def invoke_agent_stream(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Stream:
        """`invoke_agent(..., streaming=True)`, under the name fetch-hive-sdk 0.4.1 used."""
        return self.invoke_agent(
            agent=agent,
            message=message,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def ainvoke_agent_stream(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_agent_stream(...)`).

        Uses a short-lived async pool of its own (a sync client's pool cannot serve
        asyncio); for many async streams prefer `AsyncFetchHive`.
        """
        async with self._async_twin() as client:
            stream = await client.invoke_agent(
                agent=agent,
                message=message,
                thread_id=thread_id,
                messages=messages,
                attachments=attachments,
                image_urls=image_urls,
                known_artifact_refs=known_artifact_refs,
                artifact_refs=artifact_refs,
                user=user,
                metadata=metadata,
                tool_approval=tool_approval,
                streaming=True,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            async with stream:
                async for event in stream:
                    yield event

    def get_request(
        self,
        request_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RequestRecord:
        """Look up a run by its `request_id`: `GET /public/requests/{id}`."""
        op = ops.get_request(request_id=request_id)
        result: RequestRecord = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def list_error_codes(
        self,
        *,
        locale: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ErrorCodeCatalogue:
        """The error-code catalogue, `GET /error_codes` (no API key needed)."""
        op = ops.list_error_codes(locale=locale)
        result: ErrorCodeCatalogue = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result


class AsyncFetchHive(AsyncAPIClient, AsyncTriggerMethods):
    """`FetchHive` over one pooled `httpx.AsyncClient`; every method is awaitable."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._init_base(
            api_key,
            base_url,
            timeout,
            max_retries,
            default_headers,
            http_client,
            httpx.AsyncClient,
        )

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        clone: Self = self._copy_with(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        return clone

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def aclose(self) -> None:
        """Same as `close()` (httpx spelling)."""
        await self.close()

    # Operations ---------------------------------------------------------------------------

    @overload
    async def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: Literal[False] = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse: ...

    @overload
    async def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: Literal[True],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStream: ...

    @overload
    async def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: bool,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse | AsyncStream: ...

    async def invoke_prompt(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        streaming: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PromptResponse | AsyncStream:
        """Run a prompt deployment: `POST /prompt/invoke`. Read `result["response"]`.

        `streaming=True` returns an `AsyncStream` of typed events instead (see docs/streaming.md).
        """
        op = ops.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=streaming,
        )
        result: PromptResponse | AsyncStream = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    async def invoke_prompt_stream(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStream:
        """`invoke_prompt(..., streaming=True)`, under the name fetch-hive-sdk 0.4.1 used."""
        return await self.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def ainvoke_prompt_stream(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_prompt_stream(...)`); `await
        client.invoke_prompt(..., streaming=True)` gives the `AsyncStream` itself.
        """
        stream = await self.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        async with stream:
            async for event in stream:
                yield event

    async def invoke_workflow(
        self,
        *,
        deployment: str,
        variant: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        async_mode: bool = False,
        callback_url: str | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkflowRun:
        """Run a workflow deployment: `POST /workflow/invoke`."""
        op = ops.invoke_workflow(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            async_mode=async_mode,
            callback_url=callback_url,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
        )
        result: WorkflowRun = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    @overload
    async def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: Literal[False] = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse: ...

    @overload
    async def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: Literal[True],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStream: ...

    @overload
    async def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: bool,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse | AsyncStream: ...

    async def invoke_agent(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        async_options: Mapping[str, Any] | None = None,
        streaming: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentResponse | AsyncStream:
        """Send a message to an agent: `POST /agent/invoke`.

        `streaming=True` returns an `AsyncStream` of typed events instead. `async_options=
        {"enabled": True, "callback_url": ...}` asks for callback delivery (as in 0.4.1).
        """
        op = ops.invoke_agent(
            agent=agent,
            message=message,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
            async_options=async_options,
            streaming=streaming,
        )
        result: AgentResponse | AsyncStream = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    async def invoke_agent_stream(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStream:
        """`invoke_agent(..., streaming=True)`, under the name fetch-hive-sdk 0.4.1 used."""
        return await self.invoke_agent(
            agent=agent,
            message=message,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def ainvoke_agent_stream(
        self,
        *,
        agent: str,
        message: str,
        thread_id: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        attachments: Sequence[str | Mapping[str, Any]] | None = None,
        image_urls: Sequence[str] | None = None,
        known_artifact_refs: Sequence[str] | None = None,
        artifact_refs: Sequence[str] | None = None,
        user: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tool_approval: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[StreamEvent]:
        """Async generator of the events, as in fetch-hive-sdk 0.4.1
        (`async for chunk in client.ainvoke_agent_stream(...)`); `await
        client.invoke_agent(..., streaming=True)` gives the `AsyncStream` itself.
        """
        stream = await self.invoke_agent(
            agent=agent,
            message=message,
            thread_id=thread_id,
            messages=messages,
            attachments=attachments,
            image_urls=image_urls,
            known_artifact_refs=known_artifact_refs,
            artifact_refs=artifact_refs,
            user=user,
            metadata=metadata,
            tool_approval=tool_approval,
            streaming=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        async with stream:
            async for event in stream:
                yield event

    async def get_request(
        self,
        request_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RequestRecord:
        """Look up a run by its `request_id`: `GET /public/requests/{id}`."""
        op = ops.get_request(request_id=request_id)
        result: RequestRecord = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    async def list_error_codes(
        self,
        *,
        locale: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ErrorCodeCatalogue:
        """The error-code catalogue, `GET /error_codes` (no API key needed)."""
        op = ops.list_error_codes(locale=locale)
        result: ErrorCodeCatalogue = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result
