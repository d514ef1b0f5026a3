"""`AsyncFetchHive`: the public client.

The one source of both clients: `scripts/unasync.py` writes the sync client from this file
(into `_sync/`), and `make check-generated` fails when the two differ, so they cannot drift.

Methods are declarative: arguments go to a builder in `_operations`
(validation and the generated request), the answer comes back through the shared HTTP
policy of `_base_client`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from .._base_client import (
    DEFAULT_MAX_CONCURRENT_REQUESTS,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    CallOptions,
    NotGiven,
    RequestOptions,
    check_concurrency,
)
from .._errors import APIError, InputValidationError, RunTimeoutError
from .._io import AsyncSlots
from .._legacy._async_methods import AsyncCompatMethods
from .._legacy._streams_async import AsyncStreamGenerators
from .._polling import Deadline, bounded_timeout, check_wait_arguments, is_finished, is_transient
from .._polling import polls as poll_schedule
from .._pool import DEFAULT_TIMEOUT, Timeout
from ._api_client import AsyncAPIClient
from ._resource_access import AsyncResources

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from fetch_hive_api.models.agent_response import AgentResponse
    from fetch_hive_api.models.error_code_catalogue import ErrorCodeCatalogue
    from fetch_hive_api.models.prompt_response import PromptResponse
    from fetch_hive_api.models.request_record import RequestRecord
    from fetch_hive_api.models.trigger_accepted import TriggerAccepted
    from fetch_hive_api.models.workflow_run import WorkflowRun

    from .._arguments import AgentArgs, PromptArgs
    from .._batch import AsyncBatchRunner, BatchKind
    from .._events import StreamEvent
    from .._hooks import CallHooks
    from ._streaming import AsyncStream

__all__ = ["AsyncFetchHive"]


class AsyncFetchHive(AsyncAPIClient, AsyncResources, AsyncStreamGenerators, AsyncCompatMethods):
    """Client for the Fetch Hive API over one pooled `httpx.AsyncClient`.

    `api_key` defaults to `FETCH_HIVE_API_KEY`; a client without a key can be created (for
    webhook triggers), and calls that need the key raise `MissingAPIKeyError`. `base_url`
    defaults to `FETCH_HIVE_BASE_URL`, else `https://api.fetchhive.com/v1`. `http_client`
    takes a configured `httpx.AsyncClient` (proxies, transports); the SDK still applies
    its base URL, auth, timeout and headers per request, and leaves that client open on
    `close()`. `retry_uncertain_invokes=True` also retries invokes after failures that may
    have started the run (see README "Retries"). `max_concurrent_requests` bounds the
    requests in flight at once (the rest wait their turn; None: no bound). `workspace_id`
    (else `FETCH_HIVE_WORKSPACE_ID`) is the workspace of resource calls that give none.

    `default_query` adds query parameters to every request. `hooks` see every call start,
    retry and end (`CallHooks`; `fetch_hive_sdk.telemetry` makes OpenTelemetry spans of
    them); copies of the client share them. Every method also takes
    `timeout=`, `max_retries=`, `extra_headers=`, `extra_query=`, `extra_body=` and
    `retry_uncertain_invokes=` for one call.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_uncertain_invokes: bool = False,
        max_concurrent_requests: int | None = DEFAULT_MAX_CONCURRENT_REQUESTS,
        workspace_id: str | None = None,
        default_query: Mapping[str, str | int | float | bool] | None = None,
        hooks: Sequence[CallHooks] | None = None,
    ) -> None:
        self._init_base(
            api_key,
            base_url,
            timeout,
            max_retries,
            default_headers,
            retry_uncertain_invokes,
            http_client,
            httpx.AsyncClient,
            workspace_id,
            default_query,
            hooks,
        )
        self._slots = AsyncSlots(check_concurrency(max_concurrent_requests))

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_uncertain_invokes: bool | None = None,
        workspace_id: str | NotGiven | None = NOT_GIVEN,
        default_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool (also
        named `copy()`).

        `default_headers` and `default_query` are added to the current ones.
        """
        clone: Self = self._copy_with(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_uncertain_invokes=retry_uncertain_invokes,
            workspace_id=workspace_id,
            default_query=default_query,
        )
        return clone

    # The name openai-python and anthropic-sdk-python use for it.
    copy = with_options

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # unasync: async-only
    async def aclose(self) -> None:
        """`close()`, under the name async libraries expect."""
        await self.close()

    # unasync: end
    # Prompts ------------------------------------------------------------------------------

    @overload
    async def invoke_prompt(
        self, *, streaming: Literal[False] = False, **kwargs: Unpack[PromptArgs]
    ) -> PromptResponse: ...

    @overload
    async def invoke_prompt(
        self, *, streaming: Literal[True], **kwargs: Unpack[PromptArgs]
    ) -> AsyncStream: ...

    @overload
    async def invoke_prompt(
        self, *, streaming: bool, **kwargs: Unpack[PromptArgs]
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
        **options: Unpack[RequestOptions],
    ) -> PromptResponse | AsyncStream:
        """Run a prompt deployment: `POST /prompt/invoke`. Read `result["response"]`.

        `streaming=True` returns an `AsyncStream` of typed events instead (see
        docs/streaming.md); its errors before the stream opens are raised here.
        """
        # The invoke rules (`_operations`) load at the first call, not at import.
        from .. import _operations as ops

        call = CallOptions.of("invoke_prompt", options)
        op = ops.invoke_prompt(
            deployment=deployment,
            variant=variant,
            inputs=inputs,
            metadata=metadata,
            user=user,
            streaming=streaming,
        )
        if streaming:
            return await self._stream(op, call)
        return await self._request(op, call)

    async def invoke_prompt_stream(
        self, **kwargs: Unpack[PromptArgs]
    ) -> AsyncIterator[StreamEvent]:
        """The events of `invoke_prompt(..., streaming=True)`, under the name and with the
        laziness of fetch-hive-sdk 0.4.1: a generator whose request is sent when the
        iteration starts, so every error comes from the loop."""
        stream = await self.invoke_prompt(streaming=True, **kwargs)
        async with stream:
            async for event in stream:
                yield event

    # Workflows ----------------------------------------------------------------------------

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
        **options: Unpack[RequestOptions],
    ) -> WorkflowRun:
        """Run a workflow deployment: `POST /workflow/invoke`.

        Direct delivery (the default) waits for the run and returns its `output`. With
        `async_mode=True` (needs an https `callback_url`) the answer comes at once with
        `run_status` `running` or `queued` and the `webhook_secret` that signs the
        callback. Not retried after failures that may have started the run (500, 504,
        timeouts after sending) unless `retry_uncertain_invokes=True`.
        """
        from .. import _operations as ops

        call = CallOptions.of("invoke_workflow", options)
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
        return await self._request(op, call)

    # Agents -------------------------------------------------------------------------------

    @overload
    async def invoke_agent(
        self, *, streaming: Literal[False] = False, **kwargs: Unpack[AgentArgs]
    ) -> AgentResponse: ...

    @overload
    async def invoke_agent(
        self, *, streaming: Literal[True], **kwargs: Unpack[AgentArgs]
    ) -> AsyncStream: ...

    @overload
    async def invoke_agent(
        self, *, streaming: bool, **kwargs: Unpack[AgentArgs]
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
        **options: Unpack[RequestOptions],
    ) -> AgentResponse | AsyncStream:
        """Send a message to an agent: `POST /agent/invoke`.

        `streaming=True` returns an `AsyncStream` of typed events instead.
        `async_options={"enabled": True, "callback_url": ...}` asks for callback delivery
        (as in 0.4.1).
        """
        from .. import _operations as ops

        call = CallOptions.of("invoke_agent", options)
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
        if streaming:
            return await self._stream(op, call)
        return await self._request(op, call)

    async def invoke_agent_stream(self, **kwargs: Unpack[AgentArgs]) -> AsyncIterator[StreamEvent]:
        """The events of `invoke_agent(..., streaming=True)`, under the name and with the
        laziness of fetch-hive-sdk 0.4.1: a generator whose request is sent when the
        iteration starts, so every error comes from the loop."""
        stream = await self.invoke_agent(streaming=True, **kwargs)
        async with stream:
            async for event in stream:
                yield event

    # Runs and error codes -----------------------------------------------------------------

    async def get_request(
        self,
        request_id: str | None = None,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RequestRecord:
        """Look up a run by its `request_id`: `GET /public/requests/{id}` (fetch-hive-sdk
        0.4.1 names the argument `id`: `get_request(id=...)` works too)."""
        from .. import _operations as ops

        call = CallOptions.of("get_request", options)
        if (request_id is None) == (id is None):
            raise InputValidationError(
                "request_id: give the run's request id (once)", argument="request_id"
            )
        chosen = request_id if request_id is not None else id
        return await self._request(ops.get_request(request_id=chosen), call)

    async def list_error_codes(
        self, *, locale: str | None = None, **options: Unpack[RequestOptions]
    ) -> ErrorCodeCatalogue:
        """The error-code catalogue, `GET /error_codes` (no API key needed)."""
        from .. import _operations as ops

        call = CallOptions.of("list_error_codes", options)
        return await self._request(ops.list_error_codes(locale=locale), call)

    async def wait_for_run(
        self, request_id: str, *, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> RequestRecord:
        """Poll `GET /public/requests/{id}` until the run has finished and return it.

        Waits `poll_interval` seconds between polls, growing 1.5x up to 10 s. `timeout`
        bounds the whole wait, polls included (each poll's timeout is what is left).
        Raises `RunTimeoutError` (also a `TimeoutError`) once it is over; a poll that
        fails transiently (no answer, 429, 5xx) is followed by the next one, any other
        API error (404 for an unknown id) is raised at once.
        """
        timeout, poll_interval = check_wait_arguments(timeout, poll_interval)
        deadline = Deadline(timeout)
        last_status: str | None = None
        last_error: APIError | None = None
        for wait, poll_timeout in poll_schedule(deadline, poll_interval):
            if wait:
                await self._sleep(wait)
            try:
                record = await self.get_request(
                    request_id,
                    timeout=bounded_timeout(self.timeout, poll_timeout),
                    max_retries=0,  # the next poll is the retry
                )
            except APIError as exc:
                if not is_transient(exc):
                    raise
                last_error = exc
                continue
            status = record.get("status")
            if is_finished(status):
                return record
            last_status = status if isinstance(status, str) else None
        raise RunTimeoutError(request_id, timeout, last_status) from last_error

    # Batch runs -----------------------------------------------------------------------------

    def batch(
        self,
        kind: BatchKind,
        name: str | None,
        rows: Iterable[Any],
        *,
        concurrency: int | None = None,
        plan: str | None = None,
        arguments: bool = False,
        skip: Collection[str] | None = None,
        id_field: str | None = None,
        **defaults: Any,
    ) -> AsyncBatchRunner:
        """Run a prompt, workflow or agent (`kind`) named `name` over `rows`; iterate the
        result for a `BatchResult` per row, in the order the calls finish.

        A row is the `inputs` of one call (prompts, workflows), a message or a dict of
        arguments (agents); with `arguments=True` every row is a dict of the invoke
        method's arguments. `defaults` are arguments of every call (`variant`, `metadata`,
        `async_mode`, `callback_url`, `timeout`...). At most `concurrency` calls are in
        flight (default: the cap of `plan` — `lite` 1, `starter` 3, `pro` 5 — else 5).
        A failed row is a value (`outcome.error`, `outcome.error_code`), never lost; rows
        whose id is in `skip` are not run (ids: the `id_field` of a row, else a digest of
        the row, `digest#2` for a second identical row). Everything is checked before the
        first call is sent: with `id_field`, the rows are read once first (an iterator into
        a list) and two rows with the same id raise `InputValidationError` naming both, as a
        resume could not tell them apart.
        """
        # Imported here: most programs never run a batch (keeps `import fetch_hive_sdk` fast).
        from .._batch import AsyncBatchRunner, BatchPlan

        checked = BatchPlan(
            kind,
            name,
            concurrency=concurrency,
            plan=plan,
            arguments=arguments,
            skip=skip,
            id_field=id_field,
            defaults=defaults,
        )
        return AsyncBatchRunner(self, checked, rows)

    # Webhook triggers (no API key: the deployment's webhook secret) -----------------------

    async def trigger_workflow_webhook(
        self,
        workflow_endpoint_id: str,
        variant_id: str,
        *,
        webhook_secret: str,
        callback_url: str,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> TriggerAccepted:
        """Start a workflow run with its webhook secret (no API key); the result is POSTed
        to `callback_url`. `POST /workflow/webhooks/{id}/variants/{id}`."""
        from .. import _operations as ops

        call = CallOptions.of("trigger_workflow_webhook", options)
        op = ops.trigger_workflow_webhook(
            workflow_endpoint_id=workflow_endpoint_id,
            variant_id=variant_id,
            webhook_secret=webhook_secret,
            inputs=inputs,
            callback_url=callback_url,
            metadata=metadata,
            user=user,
        )
        return await self._request(op, call)

    async def trigger_prompt_webhook(
        self,
        prompt_endpoint_id: str,
        variant_id: str,
        *,
        webhook_secret: str,
        callback_url: str,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> TriggerAccepted:
        """Start a prompt run with its webhook secret (no API key). Modelled on the workflow
        trigger (an assumption: the documentation only names it)."""
        from .. import _operations as ops

        call = CallOptions.of("trigger_prompt_webhook", options)
        op = ops.trigger_prompt_webhook(
            prompt_endpoint_id=prompt_endpoint_id,
            variant_id=variant_id,
            webhook_secret=webhook_secret,
            inputs=inputs,
            callback_url=callback_url,
            metadata=metadata,
            user=user,
        )
        return await self._request(op, call)

    async def trigger_agent_webhook(
        self,
        agent_id: str,
        *,
        webhook_secret: str,
        message: str,
        callback_url: str,
        thread_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> TriggerAccepted:
        """Send a message to an agent with its webhook secret (no API key); `agent.completed`
        or `agent.failed` is POSTed to `callback_url`. `POST /agent/webhooks/{id}`."""
        from .. import _operations as ops

        call = CallOptions.of("trigger_agent_webhook", options)
        op = ops.trigger_agent_webhook(
            agent_id=agent_id,
            webhook_secret=webhook_secret,
            message=message,
            callback_url=callback_url,
            thread_id=thread_id,
            metadata=metadata,
            user=user,
        )
        return await self._request(op, call)
