from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hive_agent_invoke_request import HiveAgentInvokeRequest
from ...models.hive_agent_run_accepted import HiveAgentRunAccepted
from ...types import Response


def _get_kwargs(
    *,
    body: HiveAgentInvokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hive-agent/invoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HiveAgentRunAccepted | None:
    if response.status_code == 202:
        response_202 = HiveAgentRunAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HiveAgentRunAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HiveAgentInvokeRequest,
) -> Response[ErrorResponse | HiveAgentRunAccepted]:
    """Start a Hive Agent run (signed callback when it ends)

     Starts a Hive Agent run asynchronously and returns identifiers immediately; the run
    does not stream and the HTTP answer never holds the result. A signed callback is
    sent to `async.callback_url` when the run completes, fails or is cancelled (see the
    `terminal` callback). `async.enabled` must be `true` and `async.callback_url` is
    required. Source: Fetch Hive's published SDK spec (0.2.8/0.2.9); there is no docs
    page for this operation.

    Assumptions of this SDK: the callback's event names (`hive_agent.completed`,
    `hive_agent.failed`, `hive_agent.cancelled`) and payload; its signature scheme is
    the one of every other callback (`X-Fetch-Hive-Signature`), keyed with the answer's
    `webhook_secret`; 422 for a body that breaks a rule (the published spec lists 400).

    Args:
        body (HiveAgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HiveAgentRunAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HiveAgentInvokeRequest,
) -> ErrorResponse | HiveAgentRunAccepted | None:
    """Start a Hive Agent run (signed callback when it ends)

     Starts a Hive Agent run asynchronously and returns identifiers immediately; the run
    does not stream and the HTTP answer never holds the result. A signed callback is
    sent to `async.callback_url` when the run completes, fails or is cancelled (see the
    `terminal` callback). `async.enabled` must be `true` and `async.callback_url` is
    required. Source: Fetch Hive's published SDK spec (0.2.8/0.2.9); there is no docs
    page for this operation.

    Assumptions of this SDK: the callback's event names (`hive_agent.completed`,
    `hive_agent.failed`, `hive_agent.cancelled`) and payload; its signature scheme is
    the one of every other callback (`X-Fetch-Hive-Signature`), keyed with the answer's
    `webhook_secret`; 422 for a body that breaks a rule (the published spec lists 400).

    Args:
        body (HiveAgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HiveAgentRunAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HiveAgentInvokeRequest,
) -> Response[ErrorResponse | HiveAgentRunAccepted]:
    """Start a Hive Agent run (signed callback when it ends)

     Starts a Hive Agent run asynchronously and returns identifiers immediately; the run
    does not stream and the HTTP answer never holds the result. A signed callback is
    sent to `async.callback_url` when the run completes, fails or is cancelled (see the
    `terminal` callback). `async.enabled` must be `true` and `async.callback_url` is
    required. Source: Fetch Hive's published SDK spec (0.2.8/0.2.9); there is no docs
    page for this operation.

    Assumptions of this SDK: the callback's event names (`hive_agent.completed`,
    `hive_agent.failed`, `hive_agent.cancelled`) and payload; its signature scheme is
    the one of every other callback (`X-Fetch-Hive-Signature`), keyed with the answer's
    `webhook_secret`; 422 for a body that breaks a rule (the published spec lists 400).

    Args:
        body (HiveAgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HiveAgentRunAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HiveAgentInvokeRequest,
) -> ErrorResponse | HiveAgentRunAccepted | None:
    """Start a Hive Agent run (signed callback when it ends)

     Starts a Hive Agent run asynchronously and returns identifiers immediately; the run
    does not stream and the HTTP answer never holds the result. A signed callback is
    sent to `async.callback_url` when the run completes, fails or is cancelled (see the
    `terminal` callback). `async.enabled` must be `true` and `async.callback_url` is
    required. Source: Fetch Hive's published SDK spec (0.2.8/0.2.9); there is no docs
    page for this operation.

    Assumptions of this SDK: the callback's event names (`hive_agent.completed`,
    `hive_agent.failed`, `hive_agent.cancelled`) and payload; its signature scheme is
    the one of every other callback (`X-Fetch-Hive-Signature`), keyed with the answer's
    `webhook_secret`; 422 for a body that breaks a rule (the published spec lists 400).

    Args:
        body (HiveAgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HiveAgentRunAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
