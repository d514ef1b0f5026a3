from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_invoke_request import AgentInvokeRequest
from ...models.agent_response import AgentResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AgentInvokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent/invoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> Response[AgentResponse | ErrorResponse]:
    """Send a message to an agent

     Sends one user message to an agent. With `streaming: true` the answer is a stream
    of `SummaryEvent`, `ReasoningEvent`, `ResponseEvent`, `ToolEvent`, `ArtifactEvent`,
    `UsageEvent` and `ErrorEvent`. At most five attachments per message, counting
    `attachments` and `image_urls` together; only `https://` URLs.

    Args:
        body (AgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | ErrorResponse]
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
    body: AgentInvokeRequest,
) -> AgentResponse | ErrorResponse | None:
    """Send a message to an agent

     Sends one user message to an agent. With `streaming: true` the answer is a stream
    of `SummaryEvent`, `ReasoningEvent`, `ResponseEvent`, `ToolEvent`, `ArtifactEvent`,
    `UsageEvent` and `ErrorEvent`. At most five attachments per message, counting
    `attachments` and `image_urls` together; only `https://` URLs.

    Args:
        body (AgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> Response[AgentResponse | ErrorResponse]:
    """Send a message to an agent

     Sends one user message to an agent. With `streaming: true` the answer is a stream
    of `SummaryEvent`, `ReasoningEvent`, `ResponseEvent`, `ToolEvent`, `ArtifactEvent`,
    `UsageEvent` and `ErrorEvent`. At most five attachments per message, counting
    `attachments` and `image_urls` together; only `https://` URLs.

    Args:
        body (AgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> AgentResponse | ErrorResponse | None:
    """Send a message to an agent

     Sends one user message to an agent. With `streaming: true` the answer is a stream
    of `SummaryEvent`, `ReasoningEvent`, `ResponseEvent`, `ToolEvent`, `ArtifactEvent`,
    `UsageEvent` and `ErrorEvent`. At most five attachments per message, counting
    `attachments` and `image_urls` together; only `https://` URLs.

    Args:
        body (AgentInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
