from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace_agent_envelope import WorkspaceAgentEnvelope
from ...models.workspace_agent_update_request import WorkspaceAgentUpdateRequest
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    id: UUID,
    *,
    body: WorkspaceAgentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/public/workspaces/{workspace_id}/agents/{id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceAgentEnvelope | None:
    if response.status_code == 200:
        response_200 = WorkspaceAgentEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkspaceAgentEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceAgentUpdateRequest,
) -> Response[ErrorResponse | WorkspaceAgentEnvelope]:
    """Update an agent

     Fields left out keep their value. Unknown agent or model: 422.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (WorkspaceAgentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceAgentEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceAgentUpdateRequest,
) -> ErrorResponse | WorkspaceAgentEnvelope | None:
    """Update an agent

     Fields left out keep their value. Unknown agent or model: 422.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (WorkspaceAgentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceAgentEnvelope
    """

    return sync_detailed(
        workspace_id=workspace_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceAgentUpdateRequest,
) -> Response[ErrorResponse | WorkspaceAgentEnvelope]:
    """Update an agent

     Fields left out keep their value. Unknown agent or model: 422.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (WorkspaceAgentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceAgentEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceAgentUpdateRequest,
) -> ErrorResponse | WorkspaceAgentEnvelope | None:
    """Update an agent

     Fields left out keep their value. Unknown agent or model: 422.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (WorkspaceAgentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceAgentEnvelope
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
