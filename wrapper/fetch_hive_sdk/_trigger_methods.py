"""Webhook triggers and `wait_for_run`, mixed into `FetchHive` and `AsyncFetchHive`.

Triggers authenticate with the deployment's webhook secret, so they work on a client
created without an API key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _triggers as triggers
from ._base_client import NOT_GIVEN, CallOptions, NotGiven, Operation, Timeout
from ._polling import RunTimeoutError, check_wait_arguments, is_finished, poll_delays

if TYPE_CHECKING:
    from fetch_hive_api.models.request_record import RequestRecord
    from fetch_hive_api.models.trigger_accepted import TriggerAccepted


class TriggerMethods:
    """The synchronous methods; `FetchHive` supplies `_call`, `_sleep` and `get_request`."""

    if TYPE_CHECKING:

        def _call(self, op: Operation, options: CallOptions) -> Any: ...

        @staticmethod
        def _sleep(seconds: float) -> None: ...

        def get_request(self, request_id: str) -> RequestRecord: ...

    def trigger_workflow_webhook(
        self,
        workflow_endpoint_id: str,
        variant_id: str,
        *,
        webhook_secret: str,
        callback_url: str,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Start a workflow run with its webhook secret (no API key); the result is POSTed
        to `callback_url`. `POST /workflow/webhooks/{id}/variants/{id}`."""
        op = triggers.trigger_workflow_webhook(
            workflow_endpoint_id=workflow_endpoint_id, variant_id=variant_id,
            webhook_secret=webhook_secret, inputs=inputs, callback_url=callback_url,
            metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def trigger_prompt_webhook(
        self,
        prompt_endpoint_id: str,
        variant_id: str,
        *,
        webhook_secret: str,
        callback_url: str,
        inputs: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Start a prompt run with its webhook secret (no API key). Modelled on the workflow
        trigger (an assumption: the documentation only names it)."""
        op = triggers.trigger_prompt_webhook(
            prompt_endpoint_id=prompt_endpoint_id, variant_id=variant_id,
            webhook_secret=webhook_secret, inputs=inputs, callback_url=callback_url,
            metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def trigger_agent_webhook(
        self,
        agent_id: str,
        *,
        webhook_secret: str,
        message: str,
        callback_url: str,
        thread_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        user: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Send a message to an agent with its webhook secret (no API key); `agent.completed`
        or `agent.failed` is POSTed to `callback_url`. `POST /agent/webhooks/{id}`."""
        op = triggers.trigger_agent_webhook(
            agent_id=agent_id, webhook_secret=webhook_secret, message=message,
            callback_url=callback_url, thread_id=thread_id, metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    def wait_for_run(
        self, request_id: str, *, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> RequestRecord:
        """Poll `GET /public/requests/{id}` until the run has finished and return it.

        Waits `poll_interval` seconds between polls, growing 1.5x up to 10 s. Raises
        `RunTimeoutError` (also a `TimeoutError`) after `timeout` seconds; API errors (404
        for an unknown id) are raised as they come.
        """
        timeout, poll_interval = check_wait_arguments(timeout, poll_interval)
        record = self.get_request(request_id)
        for delay in poll_delays(timeout, poll_interval):
            if is_finished(record.status):
                return record
            self._sleep(delay)
            record = self.get_request(request_id)
        if is_finished(record.status):
            return record
        raise RunTimeoutError(request_id, timeout, record.status)


class AsyncTriggerMethods:
    """The same methods for `AsyncFetchHive`."""

    if TYPE_CHECKING:

        async def _call(self, op: Operation, options: CallOptions) -> Any: ...

        @staticmethod
        async def _sleep(seconds: float) -> None: ...

        async def get_request(self, request_id: str) -> RequestRecord: ...

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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Async `FetchHive.trigger_workflow_webhook`."""
        op = triggers.trigger_workflow_webhook(
            workflow_endpoint_id=workflow_endpoint_id, variant_id=variant_id,
            webhook_secret=webhook_secret, inputs=inputs, callback_url=callback_url,
            metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Async `FetchHive.trigger_prompt_webhook`."""
        op = triggers.trigger_prompt_webhook(
            prompt_endpoint_id=prompt_endpoint_id, variant_id=variant_id,
            webhook_secret=webhook_secret, inputs=inputs, callback_url=callback_url,
            metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TriggerAccepted:
        """Async `FetchHive.trigger_agent_webhook`."""
        op = triggers.trigger_agent_webhook(
            agent_id=agent_id, webhook_secret=webhook_secret, message=message,
            callback_url=callback_url, thread_id=thread_id, metadata=metadata, user=user,
        )  # fmt: skip
        result: TriggerAccepted = await self._call(
            op, CallOptions.checked(timeout, max_retries, extra_headers)
        )
        return result

    async def wait_for_run(
        self, request_id: str, *, timeout: float = 300.0, poll_interval: float = 1.0
    ) -> RequestRecord:
        """Async `FetchHive.wait_for_run`."""
        timeout, poll_interval = check_wait_arguments(timeout, poll_interval)
        record = await self.get_request(request_id)
        for delay in poll_delays(timeout, poll_interval):
            if is_finished(record.status):
                return record
            await self._sleep(delay)
            record = await self.get_request(request_id)
        if is_finished(record.status):
            return record
        raise RunTimeoutError(request_id, timeout, record.status)
