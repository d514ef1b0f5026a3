from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    agent_id: UUID,
    chat_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/public/workspaces/{workspace_id}/agents/{agent_id}/chats/{chat_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            agent_id=quote(str(agent_id), safe=""),
            chat_id=quote(str(chat_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageResponse | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    agent_id: UUID,
    chat_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageResponse]:
    """Delete a chat and its messages

     Unknown chat is the documented 404.

    Args:
        workspace_id (UUID):
        agent_id (UUID):
        chat_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        agent_id=agent_id,
        chat_id=chat_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    agent_id: UUID,
    chat_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageResponse | None:
    """Delete a chat and its messages

     Unknown chat is the documented 404.

    Args:
        workspace_id (UUID):
        agent_id (UUID):
        chat_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        agent_id=agent_id,
        chat_id=chat_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    agent_id: UUID,
    chat_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageResponse]:
    """Delete a chat and its messages

     Unknown chat is the documented 404.

    Args:
        workspace_id (UUID):
        agent_id (UUID):
        chat_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        agent_id=agent_id,
        chat_id=chat_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    agent_id: UUID,
    chat_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageResponse | None:
    """Delete a chat and its messages

     Unknown chat is the documented 404.

    Args:
        workspace_id (UUID):
        agent_id (UUID):
        chat_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            agent_id=agent_id,
            chat_id=chat_id,
            client=client,
        )
    ).parsed
